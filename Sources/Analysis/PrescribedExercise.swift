import HipBalanceCore

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
