import Foundation
import HipBalanceCore

/// The strength sets a FIT file held, as `inspect` shows them: the same counts `inspect` prints
/// for a strength CSV.
public struct InspectedStrength: Sendable, Hashable, Encodable {
    public var sessions: Int
    public var sets: Int
    public var workingSets: Int
    public var warmupSets: Int
    public var timedSets: Int
    /// Counted sets (warm-ups left out, as the model leaves them out) of exercises the catalogue
    /// does not know: most frequent first, then by name.
    public var unknownExercises: [UnknownExercise]
    /// Written as `text(withPath: false)`: the record names the file already.
    public var warnings: [Diagnostic]

    /// The counts of `log`, whose sets were resolved against the catalogue
    /// (`ExerciseResolver.resolvingExercises(of:)`): a counted set without a catalogue id is of an
    /// unknown exercise (`UnknownExercise.counts`; no name is looked up here).
    public init(_ log: StrengthLog) {
        // Counted in place: a log may hold a million sets.
        let allSets = log.sessions.lazy.flatMap(\.sets)
        sessions = log.sessions.count
        sets = log.sessions.reduce(0) { $0 + $1.sets.count }
        workingSets = allSets.count { $0.kind == .working }
        warmupSets = allSets.count { $0.kind == .warmup }
        timedSets = allSets.count { $0.durationSeconds != nil && $0.reps == nil }
        unknownExercises = UnknownExercise.list(in: allSets)
        warnings = log.warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sessions, forKey: .sessions)
        try container.encode(sets, forKey: .sets)
        try container.encode(workingSets, forKey: .workingSets)
        try container.encode(warmupSets, forKey: .warmupSets)
        try container.encode(timedSets, forKey: .timedSets)
        try container.encode(unknownExercises, forKey: .unknownExercises)
        try container.encode(warnings.map { $0.text(withPath: false) }, forKey: .warnings)
    }

    private enum CodingKeys: String, CodingKey {
        case sessions, sets, workingSets, warmupSets, timedSets, unknownExercises, warnings
    }
}
