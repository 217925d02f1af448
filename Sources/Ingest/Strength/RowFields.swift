import Foundation
import HipBalanceCore

/// Typed access to one data row's fields by column meaning.
struct RowFields {
    let record: CSVRecord
    let header: StrengthHeader

    var line: Int { record.line }

    /// The athlete named on the row (a coach sheet's `athlete`, a `Person` column added to an app export).
    var athlete: String? {
        let name = text(.athlete)
        return name.isEmpty ? nil : name
    }

    /// The trimmed text of a column; empty when the layout has no such column.
    func text(_ column: StrengthColumn) -> String { record[header[column]] }

    /// A decimal number, nil when empty; a `RowError` naming the column when not a number.
    func number(_ column: StrengthColumn) throws(RowError) -> Double? {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        guard let number = StrengthValues.number(value), number >= 0 else {
            throw RowError(
                message: "expected a number in \(columnName(column)), found '\(value)'", column: header[column])
        }
        return number
    }

    /// A whole repetition count (`5` or `5.0`), nil when empty.
    func reps(_ column: StrengthColumn = .reps) throws(RowError) -> Int? {
        guard let value = try number(column) else { return nil }
        guard value < 10_000 else {
            throw RowError(
                message: "expected a repetition count in \(columnName(column)), found '\(text(column))'",
                column: header[column])
        }
        return Int(value.rounded())
    }

    /// A required date-time, with any UTC offset it carries.
    func dateTime(
        _ column: StrengthColumn = .date, slashOrder: StrengthValues.SlashDateOrder = .dayFirst
    ) throws(RowError) -> (LocalDateTime, offsetSeconds: Int?) {
        let value = text(column)
        guard let parsed = StrengthValues.dateTime(value, slashOrder: slashOrder) else {
            throw RowError(
                message: "expected a date in \(columnName(column)), found '\(value)'", column: header[column])
        }
        return parsed
    }

    /// A duration in seconds (`1h 5min`, `0:01:00`, `45s`, `60`), nil when empty.
    func seconds(_ column: StrengthColumn) throws(RowError) -> Double? {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        guard let seconds = StrengthValues.seconds(value) else {
            throw RowError(
                message: "expected a duration in \(columnName(column)), found '\(value)'", column: header[column])
        }
        return seconds
    }

    /// A column as messages name it: `column N` (1-based), or `a missing column`.
    func columnName(_ column: StrengthColumn) -> String {
        header[column].map { "column \($0 + 1)" } ?? "a missing column"
    }
}
