import HipBalanceCore

/// The balance ratio BR = (quads + lowBack) / (glutes + core); nil where the denominator is 0.
public struct BalanceRatios: Sendable, Hashable, Codable {
    public var ratio: Double?
    public var enduranceRatio: Double?
    public var strengthRatio: Double?
    /// Quads ÷ glutes and low back ÷ core, so that core work cannot hide a glute gap; nil without a
    /// denominator or without a band.
    public var gluteRatio: Double?
    public var trunkRatio: Double?

    public init(
        ratio: Double?, enduranceRatio: Double?, strengthRatio: Double?, gluteRatio: Double? = nil,
        trunkRatio: Double? = nil
    ) {
        self.ratio = ratio
        self.enduranceRatio = enduranceRatio
        self.strengthRatio = strengthRatio
        self.gluteRatio = gluteRatio
        self.trunkRatio = trunkRatio
    }
}
