import Foundation

/// A shard given by the environment (a Kubernetes Indexed Job's variables) that cannot be used:
/// the values found, and in plain words what to set.
public struct ShardError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `JOB_COMPLETION_INDEX` as found; nil when unset.
    public var index: String?
    /// `JOB_COMPLETIONS` as found; nil when unset.
    public var completions: String?

    public init(index: String?, completions: String?) {
        self.index = index
        self.completions = completions
    }

    public var message: String {
        "JOB_COMPLETION_INDEX (\(index ?? "unset")) and JOB_COMPLETIONS (\(completions ?? "unset")) must be set "
            + "together, with 0 ≤ index < completions; set both, or give --shard K/N"
    }

    public var description: String { message }
}
