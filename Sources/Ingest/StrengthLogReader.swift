import Foundation
import HipBalanceCore

/// What a strength log does not say about itself and the athlete's settings supply.
public struct StrengthReadOptions: Sendable, Hashable {
    /// The athlete's weight unit, for files that write loads without one (Strong layouts A/B/E,
    /// unit-less coach sheets). When nil such loads are read as kilograms with a warning.
    public var defaultWeightUnit: WeightUnit?
    /// The athlete's time zone, to turn UTC timestamps (Fitbod, JEFIT) into local wall-clock times.
    /// When nil those times stay in UTC, with a warning.
    public var timeZone: TimeZone?
    /// The exercises used to tell cardio rows from sets and to fill `StrengthSet.exerciseID`.
    public var catalogue: ExerciseCatalogue

    public init(defaultWeightUnit: WeightUnit? = nil, timeZone: TimeZone? = nil, catalogue: ExerciseCatalogue = .standard) {
        self.defaultWeightUnit = defaultWeightUnit
        self.timeZone = timeZone
        self.catalogue = catalogue
    }
}

/// Reads strength-training logs exported by Strong, Hevy, FitNotes, Fitbod, JEFIT, coach
/// spreadsheets and Garmin Connect (`summarizedActivities.json`).
public enum StrengthLogReader {
    /// Detects the format from the header line (after a UTF-8 BOM; delimiter sniffed outside quotes); nil if not a strength log.
    public static func detect(prefix: Data) -> StrengthFormat? {
        var bytes = prefix[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard !bytes.contains(0) else { return nil }
        let text = Substring(String(decoding: bytes, as: UTF8.self))
        if JefitLayout.isJefit(text) { return .jefit }
        if GarminSummaryLayout.isGarminSummary(text) { return .garmin }
        let header = CSVReader.headerLine(of: text)
        let delimiter = CSVReader.sniffDelimiter(header)
        guard let names = CSVReader.records(in: header, delimiter: delimiter).first?.fields else { return nil }
        return format(ofHeader: names)
    }

    /// Reads a whole strength log. Throws only when the file is not a known format / unreadable (one clear error);
    /// bad rows become `rowErrors` in the result (file, row, column) and do not stop the file.
    public static func read(data: Data, source: String, options: StrengthReadOptions) throws(IngestError) -> StrengthLog {
        let start = SourceLocation(source: source, line: 1, column: 1)
        guard let bytes = CSVReader.textBytes(from: data) else {
            throw IngestError("not a text file: expected UTF-8 CSV, found binary or non-UTF-8 data", at: start)
        }
        guard bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw IngestError("empty file: expected a strength-log header line, found nothing", at: start)
        }
        // The head decides the layout family; only JEFIT files are read as one string.
        let head = Substring(String(decoding: bytes.prefix(64 * 1024), as: UTF8.self))
        var builder: StrengthLogBuilder
        if JefitLayout.isJefit(head) {
            builder = StrengthLogBuilder(format: .jefit, source: source, options: options)
            JefitLayout.read(String(decoding: bytes, as: UTF8.self), into: &builder)
            return builder.finish()
        }
        if GarminSummaryLayout.isGarminSummary(head) {
            builder = StrengthLogBuilder(format: .garmin, source: source, options: options)
            try GarminSummaryLayout.read(Data(bytes), into: &builder)
            return builder.finish()
        }
        let delimiter = CSVReader.sniffDelimiter(CSVReader.headerLine(of: head))
        var records = CSVRecords(bytes: bytes, delimiter: delimiter)
        let headerRecord = records.next()
        if let overflow = headerRecord?.overflow {
            throw IngestError("not a strength log: the header \(overflow)", at: start)
        }
        guard let headerRecord, let format = format(ofHeader: headerRecord.fields) else {
            let shown = headerRecord?.fields.prefix(4).joined(separator: ", ") ?? ""
            throw IngestError(
                "not a known strength-log format: expected a Strong, Hevy, FitNotes, Fitbod, JEFIT or coach-sheet header, "
                    + "found '\(shown)'", at: start)
        }
        builder = StrengthLogBuilder(format: format, source: source, options: options)
        let header = StrengthHeader(headerRecord.fields)
        if let unit = header.weightUnit { builder.noteUnit(unit) }
        var layout = layout(for: format, header: header, rows: records, options: options)
        while let record = records.next() {
            if let overflow = record.overflow {
                builder.error("\(overflow); row skipped", line: record.line)
                continue
            }
            if record.isUnterminated {
                builder.error("unterminated quoted field: the file ends inside quotes (truncated?)", line: record.line)
                continue
            }
            guard record.fields.count == header.fieldCount
                || (record.fields.count > header.fieldCount && record.fields[header.fieldCount...].allSatisfy(\.isEmpty))
            else {
                builder.error(
                    "expected \(header.fieldCount) fields, found \(record.fields.count)", line: record.line,
                    column: min(record.fields.count, header.fieldCount) + 1)
                continue
            }
            do throws(RowError) {
                try layout.read(RowFields(record: record, header: header), into: &builder)
            } catch {
                builder.error(error.message, line: record.line, column: error.column.map { $0 + 1 })
            }
        }
        layout.finish(into: &builder)
        return builder.finish()
    }

    /// The format a header line belongs to, by the meaning of its column names.
    static func format(ofHeader names: [String]) -> StrengthFormat? {
        let keys = Set(names.map { StrengthHeader.key($0) })
        let header = StrengthHeader(names)
        guard header.has(.exercise) else { return nil }
        if keys.contains("exercisetitle"), header.has(.setType) || keys.contains("setindex") { return .hevy }
        if keys.contains("iswarmup") || keys.contains("multiplier") { return .fitbod }
        if header.has(.category), !header.has(.setOrder) { return .fitnotes }
        if header.has(.setOrder, .workoutName, .date) { return .strong }
        if header.has(.date), header.has(.reps) || header.has(.weight) || header.has(.seconds) { return .generic }
        return nil
    }

    /// The layout for a format; `rows` (a copy of the cursor after the header) lets a layout pre-scan the rows.
    private static func layout(
        for format: StrengthFormat, header: StrengthHeader, rows: CSVRecords, options: StrengthReadOptions
    ) -> any RowLayout {
        switch format {
        case .strong: StrongLayout(header: header, options: options)
        case .hevy: HevyLayout(header: header)
        case .fitnotes: FitNotesLayout(header: header, rows: rows)
        case .fitbod: FitbodLayout(options: options)
        case .generic: CoachSheetLayout(header: header, rows: rows)
        case .jefit, .garmin, .fit: preconditionFailure("JEFIT, Garmin and FIT files are not row layouts")
        }
    }
}

/// A row that cannot be read: what was wrong, and in which field (0-based).
struct RowError: Error {
    var message: String
    var column: Int?
}

/// How one CSV layout turns its data rows into `StrengthRow`s.
protocol RowLayout {
    mutating func read(_ row: RowFields, into builder: inout StrengthLogBuilder) throws(RowError)
    /// Called once after the last row (for file-level warnings).
    mutating func finish(into builder: inout StrengthLogBuilder)
}

extension RowLayout {
    mutating func finish(into builder: inout StrengthLogBuilder) {}
}

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
            throw RowError(message: "expected a number in \(columnName(column)), found '\(value)'", column: header[column])
        }
        return number
    }

    /// A whole repetition count (`5` or `5.0`), nil when empty.
    func reps(_ column: StrengthColumn = .reps) throws(RowError) -> Int? {
        guard let value = try number(column) else { return nil }
        guard value < 10_000 else {
            throw RowError(message: "expected a repetition count in \(columnName(column)), found '\(text(column))'", column: header[column])
        }
        return Int(value.rounded())
    }

    /// A required date-time, with any UTC offset it carries.
    func dateTime(
        _ column: StrengthColumn = .date, slashOrder: StrengthValues.SlashDateOrder = .dayFirst
    ) throws(RowError) -> (LocalDateTime, offsetSeconds: Int?) {
        let value = text(column)
        guard let parsed = StrengthValues.dateTime(value, slashOrder: slashOrder) else {
            throw RowError(message: "expected a date in \(columnName(column)), found '\(value)'", column: header[column])
        }
        return parsed
    }

    /// A duration in seconds (`1h 5min`, `0:01:00`, `45s`, `60`), nil when empty.
    func seconds(_ column: StrengthColumn) throws(RowError) -> Double? {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        guard let seconds = StrengthValues.seconds(value) else {
            throw RowError(message: "expected a duration in \(columnName(column)), found '\(value)'", column: header[column])
        }
        return seconds
    }

    /// A column as messages name it: `column N` (1-based), or `a missing column`.
    func columnName(_ column: StrengthColumn) -> String {
        header[column].map { "column \($0 + 1)" } ?? "a missing column"
    }
}
