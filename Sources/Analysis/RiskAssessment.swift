import HipBalanceCore

public enum Confidence: String, Sendable, Hashable, Codable, CaseIterable {
    case high
    case medium
    case low
}

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

public struct RiskAssessment: Sendable, Hashable, Codable {
    /// Nil when there is too little history for a band (`noBandReason` says why).
    public var band: RiskBand?
    /// The sum of every factor's points.
    public var points: Int
    public var confidence: Confidence
    /// The confidence score, 0…1 (`docs/model.md` §7).
    public var confidenceScore: Double
    /// True when the band should be read as provisional (`provisionalReasons` says why); a
    /// provisional band is never lowered.
    public var provisional: Bool
    public var provisionalReasons: ProvisionalReasons
    /// Every factor group, scored or not assessed, in a fixed order.
    public var factors: [RiskFactor]
    public var noBandReason: NoBandReason?
    /// True when the athlete reported low-back pain: the report leads with a clinician referral.
    public var clinicianReferral: Bool
    /// How often each band comes out over plausible settings of the judgement constants; nil without a band.
    public var bandProbabilities: BandProbabilities?

    public init(
        band: RiskBand?, points: Int, confidence: Confidence, confidenceScore: Double, provisional: Bool,
        provisionalReasons: ProvisionalReasons = ProvisionalReasons(), factors: [RiskFactor],
        noBandReason: NoBandReason? = nil, clinicianReferral: Bool = false, bandProbabilities: BandProbabilities? = nil
    ) {
        self.band = band
        self.points = points
        self.confidence = confidence
        self.confidenceScore = confidenceScore
        self.provisional = provisional
        self.provisionalReasons = provisionalReasons
        self.factors = factors
        self.noBandReason = noBandReason
        self.clinicianReferral = clinicianReferral
        self.bandProbabilities = bandProbabilities
    }
}
