import Foundation
import HipBalanceCore

/// What a hand-made or locale-dependent sheet states once for all rows: a unit in the weight
/// header (`Weight (lbs)`, `Gewicht (kg)`) and the order of slash dates, inferred from all values.
///
/// The rows are read as they stream past. While no value has told day and month apart, a row
/// with a slash date waits (as a parsed row, not as text) and so do the rows after it, in order;
/// they are added once a date with a first number above 12 settles the order, or at the end.
struct SheetConventions {
    let headerWeightUnit: WeightUnit?
    private let dateColumn: Int?
    private var firstOver12 = false
    private var secondOver12 = false
    private var anySlash = false
    private var waiting: [(row: StrengthRow, date: String?)] = []
    /// The texts of waiting rows, each kept once: a US sheet's rows may all wait until the end,
    /// and their names and dates repeat (a million rows would otherwise hold a million copies).
    private var texts = Set<String>()
    private var parsedDates: [String: LocalDateTime?] = [:]
    private var lastParsed = LastParsed<LocalDateTime>()

    init(header: StrengthHeader) {
        headerWeightUnit = header.weightUnit
        dateColumn = header[.date]
    }

    /// Rows held until the order of slash dates is known.
    var waitingRows: Int { waiting.count }

    /// A date's day/month/year numbers when it is a slash date.
    private static func slashNumbers(_ value: String) -> [Int]? {
        let numbers = value.split(separator: " ").first?.split(separator: "/").compactMap { Int($0) } ?? []
        return numbers.count == 3 ? numbers : nil
    }

    /// Notes the date of every record, read or not (the order is inferred from all values).
    mutating func observe(_ record: CSVRecord) {
        guard let numbers = Self.slashNumbers(record[dateColumn]) else { return }
        anySlash = true
        firstOver12 = firstOver12 || numbers[0] > 12
        secondOver12 = secondOver12 || numbers[1] > 12
    }

    /// The order and whether it was a guess, from the values seen so far (final at the end).
    private var order: (StrengthValues.SlashDateOrder, ambiguous: Bool) {
        if secondOver12 && !firstOver12 { return (.monthFirst, false) }
        return (.dayFirst, anySlash && !firstOver12)
    }

    /// The row's start when it can be known now; nil when the row must wait for the order of slash
    /// dates. Throws when the date cannot be read in either order.
    mutating func start(_ fields: RowFields) throws(RowError) -> LocalDateTime? {
        let text = fields.text(.date)
        if firstOver12 || Self.slashNumbers(text) == nil {
            guard waiting.isEmpty else {
                // Checked now so that an unreadable date is reported as the row's error, as always.
                _ = try lastParsed.value(of: text) { () throws(RowError) in try fields.dateTime(slashOrder: .dayFirst).0
                }
                return nil
            }
            return try lastParsed.value(of: text) { () throws(RowError) in try fields.dateTime(slashOrder: .dayFirst).0
            }
        }
        guard
            StrengthValues.dateTime(text, slashOrder: .dayFirst) != nil
                || StrengthValues.dateTime(text, slashOrder: .monthFirst) != nil
        else { return try fields.dateTime(slashOrder: .dayFirst).0 }
        return nil
    }

    /// Adds a row whose `start` was nil: it waits with its date text until the order is known.
    /// Rows with a known start are added at once, after the rows that wait (the order of rows is kept).
    mutating func add(_ row: StrengthRow, dateText: String?, into builder: inout StrengthLogBuilder) {
        if dateText != nil || !waiting.isEmpty {
            var row = row
            row.exercise = shared(row.exercise)
            row.workoutName = row.workoutName.map { shared($0) }
            row.athlete = row.athlete.map { shared($0) }
            row.category = row.category.map { shared($0) }
            waiting.append((row, dateText.map { shared($0) }))
        } else {
            builder.add(row)
        }
        if firstOver12 { release(into: &builder) }
    }

    /// The stored copy of `text` (sharing its storage), stored first if new.
    private mutating func shared(_ text: String) -> String { texts.insert(text).memberAfterInsert }

    /// Adds the rows that wait, their dates read in the order known now.
    private mutating func release(into builder: inout StrengthLogBuilder) {
        let order = order.0
        for (row, text) in waiting {
            var row = row
            if let text {
                if parsedDates[text] == nil { parsedDates[text] = StrengthValues.dateTime(text, slashOrder: order)?.0 }
                guard let start = parsedDates[text] ?? nil else {
                    builder.error(
                        "expected a date in column \((dateColumn ?? 0) + 1), found '\(text)'", line: row.line,
                        column: dateColumn.map { $0 + 1 })
                    continue
                }
                row.start = start
            }
            builder.add(row)
        }
        waiting.removeAll()
        parsedDates.removeAll()
        texts.removeAll()
    }

    /// Adds what waits and warns when no value told day and month apart.
    mutating func finish(into builder: inout StrengthLogBuilder) {
        release(into: &builder)
        if order.ambiguous {
            builder.warn("dates like 01/02/2025 are ambiguous in this file; read as day/month/year")
        }
    }
}
