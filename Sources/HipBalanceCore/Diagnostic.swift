import Foundation

/// One thing a person should know about an input or a run: how serious it is, where it is, and
/// what it is, in plain words. Readers, the model and the batch return diagnostics; only the
/// executable and the renderers word them for a person.
///
/// In `run.json` an error is `{path, line, column, message}` (the keys of the first release;
/// absent values left out, `path` too for a run-level one): the list it sits in (`errors`,
/// `rowErrors`) says it is an error. Only what an error never has is added when present:
/// `byteOffset`, `activity` (the activity of a file holding several), and `severity` for a
/// warning or a note (the parse cache keeps readers' warnings this way). Warnings are written for a person, as `text()` words them.
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
    /// reader was given under another name); the place inside it is kept.
    public func at(path: String) -> Diagnostic {
        var copy = self
        copy.location = SourceLocation(
            source: path, line: location?.line, column: location?.column, byteOffset: location?.byteOffset,
            activity: location?.activity)
        return copy
    }

    /// The diagnostic as reports, `run.json`'s warnings and `inspect` word it: the path, the place
    /// inside the file in words, then the message (`ana/a.gpx: line 12: ignored …`,
    /// `b.fit: byte 769: the FIT file checksum does not match`), leaving out what is unknown.
    /// `withPath: false` leaves the path out, for a line that names the file beside it.
    public func text(withPath: Bool = true) -> String {
        let parts = [withPath ? location?.source : nil, location?.place, message]
        return parts.compactMap { $0 }.joined(separator: ": ")
    }

    /// `path:line:column: message`, leaving out what is unknown (only the message when there is
    /// no location).
    public var description: String { location.map { "\($0): \(message)" } ?? message }

    /// A stable order: by path, then line, column, activity, byte offset and message.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { a, b in
            let (x, y) = (a.location, b.location)
            return (x?.source ?? "", x?.line ?? 0, x?.column ?? 0, x?.activity ?? 0, x?.byteOffset ?? 0, a.message)
                < (y?.source ?? "", y?.line ?? 0, y?.column ?? 0, y?.activity ?? 0, y?.byteOffset ?? 0, b.message)
        }
    }
}

extension Diagnostic: Codable {
    private enum CodingKeys: String, CodingKey {
        case path, line, column, byteOffset, activity, message, severity
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let location = try container.decodeIfPresent(String.self, forKey: .path).map { path in
            SourceLocation(
                source: path, line: try container.decodeIfPresent(Int.self, forKey: .line),
                column: try container.decodeIfPresent(Int.self, forKey: .column),
                byteOffset: try container.decodeIfPresent(Int.self, forKey: .byteOffset),
                activity: try container.decodeIfPresent(Int.self, forKey: .activity))
        }
        self.init(
            try container.decodeIfPresent(Severity.self, forKey: .severity) ?? .error,
            try container.decode(String.self, forKey: .message), at: location)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(location?.source, forKey: .path)
        try container.encodeIfPresent(location?.line, forKey: .line)
        try container.encodeIfPresent(location?.column, forKey: .column)
        try container.encodeIfPresent(location?.byteOffset, forKey: .byteOffset)
        try container.encodeIfPresent(location?.activity, forKey: .activity)
        try container.encode(message, forKey: .message)
        if severity != .error { try container.encode(severity, forKey: .severity) }
    }
}
