import HipBalanceCore

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
