import HipBalanceCore

/// What one strength session contributes (`model.md` §7.3).
public struct StrengthDose: Sendable, Hashable {
    /// Σ e · W over counted sets, set-equivalents per muscle group.
    public var load = MuscleVector()
    /// Σ q · (e · W).total, for the confidence score.
    public var qualityWeightedLoad = 0.0
    /// Stretching minutes per side credited to each lengthened muscle.
    public var stretchMinutes = MuscleVector()
    /// Effective sets whose primary muscle is glutes / core.
    public var gluteSets = 0.0
    public var coreSets = 0.0
    /// Effective sets of every counted (non-stretch) exercise.
    public var effectiveSets = 0.0
    /// Working sets counted, and those without logged effort.
    public var countedSets = 0
    public var setsWithoutEffort = 0
    /// Sets not counted because their exercise is unknown, by name as written.
    public var unknownSets: [String: Int] = [:]

    public init() {}

    /// The dose of `session` with exercises looked up in `catalogue`.
    public static func of(_ session: StrengthSession, catalogue: ExerciseCatalogue, parameters: ModelParameters) -> StrengthDose {
        var dose = StrengthDose()
        for set in session.sets {
            guard let id = set.exerciseID, let exercise = catalogue[id] else {
                dose.unknownSets[set.exerciseName, default: 0] += 1
                continue
            }
            if exercise.isStretch {
                // A stretch marked as a warm-up set is still stretching: count its minutes whatever the kind.
                let minutes = (set.durationSeconds.flatMap { $0 > 0 ? $0 : nil } ?? parameters.defaultHoldSeconds) / 60
                for group in exercise.lengthens { dose.stretchMinutes[group] += minutes }
                continue
            }
            let (value, quality) = effectiveValue(of: set, parameters)
            let contribution = exercise.weights * value
            dose.load += contribution
            dose.qualityWeightedLoad += quality * contribution.total
            dose.effectiveSets += value
            if set.kind != .warmup {
                dose.countedSets += 1
                if set.rpe == nil && set.rir == nil && set.kind != .failure { dose.setsWithoutEffort += 1 }
            }
            switch exercise.primaryMuscle {
            case .glutes: dose.gluteSets += value
            case .core: dose.coreSets += value
            default: break
            }
        }
        return dose
    }

    /// Effective-set value e and quality q of one set: 1 at RIR ≤ 3 (RPE ≥ 7), 0.5 at RIR 4–5,
    /// 0 above or for warm-ups, 0.75 (q 0.7) when effort is not logged; failure sets count fully.
    public static func effectiveValue(of set: StrengthSet, _ p: ModelParameters) -> (value: Double, quality: Double) {
        if set.kind == .warmup { return (0, p.qStrengthWithEffort) }
        let rir = set.rir ?? set.rpe.map { 10 - $0 } ?? (set.kind == .failure ? 0 : nil)
        guard let rir else { return (p.missingEffortSetValue, p.qStrengthMissingEffort) }
        let value = rir <= p.fullSetMaxRIR ? 1 : rir <= p.partialSetMaxRIR ? p.partialSetValue : 0
        return (value, p.qStrengthWithEffort)
    }
}
