import Foundation
import HipBalanceCore

/// Shard outputs that cannot be merged: the shard folder or file concerned (none when the
/// problem is the set of shards given), and in plain words what is wrong and what to do.
struct MergeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and what to do, without the path (the location names it).
    var message: String
    /// The shard folder or file concerned; nil for a problem of the shards given as a whole.
    var path: String?

    init(_ message: String, at path: String? = nil) {
        self.message = message
        self.path = path
    }

    /// `path: message`, or the message alone.
    var description: String { diagnostic.description }

    /// The problem as the merge reports it (exit 2), at the path concerned.
    var diagnostic: Diagnostic { Diagnostic(.error, message, at: path.map { SourceLocation(source: $0) }) }
}
