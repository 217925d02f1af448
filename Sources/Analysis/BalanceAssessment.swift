import HipBalanceCore

/// Everything the model concludes for one athlete on one day.
public struct BalanceAssessment: Sendable, Hashable, Codable {
    public var asOf: LocalDate
    /// Days from the first logged session to `asOf`, inclusive (0 with no data).
    public var historyDays: Int
    public var risk: RiskAssessment
    public var balance: BalanceRatios
    /// Weekly dose per muscle (7 × chronic EWMA), endurance + strength, and each part alone.
    public var weeklyLoad: MuscleVector
    public var enduranceWeeklyLoad: MuscleVector
    public var strengthWeeklyLoad: MuscleVector
    /// Acute:chronic ratios of endurance load, spike flag only; nil without chronic load.
    public var acuteChronicQuads: Double?
    public var acuteChronicLowBack: Double?
    /// Credited glute / core sets per week (chronic): each working set credits the muscles whose
    /// catalogue weight is at least 0.5, with that weight.
    public var gluteSetsPerWeek: Double
    public var coreSetsPerWeek: Double
    /// Stretching minutes per side per week (chronic).
    public var hamstringStretchMinutesPerSide: Double
    public var hipFlexorStretchMinutesPerSide: Double
    /// Share of endurance load from cycling over the last 28 days, 0…1.
    public var rideShare: Double
    public var prescription: Prescription
    /// Oldest first; at least the last 12 weeks when there is that much history.
    public var weeks: [WeekSummary]
    /// Athlete settings that would raise confidence if given (`hrMax`, `ftp`, …).
    public var missingSettings: [AthleteSettingKey]
    /// Facts on what was counted, estimated or left out.
    public var dataNotes: [DataNote]
    /// Whether strength training is logged, stated as none, or unknown.
    public var strengthTraining: StrengthTrainingStatus
    /// The day of the last logged activity or strength session up to `asOf`; nil without any.
    public var lastTrainingDay: LocalDate?
    /// The screening-aid note every report carries.
    public var disclaimer: String
    /// The BR cut-offs the risk points used (for shading charts); `ModelParameters.balanceCutoffs`.
    public var balanceCutoffs: [Double]
    /// Endurance chronic training load (CTL, TSS-equivalents per day) at `asOf`.
    public var chronicTrainingLoad: Double
    /// Change of CTL over the last 7 days (ramp rate, points per week).
    public var rampPerWeek: Double

    public init(
        asOf: LocalDate, historyDays: Int, risk: RiskAssessment, balance: BalanceRatios,
        weeklyLoad: MuscleVector, enduranceWeeklyLoad: MuscleVector, strengthWeeklyLoad: MuscleVector,
        acuteChronicQuads: Double?, acuteChronicLowBack: Double?, gluteSetsPerWeek: Double,
        coreSetsPerWeek: Double, hamstringStretchMinutesPerSide: Double,
        hipFlexorStretchMinutesPerSide: Double, rideShare: Double, prescription: Prescription,
        weeks: [WeekSummary], missingSettings: [AthleteSettingKey], dataNotes: [DataNote], disclaimer: String,
        balanceCutoffs: [Double] = [1.5, 2, 3], chronicTrainingLoad: Double = 0, rampPerWeek: Double = 0,
        strengthTraining: StrengthTrainingStatus = .logged, lastTrainingDay: LocalDate? = nil
    ) {
        self.asOf = asOf
        self.historyDays = historyDays
        self.risk = risk
        self.balance = balance
        self.weeklyLoad = weeklyLoad
        self.enduranceWeeklyLoad = enduranceWeeklyLoad
        self.strengthWeeklyLoad = strengthWeeklyLoad
        self.acuteChronicQuads = acuteChronicQuads
        self.acuteChronicLowBack = acuteChronicLowBack
        self.gluteSetsPerWeek = gluteSetsPerWeek
        self.coreSetsPerWeek = coreSetsPerWeek
        self.hamstringStretchMinutesPerSide = hamstringStretchMinutesPerSide
        self.hipFlexorStretchMinutesPerSide = hipFlexorStretchMinutesPerSide
        self.rideShare = rideShare
        self.prescription = prescription
        self.weeks = weeks
        self.missingSettings = missingSettings
        self.dataNotes = dataNotes
        self.disclaimer = disclaimer
        self.balanceCutoffs = balanceCutoffs
        self.chronicTrainingLoad = chronicTrainingLoad
        self.rampPerWeek = rampPerWeek
        self.strengthTraining = strengthTraining
        self.lastTrainingDay = lastTrainingDay
    }

    /// Days from the last logged training to `asOf`; nil without any.
    public var daysSinceLastTraining: Int? { lastTrainingDay.map { asOf.dayNumber - $0.dayNumber } }
}
