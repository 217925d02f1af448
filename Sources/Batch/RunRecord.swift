import Foundation
import HipBalanceCore

/// Input counts of a run or of one athlete.
public struct InputCounts: Sendable, Hashable, Codable {
    /// Every file and archive member looked at.
    public var filesSeen = 0
    /// Inputs read by a reader in this run (including those it then rejected).
    public var parsed = 0
    /// Inputs whose result came from the cache.
    public var fromCache = 0
    /// Inputs that could not be read (listed under `errors`).
    public var rejected = 0
    /// Activities dropped as copies of another (and strength sessions logged twice).
    public var duplicates = 0
    /// Files that are neither activities nor strength logs (listed under `unknownFiles`).
    public var unknown = 0
    /// Files that only describe others (Strava `activities.csv`).
    public var metadata = 0

    public init() {}

    static func + (lhs: InputCounts, rhs: InputCounts) -> InputCounts {
        var sum = lhs
        sum.filesSeen += rhs.filesSeen
        sum.parsed += rhs.parsed
        sum.fromCache += rhs.fromCache
        sum.rejected += rhs.rejected
        sum.duplicates += rhs.duplicates
        sum.unknown += rhs.unknown
        sum.metadata += rhs.metadata
        return sum
    }
}

/// One athlete's line in `run.json`.
public struct AthleteRunRecord: Sendable, Hashable, Codable {
    public var id: String
    /// The folder name on disk, when it differs from the id.
    public var folder: String?
    public var counts: InputCounts
    public var activities: Int
    public var strengthSessions: Int
    public var strengthSets: Int
}

/// A file that is neither an activity nor a strength log: listed, never silently ignored.
public struct UnknownFile: Sendable, Hashable, Codable {
    public var path: String
    public var reason: String
}

/// `OUT_DIR/run.json`: what a run did. The only output that records clock times.
public struct RunRecord: Sendable, Hashable, Codable {
    public var hipBalanceVersion: String
    public var teamName: String
    public var asOf: LocalDate
    public var startedAt: Date
    public var finishedAt: Date
    /// `K/N` when the run was one shard of a team.
    public var shard: String?
    /// Shard folders a merged record was built from.
    public var mergedFrom: [String]?
    /// Report formats written per athlete.
    public var formats: [ReportFormat]
    public var counts: InputCounts
    public var athletes: [AthleteRunRecord]
    /// Rejected inputs, with file, line and message.
    public var errors: [Diagnostic]
    /// Rows of strength logs that could not be read (the rest of each file counted).
    public var rowErrors: [Diagnostic]
    public var unknownFiles: [UnknownFile]
    /// Run-level warnings, written as text (a list of strings, as since the first release).
    @DiagnosticTexts public var warnings: [Diagnostic]
    /// 0 when every input was read, 1 when some were rejected.
    public var exitStatus: Int

    /// File name inside the output folder.
    public static let fileName = "run.json"

    /// The encoder of `run.json`: sorted keys, pretty-printed, ISO 8601 times.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// The matching decoder.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

extension RunRecord {
    /// Errors in a stable order: by path, then line and column.
    static func sorted(_ errors: [Diagnostic]) -> [Diagnostic] {
        Diagnostic.sorted(errors)
    }
}
