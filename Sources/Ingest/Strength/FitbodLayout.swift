import Foundation
import HipBalanceCore

/// Fitbod `WorkoutExport.csv`: loads always in kilograms, UTC timestamps shared by a workout's
/// sets, `isWarmup`, leading spaces in numbers, set durations in `Duration(s)`.
struct FitbodLayout: RowLayout {
    let options: StrengthReadOptions
    private var dates = LastParsed<(LocalDateTime, offsetSeconds: Int?)>()

    init(options: StrengthReadOptions) { self.options = options }

    mutating func read(_ fields: RowFields, into builder: inout StrengthLogBuilder) throws(RowError) {
        let (written, offset) = try dates.value(of: fields.text(.date)) { () throws(RowError) in try fields.dateTime() }
        let start =
            offset.map {
                StrengthValues.wallClock(
                    epochSeconds: StrengthValues.epochSeconds(written, offsetSeconds: $0), in: options.timeZone)
            } ?? written
        if offset != nil, options.timeZone == nil {
            builder.warn("times are in UTC because no time zone is set for the athlete")
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
