import Foundation

/// An input that could not be read, with where and why. Messages are lowercase, say what was
/// expected and what was found, and never contain athlete data.
public struct IngestError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    public var description: String { "\(location): \(message)" }
}
