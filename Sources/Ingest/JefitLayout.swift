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

    /// Unix seconds of 3000-01-01: later session times are damage, not dates.
    private static let latestPlausibleTime = 32_503_680_000

    /// One section: its name, header and data records.
    private struct Section {
        var name: String
        var header: [String] = []
        var records: [CSVRecord] = []
    }

    static func read(_ text: String, into builder: inout StrengthLogBuilder) {
        let records = CSVReader.records(in: text, delimiter: ",")
        for record in records where record.isUnterminated {
            builder.error("unterminated quoted field: the file ends inside quotes (truncated?)", line: record.line)
        }
        let sections = sections(in: records.filter { !$0.isUnterminated })
        let unit = sections["SETTING"].flatMap { setting in
            setting.records.first.flatMap { record in
                column("mass", in: setting.header).flatMap { StrengthValues.weightUnit(record[$0]) }
            }
        }
        if let unit { builder.noteUnit(unit) }
        let durations = sessionDurations(sections["WORKOUT SESSIONS"])
        guard let logs = sections["EXERCISE LOGS"] else {
            builder.warn("\(builder.source): JEFIT file without an EXERCISE LOGS section: no sets")
            return
        }
        let columns = (
            name: column("ename", in: logs.header), logs: column("logs", in: logs.header),
            date: column("mydate", in: logs.header), session: column("belongsession", in: logs.header),
            intervals: column("interval_logs", in: logs.header)
        )
        if builder.options.timeZone == nil, columns.session != nil {
            builder.warn("\(builder.source): session times are in UTC because no time zone is set for the athlete")
        }
        for record in logs.records {
            guard record.fields.count == logs.header.count else {
                builder.error(
                    "expected \(logs.header.count) fields, found \(record.fields.count)", line: record.line,
                    column: min(record.fields.count, logs.header.count) + 1)
                continue
            }
            let sessionStart = Int(record[columns.session]).flatMap { (0..<latestPlausibleTime).contains($0) ? $0 : nil }
            let start: LocalDateTime
            if let sessionStart {
                start = StrengthValues.wallClock(epochSeconds: sessionStart, in: builder.options.timeZone)
            } else if let date = LocalDate(iso: record[columns.date]) {
                start = LocalDateTime(date: date)
            } else {
                builder.error("expected a session time or a date, found neither", line: record.line, column: columns.date.map { $0 + 1 })
                continue
            }
            var row = StrengthRow(start: start, exercise: record[columns.name], line: record.line)
            row.unit = unit
            row.workoutDuration = sessionStart.flatMap { durations[$0] }
            let packed = record[columns.logs]
            if !packed.isEmpty {
                for pair in packed.split(separator: ",") {
                    let parts = pair.lowercased().split(separator: "x").map { StrengthValues.number(String($0)) }
                    guard parts.count == 2, let weight = parts[0], let reps = parts[1], reps < 10_000 else {
                        builder.error("expected sets like 135x10, found '\(pair)'", line: record.line, column: columns.logs.map { $0 + 1 })
                        continue
                    }
                    row.weight = weight
                    row.reps = Int(reps.rounded())
                    builder.add(row)
                }
            } else {
                for interval in record[columns.intervals].split(separator: ",") {
                    guard let seconds = StrengthValues.number(String(interval)) else {
                        builder.error("expected seconds in interval_logs, found '\(interval)'", line: record.line, column: columns.intervals.map { $0 + 1 })
                        continue
                    }
                    row.durationSeconds = seconds
                    builder.add(row)
                }
            }
        }
    }

    /// Splits the records into sections by their banner lines.
    private static func sections(in records: [CSVRecord]) -> [String: Section] {
        var sections: [String: Section] = [:]
        var current: Section?
        func close() {
            if let section = current { sections[section.name] = section }
            current = nil
        }
        for record in records {
            let first = record.fields.first?.trimmingCharacters(in: .whitespaces) ?? ""
            if first.hasPrefix("#") {
                close()
                let name = first.trimmingCharacters(in: CharacterSet(charactersIn: "# ")).uppercased()
                if !name.isEmpty { current = Section(name: name) }
            } else if var section = current {
                if section.header.isEmpty { section.header = record.fields } else { section.records.append(record) }
                current = section
            }
        }
        close()
        return sections
    }

    private static func column(_ name: String, in header: [String]) -> Int? {
        header.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == name.lowercased() }
    }

    /// `WORKOUT SESSIONS.total_time` (seconds) by session start (`starttime`, Unix seconds).
    private static func sessionDurations(_ section: Section?) -> [Int: Double] {
        guard let section, let start = column("starttime", in: section.header),
            let total = column("total_time", in: section.header)
        else { return [:] }
        var durations: [Int: Double] = [:]
        for record in section.records {
            if let key = Int(record[start]), let seconds = StrengthValues.number(record[total]), seconds > 0 {
                durations[key] = seconds
            }
        }
        return durations
    }
}
