/// An entry of `--format` that is not a format.
public struct FormatListError: Error, Sendable, Hashable, CustomStringConvertible {
    public var entry: String
    public var description: String {
        "unknown format '\(entry)'; expected a comma-separated list of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))"
    }
}
