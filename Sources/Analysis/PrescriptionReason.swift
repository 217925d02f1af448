import HipBalanceCore

/// Why the prescription is what it is, as facts; Reports words them.
public enum PrescriptionReason: Sendable, Hashable, Codable {
    /// The targets and the balance ratio they follow from (`ratio` nil and `unbounded` false: no ratio yet).
    case targets(glute: Int, core: Int, ratio: Double?, unbounded: Bool)
    /// The endurance ramp limits new strength sets to `allowed` this week.
    case rampLimited(rampPerWeek: Double, limit: Double, allowed: Int)
    /// Next week's sets against those logged in the last 7 days, and the progression rule.
    case progression(
        gluteNext: Int, coreNext: Int, gluteDone: Double, coreDone: Double, fraction: Double, minimumSets: Double)
    /// Low-back pain: nothing increases until a clinician has seen the athlete.
    case painHold(gluteSets: Int, coreSets: Int)
    /// Stretching dose and delivery, and why it is raised (nil reasons: default dose).
    case stretching(
        minutes: Double, holdSeconds: Int, days: Int, rideShare: Double?, sittingHours: Double?, thomasTest: Bool)
    /// Quad load is high and rising: swap one squat block for a hinge or hip thrust.
    case swapSquat(acuteChronic: Double)
    /// A muscle's sets already meet the target: keep them.
    case meetsTarget(muscle: TargetMuscle, sets: Double, target: Int)
    /// How the exercise list is built: own exercises progressed first, then new ones, at an effort of
    /// `rirLow`–`rirHigh` reps in reserve.
    case exercisePlan(ownExercises: Int, newExercises: Int, rirLow: Int, rirHigh: Int)
    /// No strength log and `strengthTraining` unset: log strength work that is done, or state none.
    case strengthUnknown
}
