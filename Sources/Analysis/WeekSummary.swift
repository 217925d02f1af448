import HipBalanceCore

/// One calendar week (Monday start) of history, for charts.
public struct WeekSummary: Sendable, Hashable, Codable {
    public var start: LocalDate
    /// Load per muscle summed over the week, endurance + strength.
    public var load: MuscleVector
    public var enduranceLoad: MuscleVector
    public var strengthLoad: MuscleVector
    /// BR of this week's summed loads; nil when the denominator is 0.
    public var ratio: Double?
    /// Direct glute and core sets done that week.
    public var gluteSets: Double
    public var coreSets: Double
    /// Stretching minutes per side that week.
    public var hamstringStretchMinutes: Double
    public var hipFlexorStretchMinutes: Double

    public init(
        start: LocalDate, load: MuscleVector, enduranceLoad: MuscleVector, strengthLoad: MuscleVector,
        ratio: Double?, gluteSets: Double, coreSets: Double, hamstringStretchMinutes: Double,
        hipFlexorStretchMinutes: Double
    ) {
        self.start = start
        self.load = load
        self.enduranceLoad = enduranceLoad
        self.strengthLoad = strengthLoad
        self.ratio = ratio
        self.gluteSets = gluteSets
        self.coreSets = coreSets
        self.hamstringStretchMinutes = hamstringStretchMinutes
        self.hipFlexorStretchMinutes = hipFlexorStretchMinutes
    }
}
