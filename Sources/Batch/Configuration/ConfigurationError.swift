import HipBalanceCore

/// A problem in `team.yaml`, naming the key, the athlete (when inside `athletes:`) and the line.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the problem was found in, as the user named it.
    public var file: String
    /// Dotted key path (`athletes.ana.sittingHoursPerDay`), empty for the whole document.
    public var key: String
    public var athlete: String?
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(
        file: String, key: String, athlete: String? = nil, line: Int? = nil, column: Int? = nil, message: String
    ) {
        self.file = file
        self.key = key
        self.athlete = athlete
        self.line = line
        self.column = column
        self.message = message
    }

    /// `team.yaml:12:5: athlete ana: key 'sitingHours': unknown key …`.
    public var description: String { diagnostic.description }

    /// The problem as the run reports it: at the file, line and column, the athlete and key
    /// named in front of the message.
    public var diagnostic: Diagnostic {
        var text = ""
        if let athlete { text += "athlete \(athlete): " }
        if !key.isEmpty { text += "key '\(key)': " }
        return Diagnostic(.error, text + message, at: SourceLocation(source: file, line: line, column: column))
    }
}
