import Foundation

/// How a set was logged.
public enum SetKind: String, Sendable, Hashable, Codable, CaseIterable {
    case working
    case warmup
    case drop
    case failure

    /// True for the sets the model counts: working, drop and failure sets.
    ///
    /// Warm-ups are left out of load (`docs/model.md` §1) and of every set count read beside it:
    /// the model's set counts, the share and the list of unknown exercises on the report, and
    /// `inspect`'s unknown exercises. Only a stretch logged as a warm-up still credits its minutes.
    public var isCounted: Bool { self != .warmup }
}
