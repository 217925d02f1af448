import HipBalanceCore

/// A problem with the output folder: it cannot be created or written, or another run holds it.
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    /// True when another hipbalance process holds the folder's lock.
    public var isLocked: Bool

    public var description: String { message }

    /// The problem as the run reports it (a problem of the run, at no input's location).
    public var diagnostic: Diagnostic { Diagnostic(.error, message) }
}
