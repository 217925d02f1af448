import Foundation

/// Where an input came from, down to line and column, or to a byte offset, when known.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The source name the parser was given (usually the path as the user wrote it).
    public var source: String
    public var line: Int?
    public var column: Int?
    /// The offset from the first byte, for binary formats (FIT), where lines mean nothing.
    public var byteOffset: Int?

    public init(source: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil) {
        self.source = source
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    /// `source:line:column`, leaving out what is unknown; a byte offset in words
    /// (`source: byte 769`), since there is no compiler convention for one.
    public var description: String {
        var text = source
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        if line == nil, let byteOffset { text += ": byte \(byteOffset)" }
        return text
    }

    /// The place inside the source in words, as reports and warnings name it: `line 12`,
    /// `line 12, column 5`, `byte 769`; nil when only the source is known.
    public var place: String? {
        if let line {
            guard let column, line > 0 else { return "line \(line)" }
            return "line \(line), column \(column)"
        }
        return byteOffset.map { "byte \($0)" }
    }
}
