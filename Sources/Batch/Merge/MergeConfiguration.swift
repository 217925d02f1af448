import Foundation
import Logging

/// Everything `hipbalance merge` needs to know.
public struct MergeConfiguration: Sendable {
    public var outputDirectory: URL
    /// Output folders of `hipbalance run --shard K/N`, one per shard.
    public var shardDirectories: [URL]
    public var logger: Logger
    /// The clock for the merged `run.json`'s end time.
    public var clock: @Sendable () -> Date

    public init(
        outputDirectory: URL, shardDirectories: [URL], logger: Logger = Logger(label: "hipbalance.merge"),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.outputDirectory = outputDirectory
        self.shardDirectories = shardDirectories
        self.logger = logger
        self.clock = clock
    }
}
