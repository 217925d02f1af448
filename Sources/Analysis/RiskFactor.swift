import HipBalanceCore

/// One group of reasons behind the risk points. Every group is returned, scored or not, and the
/// points of all factors add up to the assessment's points.
public struct RiskFactor: Sendable, Hashable, Codable {
    public var kind: RiskFactorKind
    public var points: Int
    public var status: FactorStatus

    public init(kind: RiskFactorKind, points: Int, status: FactorStatus = .scored) {
        self.kind = kind
        self.points = points
        self.status = status
    }

    /// Stable id: `balance-ratio`, `glute-sets`, `core-sets`, `stretching`, `load-spike`, `low-back-pain`.
    public var id: String {
        switch kind {
        case .balanceRatio: "balance-ratio"
        case .gluteDose: "glute-sets"
        case .coreDose: "core-sets"
        case .tightness: "stretching"
        case .enduranceLoadChange: "load-spike"
        case .lowBackPain: "low-back-pain"
        }
    }
}
