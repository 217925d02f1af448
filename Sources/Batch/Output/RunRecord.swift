import Foundation
import HipBalanceCore

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

    /// The encoder of `run.json` (`JSONStyle.document`).
    public static func encoder() -> JSONEncoder { JSONStyle.document.encoder() }

    /// The matching decoder.
    public static func decoder() -> JSONDecoder { JSONStyle.document.decoder() }
}

extension RunRecord {
    /// Errors in a stable order: by path, then line and column.
    static func sorted(_ errors: [Diagnostic]) -> [Diagnostic] {
        Diagnostic.sorted(errors)
    }
}
