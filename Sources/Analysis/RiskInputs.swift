import HipBalanceCore

/// Everything the risk points read, taken off the indicators once, so that the points can be
/// recomputed cheaply under other settings of the judgement constants (band probabilities).
public struct RiskInputs: Sendable, Hashable {
    /// Weekly endurance and strength dose per muscle at the parameters they were built with.
    public var enduranceWeekly: MuscleVector
    public var strengthWeekly: MuscleVector
    /// The weekly strength dose from sets without logged effort, per unit of their value.
    public var strengthMissingEffortUnits: MuscleVector
    /// Credited glute / core sets a week, and their missing-effort part per unit of its value.
    public var gluteSets: Double
    public var gluteMissingEffortUnits: Double
    public var coreSets: Double
    public var coreMissingEffortUnits: Double
    public var hipFlexorStretchMinutes: Double
    public var hamstringStretchMinutes: Double
    public var rideShare: Double
    public var acuteChronicQuads: Double?
    public var acuteChronicLowBack: Double?
    /// Nil when the strength factors can be assessed, else why not.
    public var strengthNotAssessed: NotAssessedReason?
    public var sittingHours: Double?
    public var lowBackPain: Bool
    /// The k_e and missing-effort value the doses were built with.
    public var kEndurance: Double
    public var missingEffortSetValue: Double

    public init(
        _ indicators: BalanceIndicators, settings: AthleteSettings, strengthNotAssessed: NotAssessedReason?,
        parameters p: ModelParameters
    ) {
        let weekly = indicators.weekly
        enduranceWeekly = weekly.endurance
        strengthWeekly = weekly.strength
        strengthMissingEffortUnits = weekly.strengthMissingEffortUnits
        gluteSets = weekly.gluteSets
        gluteMissingEffortUnits = weekly.gluteMissingEffortUnits
        coreSets = weekly.coreSets
        coreMissingEffortUnits = weekly.coreMissingEffortUnits
        hipFlexorStretchMinutes = weekly.stretchMinutes.hipFlexors
        hamstringStretchMinutes = weekly.stretchMinutes.hamstrings
        rideShare = indicators.rideShare
        acuteChronicQuads = indicators.acuteChronicQuads
        acuteChronicLowBack = indicators.acuteChronicLowBack
        self.strengthNotAssessed = strengthNotAssessed
        sittingHours = settings.sittingHoursPerDay
        lowBackPain = settings.lowBackPain == true
        kEndurance = p.kEndurance
        missingEffortSetValue = p.missingEffortSetValue
    }

    /// The same inputs with the endurance dose scaled to `p.kEndurance` and the sets without
    /// logged effort valued at `p.missingEffortSetValue` (both enter linearly).
    public func rescaled(to p: ModelParameters) -> RiskInputs {
        var result = self
        let effortChange = p.missingEffortSetValue - missingEffortSetValue
        if kEndurance > 0 { result.enduranceWeekly = enduranceWeekly * (p.kEndurance / kEndurance) }
        result.strengthWeekly = strengthWeekly + strengthMissingEffortUnits * effortChange
        result.gluteSets = gluteSets + gluteMissingEffortUnits * effortChange
        result.coreSets = coreSets + coreMissingEffortUnits * effortChange
        result.kEndurance = p.kEndurance
        result.missingEffortSetValue = p.missingEffortSetValue
        return result
    }

    /// Endurance + strength weekly dose.
    public var weekly: MuscleVector { enduranceWeekly + strengthWeekly }
}
