import Foundation

/// One thing a person should know about an input or a run: how serious it is, where it is, and
/// what it is, in plain words. Readers, the model and the batch return diagnostics; only the
/// executable and the renderers word them for a person.
///
/// In `run.json` a diagnostic is `{path, line, column, message}` (the keys of the first release;
/// absent values left out, `path` too for a run-level one) and its severity is the list it sits in (`errors`, `rowErrors`), so a
/// decoded diagnostic is an error.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// Something could not be read or done: an input was rejected, a run could not go on.
        case error
        /// Something was read with a caveat (values ignored, an assumption made).
        case warning
        /// Worth knowing, nothing wrong (manual entries that carry no data).
        case note
    }

    public var severity: Severity
    /// Where, as precisely as known: a team-relative path, with line and column when known; nil
    /// for a problem of the run as a whole (the output folder cannot be written, say).
    public var location: SourceLocation?
    /// Lowercase, says what was expected and what was found; never athlete data.
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// An input that could not be read, from the reader's error.
    public init(_ error: IngestError) {
        self.init(.error, error.message, at: error.location)
    }

    /// The same diagnostic naming its input by `path` (the team-relative path of the input a
    /// reader was given under another name); line and column are kept.
    public func at(path: String) -> Diagnostic {
        var copy = self
        copy.location = SourceLocation(source: path, line: location?.line, column: location?.column)
        return copy
    }

    /// `path:line:column: message`, leaving out what is unknown (only the message when there is
    /// no location).
    public var description: String { location.map { "\($0): \(message)" } ?? message }

    /// A stable order: by path, then line, column and message.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            ($0.location?.source ?? "", $0.location?.line ?? 0, $0.location?.column ?? 0, $0.message)
                < ($1.location?.source ?? "", $1.location?.line ?? 0, $1.location?.column ?? 0, $1.message)
        }
    }
}

extension Diagnostic: Codable {
    private enum CodingKeys: String, CodingKey {
        case path, line, column, message
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let location = try container.decodeIfPresent(String.self, forKey: .path).map { path in
            SourceLocation(
                source: path, line: try container.decodeIfPresent(Int.self, forKey: .line),
                column: try container.decodeIfPresent(Int.self, forKey: .column))
        }
        self.init(.error, try container.decode(String.self, forKey: .message), at: location)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(location?.source, forKey: .path)
        try container.encodeIfPresent(location?.line, forKey: .line)
        try container.encodeIfPresent(location?.column, forKey: .column)
        try container.encode(message, forKey: .message)
    }
}
