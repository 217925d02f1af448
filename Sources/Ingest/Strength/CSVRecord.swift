/// One CSV record: its fields and the 1-based line on which it starts.
struct CSVRecord: Sendable, Hashable {
    var fields: [String]
    var line: Int
    /// True when the text ended inside this record's quotes (a truncated file).
    var isUnterminated = false
    /// Set when the record broke a cap (too long, too many fields): its fields were not kept.
    var overflow: String?

    /// The field at `index`, trimmed of surrounding spaces; empty when the row is short.
    subscript(index: Int?) -> String {
        guard let index, index < fields.count else { return "" }
        return fields[index].trimmingSpaces
    }
}
