import HipBalanceCore

/// Last week's prescription (recomputed as of `asOf − 7 days`) against what was logged since.
public struct Adherence: Sendable, Hashable, Codable {
    public var prescribed: Int
    public var done: Double

    public init(prescribed: Int, done: Double) {
        self.prescribed = prescribed
        self.done = done
    }
}
