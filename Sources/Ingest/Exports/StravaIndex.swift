import Foundation
import HipBalanceCore

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
        // RFC 4180 through the one CSV reader: quoted fields, doubled quotes, line breaks inside
        // quotes, LF or CRLF.
        let records = CSVReader.records(in: text, delimiter: ",")
        guard let header = records.first?.fields.map(StravaIndex.headerName) else {
            throw IngestError("expected a header row, found an empty file", at: SourceLocation(source: source, line: 1))
        }
        guard let filename = header.firstIndex(of: "Filename") else {
            throw IngestError("expected a 'Filename' column in the header", at: SourceLocation(source: source, line: 1))
        }
        // Columns repeat (`Elapsed Time`, `Distance`); the first occurrence is the one meant here.
        let type = header.firstIndex(of: "Activity Type")
        let rpe = header.firstIndex(of: "Perceived Exertion")
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

    /// A note for the report about manual entries, which carry no data the model can use.
    public func manualEntriesNote(source: String) -> Diagnostic? {
        guard !manualEntries.isEmpty else { return nil }
        let total = manualEntries.values.reduce(0, +)
        let kinds = manualEntries.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return Diagnostic(
            .note,
            "\(total) manual entries without an activity file (\(kinds)) carry no sets or samples and are not counted",
            at: SourceLocation(source: source))
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
