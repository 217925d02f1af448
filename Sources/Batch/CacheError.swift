/// Why `--cache` cannot be used: something that is not a hipbalance cache is at the path.
/// The run stops (exit 2) and the thing at the path is left exactly as it was.
public struct CacheError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
