import HipBalanceCore

/// Risk bands (`docs/model.md` §6).
public enum RiskBand: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case low
    case moderate
    case high
    case veryHigh = "very-high"

    /// 0 for low up to 3 for very high.
    public var rank: Int {
        switch self {
        case .low: 0
        case .moderate: 1
        case .high: 2
        case .veryHigh: 3
        }
    }

    public static func < (lhs: RiskBand, rhs: RiskBand) -> Bool { lhs.rank < rhs.rank }
}
