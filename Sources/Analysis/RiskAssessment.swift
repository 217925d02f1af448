import HipBalanceCore

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
