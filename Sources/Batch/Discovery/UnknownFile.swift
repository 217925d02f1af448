/// A file that is neither an activity nor a strength log: listed, never silently ignored.
public struct UnknownFile: Sendable, Hashable, Codable {
    public var path: String
    public var reason: String
}
