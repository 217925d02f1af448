import Foundation

/// Where an input came from, down to line and column when known.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The source name the parser was given (usually the path as the user wrote it).
    public var source: String
    public var line: Int?
    public var column: Int?

    public init(source: String, line: Int? = nil, column: Int? = nil) {
        self.source = source
        self.line = line
        self.column = column
    }

    /// `source:line:column`, leaving out what is unknown.
    public var description: String {
        var text = source
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        return text
    }
}
