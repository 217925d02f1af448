/// A shard given by the environment that cannot be used.
public struct ShardError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
