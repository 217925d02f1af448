import ArgumentParser
import Batch

extension Shard: ExpressibleByArgument {
    /// `K/N` with 1 ≤ K ≤ N.
    public init?(argument: String) { self.init(argument) }
}
