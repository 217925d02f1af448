import Foundation
import HipBalanceCore

/// Hand-kept coaching sheets: one row per exercise (`date,athlete,exercise,sets,reps,load,unit,rpe,notes`)
/// or per set (`Datum;Athlet;Übung;Satz;Wdh;Gewicht (kg);RPE;Dauer (s);Notiz`), in any of the
/// supported languages, `,` or `;`, decimal commas, ISO, `dd.MM.yyyy` or slash dates.
///
/// Free-form cells are read as coaches write them: reps `6-8` (the lower bound counts), `AMRAP`,
/// `45s` (a timed hold), `40m` (a distance); loads `BW`, `BW+5`, `2x32` (two implements, summed).
struct CoachSheetLayout: RowLayout {
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
        row.athlete = fields.athlete
        row.setCount = try fields.reps(.setCount) ?? 1
        try readReps(fields, into: &row)
        try readLoad(fields, into: &row)
        let unitText = fields.text(.weightUnit)
        row.unit = StrengthValues.weightUnit(unitText) ?? conventions.headerWeightUnit
        if !unitText.isEmpty, StrengthValues.weightUnit(unitText) == nil {
            throw RowError(
                message: "expected a weight unit (kg, lb), found '\(unitText)'", column: fields.header[.weightUnit])
        }
        row.rpe = try fields.number(.rpe)
        row.rir = try fields.number(.rir)
        let held = try fields.seconds(.seconds)
        let heldInDuration = try fields.seconds(.workoutDuration)
        if let seconds = held ?? heldInDuration { row.durationSeconds = seconds }
        if Self.warmupWords.contains(StrengthHeader.key(fields.text(.setType))) { row.kind = .warmup }
        conventions.add(row, dateText: known == nil ? fields.text(.date) : nil, into: &builder)
    }

    private static let warmupWords: Set<String> = ["w", "warmup", "warm", "aufwarmen", "echauffement", "calentamiento"]

    /// Reps as a number, a range, `AMRAP`/`max`, a hold (`45s`, `1min`) or a distance (`40m`).
    private func readReps(_ fields: RowFields, into row: inout StrengthRow) throws(RowError) {
        let text = fields.text(.reps).lowercased()
        guard !text.isEmpty else { return }
        if let reps = StrengthValues.reps(text) {
            row.reps = reps
        } else if ["amrap", "max", "maximum", "failure", "f"].contains(text) {
            row.performed = true
        } else if let range = text.split(separator: "-").first, text.contains("-"),
            let low = StrengthValues.reps(String(range))
        {
            row.reps = low
        } else if text.hasSuffix("km") || (text.hasSuffix("m") && !text.hasSuffix("min")),
            let metres = StrengthValues.number(String(text.dropLast(text.hasSuffix("km") ? 2 : 1)))
        {
            row.distanceMeters = metres * (text.hasSuffix("km") ? 1000 : 1)
            row.performed = true
        } else if let seconds = StrengthValues.seconds(text) {
            row.durationSeconds = seconds
        } else {
            throw RowError(
                message: "expected reps (5, 6-8, AMRAP) or a duration (45s), found '\(text)'",
                column: fields.header[.reps])
        }
    }

    /// Load as a number, `BW` (bodyweight, no added load), `BW+5`, or `2x32` (two implements).
    private func readLoad(_ fields: RowFields, into row: inout StrengthRow) throws(RowError) {
        let text = fields.text(.weight).lowercased().replacingOccurrences(of: " ", with: "")
        guard !text.isEmpty, text != "bw", text != "kg" else {
            row.weight = nil
            return
        }
        if text.hasPrefix("bw+"), let added = StrengthValues.number(String(text.dropFirst(3))) {
            row.weight = added
        } else if let value = StrengthValues.number(text) {
            row.weight = value
        } else if let times = text.firstIndex(where: { $0 == "x" || $0 == "×" }),
            let count = StrengthValues.number(String(text[..<times])),
            let each = StrengthValues.number(String(text[text.index(after: times)...]))
        {
            row.weight = count * each
        } else {
            throw RowError(
                message: "expected a load (100, BW, BW+5, 2x32), found '\(text)'", column: fields.header[.weight])
        }
    }

    mutating func finish(into builder: inout StrengthLogBuilder) { conventions.finish(into: &builder) }
}
