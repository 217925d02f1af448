import Foundation
import HipBalanceCore

/// FitNotes (Android): 8/9-column files with the unit in the `Weight (lbs)` header, 10-column
/// files with a per-row `Weight Unit` (`kgs`/`lbs`). One row per set, dates only; a workout is a day.
struct FitNotesLayout: RowLayout {
    private let conventions: SheetConventions
    private var dates = LastParsed<LocalDateTime>()

    init(header: StrengthHeader, rows: CSVRecords) {
        conventions = SheetConventions(header: header, rows: rows)
    }

    mutating func read(_ fields: RowFields, into builder: inout StrengthLogBuilder) throws(RowError) {
        let order = conventions.slashOrder
        let start = try dates.value(of: fields.text(.date)) { () throws(RowError) in try fields.dateTime(slashOrder: order).0 }
        var row = StrengthRow(start: start, exercise: fields.text(.exercise), line: fields.line)
        row.category = fields.text(.category)
        row.athlete = fields.athlete
        row.weight = try fields.number(.weight)
        row.unit = conventions.headerWeightUnit ?? StrengthValues.weightUnit(fields.text(.weightUnit))
        row.reps = try fields.reps()
        row.durationSeconds = try fields.seconds(.time)
        if let distance = try fields.number(.distance), distance > 0 {
            let unit = fields.text(.distanceUnit)
            guard let perUnit = StrengthValues.metres(perUnit: unit) else {
                throw RowError(message: "expected a distance unit (m, km, mi), found '\(unit)'", column: fields.header[.distanceUnit])
            }
            row.distanceMeters = distance * perUnit
        }
        builder.add(row)
    }

    func finish(into builder: inout StrengthLogBuilder) { conventions.finish(into: &builder) }
}

/// What a hand-made or locale-dependent sheet states once for all rows: a unit in the weight
/// header (`Weight (lbs)`, `Gewicht (kg)`) and the order of slash dates, inferred from all values.
struct SheetConventions {
    let headerWeightUnit: WeightUnit?
    let slashOrder: StrengthValues.SlashDateOrder
    private let ambiguousDates: Bool

    init(header: StrengthHeader, rows: CSVRecords) {
        headerWeightUnit = header.weightUnit
        (slashOrder, ambiguousDates) = StrengthValues.slashOrder(of: rows.lazy.map { $0[header[.date]] })
    }

    /// Warns when no value told day and month apart.
    func finish(into builder: inout StrengthLogBuilder) {
        if ambiguousDates {
            builder.warn("\(builder.source): dates like 01/02/2025 are ambiguous in this file; read as day/month/year")
        }
    }
}

/// Fitbod `WorkoutExport.csv`: loads always in kilograms, UTC timestamps shared by a workout's
/// sets, `isWarmup`, leading spaces in numbers, set durations in `Duration(s)`.
struct FitbodLayout: RowLayout {
    let options: StrengthReadOptions
    private var dates = LastParsed<(LocalDateTime, offsetSeconds: Int?)>()

    init(options: StrengthReadOptions) { self.options = options }

    mutating func read(_ fields: RowFields, into builder: inout StrengthLogBuilder) throws(RowError) {
        let (written, offset) = try dates.value(of: fields.text(.date)) { () throws(RowError) in try fields.dateTime() }
        let start = offset.map {
            StrengthValues.wallClock(epochSeconds: StrengthValues.epochSeconds(written, offsetSeconds: $0), in: options.timeZone)
        } ?? written
        if offset != nil, options.timeZone == nil {
            builder.warn("\(builder.source): times are in UTC because no time zone is set for the athlete")
        }
        var row = StrengthRow(start: start, exercise: fields.text(.exercise), line: fields.line)
        row.athlete = fields.athlete
        row.kind = fields.text(.warmupFlag).lowercased() == "true" ? .warmup : .working
        row.reps = try fields.reps()
        row.weight = try fields.number(.weight)
        row.unit = .kg
        // Fitbod's `Duration(s)` is the set's duration (the header synonym table files it as a workout duration).
        row.durationSeconds = try fields.number(.workoutDuration)
        row.distanceMeters = try fields.number(.distance)
        builder.add(row)
    }
}
