/// The result of reading one input.
public struct IngestOutcome: Sendable, Hashable {
    /// The input read.
    public var item: InputItem
    public var parsed: ParsedInput
    public var fromCache: Bool
    /// Cache key of the input (absolute path, `#member` for archive members).
    public var cacheKey: String
}
