import Foundation
import HipBalanceCore

/// How a run ended, and what the process should exit with.
public enum RunOutcome: Sendable, Hashable {
    /// Every input was read (exit 0) or some were rejected (exit 1); `run.json` was written.
    case completed(RunRecord)
    /// A usage or configuration problem found before anything was written (exit 2).
    case invalid(Diagnostic)
    /// Another run holds the output folder (exit 3); nothing was written.
    case locked(Diagnostic)
    /// The output folder could not be written (exit 4).
    case outputFailed(Diagnostic)

    /// An output folder that cannot be opened: another run's lock (exit 3), or anything else (exit 4).
    init(cannotOpenOutput error: OutputError) {
        self = error.isLocked ? .locked(error.diagnostic) : .outputFailed(error.diagnostic)
    }

    public var exitCode: Int32 {
        switch self {
        case .completed(let record): Int32(record.exitStatus)
        case .invalid: 2
        case .locked: 3
        case .outputFailed: 4
        }
    }
}
