import Foundation
import HipBalanceCore

/// A shard given by the environment (a Kubernetes Indexed Job's variables) that cannot be used:
/// the values found, and in plain words what to set. A configuration error: the run stops before
/// writing anything and exits 2, as for a bad `team.yaml`.
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
        "the shard cannot be taken from the environment: JOB_COMPLETION_INDEX is \(Self.quoted(index)) and "
            + "JOB_COMPLETIONS is \(Self.quoted(completions)); set both, as whole numbers with "
            + "0 ≤ JOB_COMPLETION_INDEX < JOB_COMPLETIONS, or give --shard K/N"
    }

    /// `'5'`, or `unset`.
    private static func quoted(_ value: String?) -> String { value.map { "'\($0)'" } ?? "unset" }

    public var description: String { message }

    /// The problem as the run reports it (exit 2).
    public var diagnostic: Diagnostic { Diagnostic(.error, message) }
}
