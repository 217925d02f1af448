import Foundation
import HipBalanceCore

/// FitNotes (Android): 8/9-column files with the unit in the `Weight (lbs)` header, 10-column
/// files with a per-row `Weight Unit` (`kgs`/`lbs`). One row per set, dates only; a workout is a day.
struct FitNotesLayout: RowLayout {
    private var conventions: SheetConventions

    init(header: StrengthHeader) {
        conventions = SheetConventions(header: header)
    }

    var waitingRows: Int { conventions.waitingRows }

    mutating func observe(_ record: CSVRecord) { conventions.observe(record) }

    mutating func read(_ fields: RowFields, into builder: inout StrengthLogBuilder) throws(RowError) {
        let known = try conventions.start(fields)
        var row = StrengthRow(
            start: known ?? LocalDateTime(date: LocalDate(dayNumber: 0)), exercise: fields.text(.exercise),
            line: fields.line)
        row.category = fields.text(.category)
        row.athlete = fields.athlete
        row.weight = try fields.number(.weight)
        row.unit = conventions.headerWeightUnit ?? StrengthValues.weightUnit(fields.text(.weightUnit))
        row.reps = try fields.reps()
        row.durationSeconds = try fields.seconds(.time)
        if let distance = try fields.number(.distance), distance > 0 {
            let unit = fields.text(.distanceUnit)
            guard let perUnit = StrengthValues.metres(perUnit: unit) else {
                throw RowError(
                    message: "expected a distance unit (m, km, mi), found '\(unit)'",
                    column: fields.header[.distanceUnit])
            }
            row.distanceMeters = distance * perUnit
        }
        conventions.add(row, dateText: known == nil ? fields.text(.date) : nil, into: &builder)
    }

    mutating func finish(into builder: inout StrengthLogBuilder) { conventions.finish(into: &builder) }
}
