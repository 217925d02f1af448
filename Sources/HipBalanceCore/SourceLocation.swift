import Foundation

/// Where an input came from, down to line and column, or to a byte offset, when known; in a file
/// that holds several activities, which one.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The source name the parser was given (usually the path as the user wrote it).
    public var source: String
    public var line: Int?
    public var column: Int?
    /// The offset from the first byte, for binary formats (FIT), where lines mean nothing.
    public var byteOffset: Int?
    /// The activity concerned, counted from 1 in the order of the file, when the file can hold
    /// several (GPX tracks, TCX activities, FIT sessions).
    public var activity: Int?

    public init(source: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil, activity: Int? = nil) {
        self.source = source
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.activity = activity
    }

    /// `source:line:column`, leaving out what is unknown; a byte offset and the activity in words
    /// (`source: byte 769`, `source: activity 2`), since there is no compiler convention for them.
    public var description: String {
        var text = source
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        if let activity { text += ": activity \(activity)" }
        if line == nil, let byteOffset { text += ": byte \(byteOffset)" }
        return text
    }

    /// The place inside the source in words, as reports and warnings name it: `line 12`,
    /// `line 12, column 5`, `byte 769`, `activity 2`, `activity 2: byte 769`; nil when only the
    /// source is known.
    public var place: String? {
        let inside: String?
        if let line {
            inside = column.map { line > 0 ? "line \(line), column \($0)" : "line \(line)" } ?? "line \(line)"
        } else {
            inside = byteOffset.map { "byte \($0)" }
        }
        let parts = [activity.map { "activity \($0)" }, inside].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ": ")
    }
}
