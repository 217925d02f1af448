import Foundation
import HipBalanceCore
import Ingest

extension OutputFolder {
    /// Stages everything `body` writes, writes the run record it returns as `run.json`, and
    /// publishes the whole set at once: a run or a merge that fails part-way leaves the previous
    /// complete set of outputs, never a mix of two days. How it ended is the outcome: a write that
    /// failed is `.outputFailed` (exit 4), shard folders that do not fit together `.invalid`.
    func stagedRun(_ body: () throws -> RunRecord) -> RunOutcome {
        do {
            try beginStaging()
            let record = try body()
            try write(RunRecord.encoder().encode(record), to: [RunRecord.fileName])
            try publish()
            return .completed(record)
        } catch let error as OutputError {
            return .outputFailed(error.diagnostic)
        } catch let error as MergeError {
            return .invalid(error.diagnostic)
        } catch {
            return .outputFailed(
                Diagnostic(
                    .error, "cannot be written: \(PlainError.describe(error))",
                    at: SourceLocation(source: url([RunRecord.fileName]).path)))
        }
    }
}
