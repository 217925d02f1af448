import Foundation

/// Progress over a whole run, passed to the display callback after each input.
final class ProgressTally: @unchecked Sendable {
    // @unchecked: `progress` is only read and written under `lock`; the callback runs outside it.
    private let lock = NSLock()
    private var progress: IngestProgress
    private let report: (@Sendable (IngestProgress) -> Void)?

    init(total: Int, report: (@Sendable (IngestProgress) -> Void)?) {
        progress = IngestProgress(done: 0, total: total, fromCache: 0, rejected: 0)
        self.report = report
    }

    func record(_ outcome: IngestOutcome) {
        let snapshot = lock.withLock {
            progress.done += 1
            if outcome.fromCache { progress.fromCache += 1 }
            if case .rejected = outcome.parsed { progress.rejected += 1 }
            return progress
        }
        report?(snapshot)
    }
}
