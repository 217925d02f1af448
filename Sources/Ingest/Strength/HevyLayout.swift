import Foundation
import HipBalanceCore

/// Hevy: units in the column names (`weight_kg` / `weight_lbs`, `distance_km` / `distance_miles`),
/// `set_type`, and dates like `8 Apr 2026, 16:50`.
struct HevyLayout: RowLayout {
    private let weightUnit: WeightUnit?
    private let distanceMetres: Double
    private var starts = LastParsed<LocalDateTime?>()
    private var ends = LastParsed<LocalDateTime?>()

    init(header: StrengthHeader) {
        weightUnit = header.weightUnit
        distanceMetres = header.metresPerDistanceUnit ?? 1000
    }

    mutating func read(_ fields: RowFields, into builder: inout StrengthLogBuilder) throws(RowError) {
        let startText = fields.text(.date)
        guard let start = try starts.value(of: startText, parse: { StrengthValues.hevyDateTime(startText) }) else {
            throw RowError(
                message: "expected a start time like '8 Apr 2026, 16:50', found '\(fields.text(.date))'",
                column: fields.header[.date])
        }
        var row = StrengthRow(start: start, exercise: fields.text(.exercise), line: fields.line)
        row.workoutName = fields.text(.workoutName)
        row.athlete = fields.athlete
        let endText = fields.text(.endTime)
        if let end = try ends.value(of: endText, parse: { StrengthValues.hevyDateTime(endText) }) {
            let seconds = StrengthValues.seconds(from: start, to: end)
            row.workoutDuration = seconds > 0 ? Double(seconds) : nil
        }
        switch fields.text(.setType).lowercased() {
        case "normal", "": row.kind = .working
        case "warmup", "warm_up", "warm-up": row.kind = .warmup
        case "dropset", "drop": row.kind = .drop
        case "failure": row.kind = .failure
        case let other:
            throw RowError(
                message: "expected set_type normal, warmup, dropset or failure, found '\(other)'",
                column: fields.header[.setType])
        }
        row.weight = try fields.number(.weight)
        row.unit = weightUnit
        row.reps = try fields.reps()
        row.rpe = try fields.number(.rpe)
        row.durationSeconds = try fields.number(.seconds)
        row.distanceMeters = try fields.number(.distance).map { $0 * distanceMetres }
        builder.add(row)
    }
}
