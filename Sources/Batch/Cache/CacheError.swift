import Foundation
import HipBalanceCore

/// Why `--cache` cannot be used. The run stops (exit 2) and whatever is at the path is left
/// exactly as it was. It names the path; its message says in plain words what is wrong and what
/// to do.
public struct CacheError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        /// Something that is not a hipbalance cache is at the path (`found`: "is a folder", …).
        case notACache(found: String)
        /// The path cannot be looked at (the system's reason in plain words).
        case unusable(reason: String)
        /// No cache file could be used and not even one in memory could be made.
        case noMemory
    }

    public var problem: Problem
    /// The `--cache` path as given.
    public var path: String

    public init(_ problem: Problem, at path: String) {
        self.problem = problem
        self.path = path
    }

    /// What is wrong and what to do, without the path (the location names it).
    public var message: String {
        switch problem {
        case .notACache(let found):
            "\(found), not a hipbalance cache; it was left untouched. "
                + "Give --cache the path of a new file (or of an existing hipbalance cache)"
        case .unusable(let reason):
            "cannot use this as --cache: \(reason); give --cache another path"
        case .noMemory:
            "the cache cannot be opened here, and no cache in memory could be made either (is the machine out of memory?)"
        }
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }

    /// The problem as the run reports it, at the cache's path.
    public var diagnostic: Diagnostic { Diagnostic(.error, message, at: SourceLocation(source: path)) }
}
