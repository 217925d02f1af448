import Foundation
import HipBalanceCore

/// What a Strava `activities.csv` row adds to its activity file.
public struct StravaActivityInfo: Sendable, Hashable, Codable {
    /// Strava's `Activity Type` (`Run`, `Ride`, `Weight Training`, …).
    public var activityType: String?
    /// `Perceived Exertion` (1–10), when the athlete gave one.
    public var perceivedExertion: Double?

    /// The sport for Strava's activity type; nil for types the model has no sport for.
    public var sport: Sport? {
        switch activityType?.lowercased() {
        case "run", "trail run", "virtual run": .running
        case "ride", "virtual ride", "e-bike ride", "mountain bike ride", "gravel ride", "velomobile", "handcycle": .cycling
        case "swim": .swimming
        case "walk": .walking
        case "hike": .hiking
        default: nil
        }
    }

    /// The activity with what the row adds: the sport when the file had none, and the RPE.
    public func applied(to activity: Activity) -> Activity {
        var result = activity
        if result.summary.sport == .other, let sport { result.summary.sport = sport }
        if result.summary.sportLabel == nil { result.summary.sportLabel = activityType }
        if result.perceivedExertion == nil { result.perceivedExertion = perceivedExertion }
        return result
    }
}

/// The rows of a Strava bulk export's `activities.csv`, by the `Filename` column
/// (`activities/67361190.tcx.gz`), the only reliable link from a row to its file.
public struct StravaIndex: Sendable, Hashable {
    /// The largest `activities.csv` read (ten thousand activities take a few MiB).
    public static let maximumSize = 64 << 20
    private var rows: [String: StravaActivityInfo]
    /// Rows without a file (manual entries such as gym sessions), counted by activity type.
    public private(set) var manualEntries: [String: Int] = [:]

    /// Reads the file; a header without `Filename` is an error naming the file.
    public init(data: Data, source: String) throws(IngestError) {
        guard let text = String(data: data, encoding: .utf8) else {
            throw IngestError("expected UTF-8 text", at: SourceLocation(source: source))
        }
        let records = CSVRecords.parse(text)
        guard let header = records.first?.fields.map(StravaIndex.headerName) else {
            throw IngestError("expected a header row, found an empty file", at: SourceLocation(source: source, line: 1))
        }
        guard let filename = header.firstIndex(of: "Filename") else {
            throw IngestError("expected a 'Filename' column in the header", at: SourceLocation(source: source, line: 1))
        }
        // Columns repeat (`Elapsed Time`, `Distance`); the first occurrence is the one meant here.
        let type = header.firstIndex(of: "Activity Type"), rpe = header.firstIndex(of: "Perceived Exertion")
        var rows: [String: StravaActivityInfo] = [:]
        var manual: [String: Int] = [:]
        for record in records.dropFirst() {
            func field(_ index: Int?) -> String? {
                guard let index, index < record.fields.count else { return nil }
                let value = record.fields[index].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            guard let file = field(filename) else {
                manual[field(type) ?? "unknown type", default: 0] += 1
                continue
            }
            let exertion = field(rpe).flatMap(Double.init).flatMap { (1...10).contains($0) ? $0 : nil }
            rows[file] = StravaActivityInfo(activityType: field(type), perceivedExertion: exertion)
        }
        self.rows = rows
        self.manualEntries = manual
    }

    /// A sentence for the report about manual entries, which carry no data the model can use.
    func manualEntriesNote(source: String) -> String? {
        guard !manualEntries.isEmpty else { return nil }
        let total = manualEntries.values.reduce(0, +)
        let kinds = manualEntries.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return "\(source): \(total) manual entries without an activity file (\(kinds)) carry no sets or samples and are not counted"
    }

    /// The row for a file path relative to the export's root.
    public func info(forFilename filename: String) -> StravaActivityInfo? { rows[filename] }

    /// A header cell with HTML tags removed and untranslated message keys
    /// (`translation missing: …horton_values.type`) kept as their last word.
    static func headerName(_ raw: String) -> String {
        var text = raw.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("translation missing:"), let key = text.split(separator: ".").last { return String(key) }
        return text
    }
}

/// RFC 4180 records: quoted fields with doubled quotes and embedded line breaks; LF or CRLF.
struct CSVRecords {
    struct Record {
        var fields: [String]
        /// 1-based line where the record starts.
        var line: Int
    }

    static func parse(_ text: String) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            return iterator.next()
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    let following = next()
                    if following == "\"" { field.unicodeScalars.append("\"") } else {
                        quoted = false
                        pending = following
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                fields.append(field)
                field = ""
            case "\r": continue
            case "\n":
                fields.append(field)
                if fields != [""] { records.append(Record(fields: fields, line: recordLine)) }
                fields = []
                field = ""
                line += 1
                recordLine = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Record(fields: fields, line: recordLine))
        }
        return records
    }
}
