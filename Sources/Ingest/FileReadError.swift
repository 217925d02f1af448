/// A file that cannot be read, in plain words ("permission denied", "is a named pipe, not a
/// regular file").
public struct FileReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
