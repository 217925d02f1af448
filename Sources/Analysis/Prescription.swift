import HipBalanceCore

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
