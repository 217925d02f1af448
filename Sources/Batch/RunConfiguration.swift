import Foundation
import HipBalanceCore
import Logging

/// Everything `hipbalance run` needs to know.
public struct RunConfiguration: Sendable {
    public var teamDirectory: URL
    public var outputDirectory: URL
    /// The reference day; nil for today in the team's time zone.
    public var asOf: LocalDate?
    /// Parallel readers.
    public var jobs: Int
    /// The cache file; nil for `OUT_DIR/.hipbalance-cache.sqlite`.
    public var cacheURL: URL?
    public var formats: [ReportFormat]
    /// Only this shard's athletes; nil for all.
    public var shard: Shard?
    public var logger: Logger
    /// Called from reader threads after each input.
    public var progress: (@Sendable (IngestProgress) -> Void)?
    /// The clock for `run.json`'s start and end times (and today's date when `asOf` is nil).
    public var clock: @Sendable () -> Date

    public init(
        teamDirectory: URL, outputDirectory: URL, asOf: LocalDate? = nil,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, cacheURL: URL? = nil,
        formats: [ReportFormat] = ReportFormat.allCases, shard: Shard? = nil,
        logger: Logger = Logger(label: "hipbalance.batch"),
        progress: (@Sendable (IngestProgress) -> Void)? = nil, clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.teamDirectory = teamDirectory
        self.outputDirectory = outputDirectory
        self.asOf = asOf
        self.jobs = jobs
        self.cacheURL = cacheURL
        self.formats = formats
        self.shard = shard
        self.logger = logger
        self.progress = progress
        self.clock = clock
    }

    /// The reference days a run accepts: far enough back for any archive, not so far ahead
    /// that day-by-day histories grow without bound (`--as-of 9999-12-31` took 4 GB).
    public static let asOfRange = LocalDate(year: 1990, month: 1, day: 1)...LocalDate(year: 2100, month: 12, day: 31)

    /// The default cache file name inside the output folder.
    public static let defaultCacheName = ".hipbalance-cache.sqlite"
}
