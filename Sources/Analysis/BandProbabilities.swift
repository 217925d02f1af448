import HipBalanceCore

/// The probability of each band over the plausible range of the judgement constants (sums to 1).
public struct BandProbabilities: Sendable, Hashable, Codable {
    public var low: Double
    public var moderate: Double
    public var high: Double
    public var veryHigh: Double

    public init(low: Double, moderate: Double, high: Double, veryHigh: Double) {
        self.low = low
        self.moderate = moderate
        self.high = high
        self.veryHigh = veryHigh
    }

    public subscript(band: RiskBand) -> Double {
        switch band {
        case .low: low
        case .moderate: moderate
        case .high: high
        case .veryHigh: veryHigh
        }
    }
}
