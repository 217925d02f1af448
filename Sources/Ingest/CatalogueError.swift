/// A catalogue file that could not be read: which entry and why.
public struct CatalogueError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
