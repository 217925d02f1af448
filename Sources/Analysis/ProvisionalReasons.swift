import HipBalanceCore

/// Why a band is provisional (any of these).
public struct ProvisionalReasons: Sendable, Hashable, Codable {
    public var lowConfidence = false
    public var strengthNotAssessed = false
    public var trainingGap = false

    public init(lowConfidence: Bool = false, strengthNotAssessed: Bool = false, trainingGap: Bool = false) {
        self.lowConfidence = lowConfidence
        self.strengthNotAssessed = strengthNotAssessed
        self.trainingGap = trainingGap
    }

    public var any: Bool { lowConfidence || strengthNotAssessed || trainingGap }
}
