import Foundation

/// The per-athlete document formats; `report.json` is always written (merge reads it).
public enum ReportFormat: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case html
    case md
    case json

    public static func < (lhs: ReportFormat, rhs: ReportFormat) -> Bool { lhs.rank < rhs.rank }

    /// The position in the documented order html, md, json.
    private var rank: Int {
        switch self {
        case .html: 0
        case .md: 1
        case .json: 2
        }
    }

    /// Parses a comma-separated list (`html,md`); a failure names the first unknown entry.
    public static func parseList(_ text: String) -> Result<[ReportFormat], FormatListError> {
        var formats = Set<ReportFormat>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = ReportFormat(rawValue: name == "markdown" ? "md" : name) else {
                return .failure(FormatListError(entry: String(part)))
            }
            formats.insert(format)
        }
        return .success(formats.sorted())
    }
}
