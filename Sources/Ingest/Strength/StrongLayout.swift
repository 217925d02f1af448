import Foundation
import HipBalanceCore

/// Strong (iOS/Android), all five layouts: comma with or without `Duration`, semicolon with unit
/// columns, fully quoted with `Workout #` and units in the header, and localized headers.
struct StrongLayout: RowLayout {
    let header: StrengthHeader
    let options: StrengthReadOptions
    private let headerWeightUnit: WeightUnit?
    private let headerDistanceMetres: Double?
    private var dates = LastParsed<(LocalDateTime, offsetSeconds: Int?)>()
    private var durations = LastParsed<Double?>()
    /// Non-numeric `Set Order` values seen so far: nil for a rest-timer marker.
    private var markers: [String: SetKind?] = [:]

    init(header: StrengthHeader, options: StrengthReadOptions) {
        self.header = header
        self.options = options
        headerWeightUnit = header.weightUnit
        headerDistanceMetres = header.metresPerDistanceUnit
    }

    mutating func read(_ fields: RowFields, into builder: inout StrengthLogBuilder) throws(RowError) {
        guard let kind = try setKind(fields) else { return }
        let start = try dates.value(of: fields.text(.date)) { () throws(RowError) in try fields.dateTime() }.0
        var row = StrengthRow(start: start, exercise: fields.text(.exercise), line: fields.line)
        row.workoutName = fields.text(.workoutName)
        row.athlete = fields.athlete
        row.kind = kind
        row.workoutDuration = try workoutDuration(fields, builder: &builder)
        row.reps = try fields.reps()
        row.rpe = try fields.number(.rpe)
        if row.exercise.lowercased() == "intensity" {
            // A pseudo-exercise some users log to record how hard the whole workout felt.
            if let effort = row.rpe ?? row.reps.map(Double.init), (1...10).contains(effort) {
                builder.setPerceivedExertion(effort, for: row)
            }
            return
        }
        row.weight = try fields.number(.weight)
        row.unit = headerWeightUnit ?? StrengthValues.weightUnit(fields.text(.weightUnit))
        row.durationSeconds = try fields.number(.seconds)
        if let distance = try fields.number(.distance), distance > 0 {
            let perUnit =
                headerDistanceMetres ?? StrengthValues.metres(perUnit: fields.text(.distanceUnit))
                ?? (options.defaultWeightUnit == .lb ? 1609.344 : 1000)
            row.distanceMeters = distance * perUnit
        }
        builder.add(row)
    }

    /// The kind from `Set Order`: a number is a working set, `W`/`D`/`F` mark warm-up, drop and
    /// failure sets; nil for a rest-timer row in any language.
    private mutating func setKind(_ fields: RowFields) throws(RowError) -> SetKind? {
        let order = fields.text(.setOrder)
        if order.isEmpty || StrengthValues.number(order) != nil { return .working }
        if let known = markers[order] { return known }
        let kind: SetKind?
        switch order.uppercased() {
        case "W": kind = .warmup
        case "D": kind = .drop
        case "F": kind = .failure
        default:
            let key = StrengthHeader.key(order)
            guard Self.restWords.contains(where: key.contains) else {
                throw RowError(
                    message: "expected a set number, W, D, F or a rest-timer marker, found '\(order)'",
                    column: header[.setOrder])
            }
            kind = nil
        }
        markers[order] = kind
        return kind
    }

    /// Words in the localized names of Strong's rest-timer rows (`Rest Timer`, `Minuteur de repos`, …).
    private static let restWords = [
        "rest", "repos", "pause", "descanso", "recupero", "timer", "minuteur", "temporizador",
    ]

    private mutating func workoutDuration(_ fields: RowFields, builder: inout StrengthLogBuilder) throws(RowError)
        -> Double?
    {
        let written = try durations.value(of: fields.text(.workoutDuration)) { () throws(RowError) in
            try fields.seconds(.workoutDuration)
        }
        guard let seconds = written, seconds > 0 else { return nil }
        return builder.plausibleDuration(seconds)
    }
}
