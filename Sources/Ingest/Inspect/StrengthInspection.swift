import Foundation
import HipBalanceCore

/// The `inspect --format json` record for a strength file: what was read, and what was not.
///
/// `sets` counts every set row (working, warm-up, drop, failure, timed), never rest-timer or
/// cardio rows. Absent values (`firstDate` of an empty log) encode as `null`.
public struct StrengthInspection: InspectionLine, Sendable, Hashable {
    public var file: String
    public var status: String
    public var format: StrengthFormat
    public var sessions: Int
    public var sets: Int
    public var workingSets: Int
    public var warmupSets: Int
    public var timedSets: Int
    public var cardioRows: Int
    public var weightUnit: WeightUnitUsage
    public var firstDate: LocalDate?
    public var lastDate: LocalDate?
    /// Counted sets (warm-ups left out, as the model leaves them out) of exercises the catalogue
    /// does not know: most frequent first, then by name.
    public var unknownExercises: [UnknownExercise]
    /// Written as `text()`, with the path, as the row errors are.
    public var warnings: [Diagnostic]
    /// Rows that could not be read, as `file:line:column: message`.
    public var rowErrors: [String]

    /// The record of `log`, whose sets the reader resolved against the catalogue: a counted set
    /// without a catalogue id is of an unknown exercise (`UnknownExercise.counts`; no name is
    /// looked up again here).
    public init(file: String, log: StrengthLog) {
        // Counted in place: a log may hold a million sets.
        let allSets = log.sessions.lazy.flatMap(\.sets)
        self.file = file
        status = "ok"
        format = log.format
        sessions = log.sessions.count
        sets = log.sessions.reduce(0) { $0 + $1.sets.count }
        workingSets = allSets.count { $0.kind == .working }
        warmupSets = allSets.count { $0.kind == .warmup }
        timedSets = allSets.count { $0.durationSeconds != nil && $0.reps == nil }
        cardioRows = log.sessions.reduce(0) { $0 + $1.cardio.count }
        weightUnit = log.weightUnit
        let days = log.sessions.map(\.start.date)
        firstDate = days.min()
        lastDate = days.max()
        unknownExercises = UnknownExercise.list(in: allSets)
        warnings = log.warnings
        rowErrors = log.rowErrors.map(\.description)
    }

    private enum CodingKeys: String, CodingKey {
        case file, status, format, sessions, sets, workingSets, warmupSets, timedSets, cardioRows
        case weightUnit, firstDate, lastDate, unknownExercises, warnings, rowErrors
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(status, forKey: .status)
        try container.encode(format, forKey: .format)
        try container.encode(sessions, forKey: .sessions)
        try container.encode(sets, forKey: .sets)
        try container.encode(workingSets, forKey: .workingSets)
        try container.encode(warmupSets, forKey: .warmupSets)
        try container.encode(timedSets, forKey: .timedSets)
        try container.encode(cardioRows, forKey: .cardioRows)
        try container.encode(weightUnit, forKey: .weightUnit)
        try container.encode(firstDate, forKey: .firstDate)
        try container.encode(lastDate, forKey: .lastDate)
        try container.encode(unknownExercises, forKey: .unknownExercises)
        try container.encode(warnings.map { $0.text() }, forKey: .warnings)
        try container.encode(rowErrors, forKey: .rowErrors)
    }
}
