import Foundation
import HipBalanceCore

/// JEFIT backup CSV: several sections, each opened by a `### NAME ###…` banner and closed by a
/// line of `#`, each with its own header. The unit is `SETTING.mass`; sets are packed in
/// `EXERCISE LOGS.logs` as `weight x reps` pairs (`135x10,185x5`), timed sets in `interval_logs`.
enum JefitLayout {
    /// True when the text's first non-blank line is a JEFIT section banner.
    static func isJefit(_ text: Substring) -> Bool {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }) else { return false }
        let first = text[start...].prefix { !$0.isNewline }
        return first.hasPrefix("###") && first.contains(where: \.isLetter)
    }

    /// The section being read: its name and header.
    private struct Section {
        var name: String
        var header: [String] = []
        var columns: LogColumns?
    }

    /// The columns of `EXERCISE LOGS` that the reader uses.
    private struct LogColumns {
        var count: Int
        var name, logs, date, session, intervals: Int?

        init(_ header: [String]) {
            count = header.count
            name = column("ename", in: header)
            logs = column("logs", in: header)
            date = column("mydate", in: header)
            session = column("belongsession", in: header)
            intervals = column("interval_logs", in: header)
        }
    }

    /// Reads the records as they stream past. The unit (`SETTING`) and the session durations
    /// (`WORKOUT SESSIONS`) may come after the logs, so the sets wait as parsed rows, with their
    /// session's start, and are added at the end (memory grows with the sets, not the file).
    static func read(_ records: inout CSVRecords<some ByteSource>, into builder: inout StrengthLogBuilder)
        throws(IngestError)
    {
        var section: Section?
        var unit: WeightUnit?
        var durations: [Int: Double] = [:]
        var sawLogs = false
        var rows: [(row: StrengthRow, session: Int?)] = []
        while let record = try records.next() {
            if let overflow = record.overflow {
                builder.error("\(overflow); row skipped", line: record.line)
                continue
            }
            if record.isUnterminated {
                builder.error("unterminated quoted field: the file ends inside quotes (truncated?)", line: record.line)
                continue
            }
            let first = record.fields.first?.trimmingCharacters(in: .whitespaces) ?? ""
            if first.hasPrefix("#") {
                let name = first.trimmingCharacters(in: CharacterSet(charactersIn: "# ")).uppercased()
                section = name.isEmpty ? nil : Section(name: name)
                continue
            }
            guard var current = section else { continue }
            if current.header.isEmpty {
                current.header = record.fields
                if current.name == "EXERCISE LOGS" {
                    current.columns = LogColumns(current.header)
                    sawLogs = true
                    if builder.options.timeZone == nil, column("belongsession", in: current.header) != nil {
                        builder.warn(
                            "session times are in UTC because no time zone is set for the athlete")
                    }
                }
                section = current
                continue
            }
            switch current.name {
            case "SETTING":
                unit = column("mass", in: current.header).flatMap { StrengthValues.weightUnit(record[$0]) } ?? unit
                // Only the section's first record holds the settings.
                section?.name = "SETTING (read)"
            case "WORKOUT SESSIONS":
                if let start = column("starttime", in: current.header),
                    let total = column("total_time", in: current.header),
                    let key = Int(record[start]), let seconds = StrengthValues.number(record[total]), seconds > 0
                {
                    durations[key] = seconds
                }
            case "EXERCISE LOGS":
                read(record, columns: current.columns ?? LogColumns(current.header), into: &rows, builder: &builder)
                try builder.checkSize(waiting: rows.count)
            default:
                continue
            }
        }
        if let unit { builder.noteUnit(unit) }
        guard sawLogs else {
            builder.warn("JEFIT file without an EXERCISE LOGS section: no sets")
            return
        }
        for (row, session) in rows {
            var row = row
            row.unit = unit
            row.workoutDuration = session.flatMap { durations[$0] }
            builder.add(row)
        }
    }

    /// One `EXERCISE LOGS` record: a row per packed set (`135x10,185x5`) or timed interval.
    private static func read(
        _ record: CSVRecord, columns: LogColumns, into rows: inout [(row: StrengthRow, session: Int?)],
        builder: inout StrengthLogBuilder
    ) {
        guard record.fields.count == columns.count else {
            builder.error(
                "expected \(columns.count) fields, found \(record.fields.count)", line: record.line,
                column: min(record.fields.count, columns.count) + 1)
            return
        }
        let sessionStart = Double(record[columns.session]).flatMap(StrengthValues.plausibleEpochSeconds)
        let start: LocalDateTime
        if let sessionStart {
            start = StrengthValues.wallClock(epochSeconds: sessionStart, in: builder.options.timeZone)
        } else if let date = LocalDate(iso: record[columns.date]) {
            start = LocalDateTime(date: date)
        } else {
            builder.error(
                "expected a session time or a date, found neither", line: record.line,
                column: columns.date.map { $0 + 1 })
            return
        }
        var row = StrengthRow(start: start, exercise: record[columns.name], line: record.line)
        let packed = record[columns.logs]
        if !packed.isEmpty {
            for pair in packed.split(separator: ",") {
                let parts = pair.lowercased().split(separator: "x").map { StrengthValues.number(String($0)) }
                guard parts.count == 2, let weight = parts[0], let reps = parts[1].flatMap(StrengthValues.count) else {
                    builder.error(
                        "expected sets like 135x10, found '\(pair)'", line: record.line,
                        column: columns.logs.map { $0 + 1 })
                    continue
                }
                row.weight = weight
                row.reps = reps
                rows.append((row, sessionStart))
            }
        } else {
            for interval in record[columns.intervals].split(separator: ",") {
                guard let seconds = StrengthValues.number(String(interval)) else {
                    builder.error(
                        "expected seconds in interval_logs, found '\(interval)'", line: record.line,
                        column: columns.intervals.map { $0 + 1 })
                    continue
                }
                row.durationSeconds = seconds
                rows.append((row, sessionStart))
            }
        }
    }

    private static func column(_ name: String, in header: [String]) -> Int? {
        header.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == name.lowercased() }
    }
}
