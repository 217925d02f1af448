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
        ratio: Double?, enduranceRatio: Double?, strengthRatio: Double?, gluteRatio: Double? = nil, trunkRatio: Double? = nil
    ) {
        self.ratio = ratio
        self.enduranceRatio = enduranceRatio
        self.strengthRatio = strengthRatio
        self.gluteRatio = gluteRatio
        self.trunkRatio = trunkRatio
    }
}

public struct SetTarget: Sendable, Hashable, Codable {
    /// Credited sets logged in the last 7 days (what the athlete did last week).
    public var current: Double
    /// Sets to do next week (capped progression, never below `current` while below target).
    public var next: Int
    /// Where progression is heading.
    public var target: Int
    /// Credited effective sets a week, chronic (28-day) average: what the risk factor reads.
    public var chronic: Double

    public init(current: Double, next: Int, target: Int, chronic: Double = 0) {
        self.current = current
        self.next = next
        self.target = target
        self.chronic = chronic
    }
}

/// One exercise in the prescription: one of the athlete's own, progressed, or a new one.
public struct PrescribedExercise: Sendable, Hashable, Codable {
    public var exerciseID: String
    public var name: String
    /// The muscle it is prescribed for.
    public var muscle: TargetMuscle
    /// Sets next week (the week's total for this exercise, spread over 2–3 sessions).
    public var sets: Int
    /// Sets added to what was logged last week (all of them for a new exercise).
    public var addedSets: Int
    /// True for one of the athlete's own exercises from the last 7 days.
    public var own: Bool
    /// Reps per set, or a hold in seconds for a timed exercise; nil for an own exercise (as usual).
    public var reps: Int?
    public var holdSeconds: Int?
    /// Reps or hold per side (unilateral exercises).
    public var perSide: Bool
    public var pattern: MovementPattern
    /// The exercise's quad weight (0: no quad involvement).
    public var quadWeight: Double
    /// Offered only once a clinician has cleared the athlete (low-back pain).
    public var onceCleared: Bool

    public init(
        exerciseID: String, name: String, muscle: TargetMuscle, sets: Int, addedSets: Int, own: Bool, reps: Int?,
        holdSeconds: Int?, perSide: Bool, pattern: MovementPattern, quadWeight: Double, onceCleared: Bool = false
    ) {
        self.exerciseID = exerciseID
        self.name = name
        self.muscle = muscle
        self.sets = sets
        self.addedSets = addedSets
        self.own = own
        self.reps = reps
        self.holdSeconds = holdSeconds
        self.perSide = perSide
        self.pattern = pattern
        self.quadWeight = quadWeight
        self.onceCleared = onceCleared
    }
}

public struct Prescription: Sendable, Hashable, Codable {
    public var gluteSets: SetTarget
    public var coreSets: SetTarget
    public var hipFlexorStretchMinutesPerSide: Double
    public var hamstringStretchMinutesPerSide: Double
    /// Days per week to stretch on (at least 3).
    public var stretchDaysPerWeek: Int
    /// Length of one stretching hold, seconds.
    public var holdSeconds: Int
    public var exercises: [PrescribedExercise]
    /// Why the numbers are what they are.
    public var reasons: [PrescriptionReason]
    /// True when low-back pain holds the plan where it is.
    public var holdForPain: Bool
    /// Effort target of every set: stop this many reps short of failure.
    public var targetRIRLow: Int
    public var targetRIRHigh: Int
    /// Last week's prescription against what was logged; nil without a week of history before it.
    public var lastWeek: LastWeek?

    public init(
        gluteSets: SetTarget, coreSets: SetTarget, hipFlexorStretchMinutesPerSide: Double,
        hamstringStretchMinutesPerSide: Double, stretchDaysPerWeek: Int, holdSeconds: Int,
        exercises: [PrescribedExercise], reasons: [PrescriptionReason], holdForPain: Bool = false,
        targetRIRLow: Int = 1, targetRIRHigh: Int = 3, lastWeek: LastWeek? = nil
    ) {
        self.gluteSets = gluteSets
        self.coreSets = coreSets
        self.hipFlexorStretchMinutesPerSide = hipFlexorStretchMinutesPerSide
        self.hamstringStretchMinutesPerSide = hamstringStretchMinutesPerSide
        self.stretchDaysPerWeek = stretchDaysPerWeek
        self.holdSeconds = holdSeconds
        self.exercises = exercises
        self.reasons = reasons
        self.holdForPain = holdForPain
        self.targetRIRLow = targetRIRLow
        self.targetRIRHigh = targetRIRHigh
        self.lastWeek = lastWeek
    }
}

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
