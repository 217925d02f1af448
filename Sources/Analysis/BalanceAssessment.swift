import HipBalanceCore

/// Risk bands of `model.md` §7.6.
public enum RiskBand: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case low
    case moderate
    case high
    case veryHigh = "very-high"

    public static func < (lhs: RiskBand, rhs: RiskBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum Confidence: String, Sendable, Hashable, Codable, CaseIterable {
    case high
    case medium
    case low
}

/// One reason behind the risk points, with the numbers that produced it.
public struct RiskFactor: Sendable, Hashable, Codable {
    /// Stable id (`balance-ratio`, `glute-sets`, `core-sets`, `stretching`, `load-spike`, `low-back-pain`).
    public var id: String
    public var points: Int
    /// One sentence a person can read, with the numbers behind it.
    public var detail: String

    public init(id: String, points: Int, detail: String) {
        self.id = id
        self.points = points
        self.detail = detail
    }
}

public struct RiskAssessment: Sendable, Hashable, Codable {
    /// Nil when there is too little history for a band (`noBandReason` says why).
    public var band: RiskBand?
    public var points: Int
    public var confidence: Confidence
    /// The confidence score c of §7.7, 0…1.
    public var confidenceScore: Double
    /// True when confidence is low: the band is capped and should be read as provisional.
    public var provisional: Bool
    public var factors: [RiskFactor]
    public var noBandReason: String?
    /// Present when the athlete reported pain: advice to see a clinician.
    public var clinicianNote: String?

    public init(
        band: RiskBand?, points: Int, confidence: Confidence, confidenceScore: Double, provisional: Bool,
        factors: [RiskFactor], noBandReason: String? = nil, clinicianNote: String? = nil
    ) {
        self.band = band
        self.points = points
        self.confidence = confidence
        self.confidenceScore = confidenceScore
        self.provisional = provisional
        self.factors = factors
        self.noBandReason = noBandReason
        self.clinicianNote = clinicianNote
    }
}

/// The balance ratio BR = (quads + lowBack) / (glutes + core); nil where the denominator is 0.
public struct BalanceRatios: Sendable, Hashable, Codable {
    public var ratio: Double?
    public var enduranceRatio: Double?
    public var strengthRatio: Double?

    public init(ratio: Double?, enduranceRatio: Double?, strengthRatio: Double?) {
        self.ratio = ratio
        self.enduranceRatio = enduranceRatio
        self.strengthRatio = strengthRatio
    }
}

public struct SetTarget: Sendable, Hashable, Codable {
    /// Direct sets per week now (chronic average).
    public var current: Double
    /// Sets to do next week (capped progression).
    public var next: Int
    /// Where progression is heading.
    public var target: Int

    public init(current: Double, next: Int, target: Int) {
        self.current = current
        self.next = next
        self.target = target
    }
}

/// One corrective exercise in the prescription.
public struct PrescribedExercise: Sendable, Hashable, Codable {
    public var exerciseID: String
    public var name: String
    /// Sets per week (the week's total for this exercise, spread over 2–3 sessions).
    public var sets: Int
    /// Repetitions or hold, as a person reads it (`12`, `10 per side`, `30 s`).
    public var reps: String
    /// Why this one (`low quad involvement, gluteus medius`).
    public var why: String

    public init(exerciseID: String, name: String, sets: Int, reps: String, why: String) {
        self.exerciseID = exerciseID
        self.name = name
        self.sets = sets
        self.reps = reps
        self.why = why
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
    /// Why the targets are what they are, in plain sentences.
    public var rationale: [String]

    public init(
        gluteSets: SetTarget, coreSets: SetTarget, hipFlexorStretchMinutesPerSide: Double,
        hamstringStretchMinutesPerSide: Double, stretchDaysPerWeek: Int, holdSeconds: Int,
        exercises: [PrescribedExercise], rationale: [String]
    ) {
        self.gluteSets = gluteSets
        self.coreSets = coreSets
        self.hipFlexorStretchMinutesPerSide = hipFlexorStretchMinutesPerSide
        self.hamstringStretchMinutesPerSide = hamstringStretchMinutesPerSide
        self.stretchDaysPerWeek = stretchDaysPerWeek
        self.holdSeconds = holdSeconds
        self.exercises = exercises
        self.rationale = rationale
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
    /// Acute:chronic ratios, spike flag only; nil without chronic load.
    public var acuteChronicQuads: Double?
    public var acuteChronicLowBack: Double?
    /// Direct sets per week (chronic) with glutes / core as primary muscle.
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
    public var missingSettings: [String]
    /// Plain-language notes on data quality (`3 runs had no elevation`).
    public var dataNotes: [String]
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
        weeks: [WeekSummary], missingSettings: [String], dataNotes: [String], disclaimer: String,
        balanceCutoffs: [Double] = [1.5, 2, 3], chronicTrainingLoad: Double = 0, rampPerWeek: Double = 0
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
    }
}
