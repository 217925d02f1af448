import HipBalanceCore

/// What a risk factor found, with the numbers behind it. Reports turn it into a sentence.
///
/// The six kinds are the model's non-overlapping groups (`docs/model.md` §6): balance, glute
/// dose, core dose, tightness, endurance load change and pain.
public enum RiskFactorKind: Sendable, Hashable, Codable {
    /// BR = (quads + low back) ÷ (glutes + core) of the weekly dose (`ratio` nil: unbounded, glutes
    /// and core carry nothing), the cut-off it exceeds (nil when none), the points the ratio alone
    /// would give and how many of them the glute and core dose factors already count.
    case balanceRatio(
        ratio: Double?, numerator: Double, denominator: Double, cutoff: Double?, ratioPoints: Int, overlap: Int)
    /// Credited glute sets a week (chronic), the lowest threshold they fall below (nil: none) and
    /// the prescription's target.
    case gluteDose(sets: Double, threshold: Double?, target: Int, notAssessed: NotAssessedReason?)
    /// Credited core sets a week (chronic), as for glutes.
    case coreDose(sets: Double, threshold: Double?, target: Int, notAssessed: NotAssessedReason?)
    /// Hip-flexor and hamstring stretching minutes per side a week against the minimum, with the
    /// reasons stretching is needed (ride share above its threshold, sitting hours above theirs).
    case tightness(
        hipFlexorMinutes: Double, hamstringMinutes: Double, minimum: Double, rideShare: Double?, sittingHours: Double?)
    /// Acute:chronic ratio of endurance load on the quads and low back against the spike limit.
    case enduranceLoadChange(quads: Double?, lowBack: Double?, limit: Double)
    /// Low-back pain reported by the athlete or coach.
    case lowBackPain
}
