import HipBalanceCore

/// What one strength session contributes (`docs/model.md` §4).
public struct StrengthDose: Sendable, Hashable {
    /// Σ e · W over counted sets, set-equivalents per muscle group.
    public var load = MuscleVector()
    /// Σ W over working sets logged without effort: the part of `load` that scales with
    /// `missingEffortSetValue` (kept apart for the band probabilities).
    public var missingEffortUnits = MuscleVector()
    /// Σ q over working sets, for the confidence score when there is no endurance load.
    public var qualitySum = 0.0
    /// Stretching minutes per side credited to each lengthened muscle.
    public var stretchMinutes = MuscleVector()
    /// Credited sets: Σ e · W(glutes) over sets whose glute weight is at least
    /// `directCreditMinimumWeight`; likewise for core.
    public var gluteSets = 0.0
    public var coreSets = 0.0
    /// The part of the credited sets from sets without logged effort, per unit of effort value.
    public var gluteMissingEffortUnits = 0.0
    public var coreMissingEffortUnits = 0.0
    /// Sets as the athlete counts them, for progression: a set without logged effort counts as
    /// done (1 · W), a set with logged effort as its effective value.
    public var gluteSetsLogged = 0.0
    public var coreSetsLogged = 0.0
    /// Effective sets of every counted (non-stretch) exercise.
    public var effectiveSets = 0.0
    /// Working sets counted (known exercises), and those without logged effort.
    public var countedSets = 0
    public var setsWithoutEffort = 0
    /// Counted sets (`SetKind.isCounted`: warm-ups left out) whose exercise is unknown, by name as
    /// written.
    public var unknownSets: [String: Int] = [:]
    /// Sets logged per known exercise id (working sets with their credited value), for the prescription.
    public var exercises: [String: ExerciseSets] = [:]

    public init() {}

    /// The dose of `session` with exercises looked up in `catalogue`.
    public static func of(_ session: StrengthSession, catalogue: ExerciseCatalogue, parameters p: ModelParameters)
        -> StrengthDose
    {
        var dose = StrengthDose()
        for set in session.sets {
            guard let id = set.exerciseID, let exercise = catalogue[id] else {
                // Counted as `UnknownExercise.counts` counts for the report and `inspect` (an id the
                // catalogue lacks, which the resolver never gives, is unknown here too).
                if set.kind.isCounted { dose.unknownSets[set.exerciseName, default: 0] += 1 }
                continue
            }
            if exercise.isStretch {
                // A stretch marked as a warm-up set is still stretching: count its minutes whatever the kind.
                let minutes = (set.durationSeconds.flatMap { $0 > 0 ? $0 : nil } ?? p.defaultHoldSeconds) / 60
                for group in exercise.lengthens { dose.stretchMinutes[group] += minutes }
                continue
            }
            let (value, quality) = effectiveValue(of: set, exercise: exercise, p)
            let weights = exercise.weights
            dose.load += weights * value
            dose.effectiveSets += value
            guard set.kind.isCounted else { continue }
            let missingEffort = set.rpe == nil && set.rir == nil && set.kind != .failure
            let logged = missingEffort ? 1 : value
            dose.countedSets += 1
            dose.qualitySum += quality
            if missingEffort {
                dose.setsWithoutEffort += 1
                dose.missingEffortUnits += weights
            }
            let glute = credit(weights.glutes, p)
            let core = credit(weights.core, p)
            dose.gluteSets += value * glute
            dose.coreSets += value * core
            dose.gluteSetsLogged += logged * glute
            dose.coreSetsLogged += logged * core
            if missingEffort {
                dose.gluteMissingEffortUnits += glute
                dose.coreMissingEffortUnits += core
            }
            dose.exercises[id, default: ExerciseSets()].add(sets: 1, glutes: logged * glute, core: logged * core)
        }
        return dose
    }

    /// The weight a set credits to a muscle's direct sets: the catalogue weight from
    /// `directCreditMinimumWeight` up, else 0.
    public static func credit(_ weight: Double, _ p: ModelParameters) -> Double {
        weight >= p.directCreditMinimumWeight ? weight : 0
    }

    /// True for low-load glute isolation: hip abduction (clamshells, side-lying or banded
    /// abduction), or hip extension with glutes as the primary muscle logged without external load
    /// (bridges).
    public static func isLowLoadGluteIsolation(_ set: StrengthSet, _ exercise: Exercise) -> Bool {
        guard exercise.primaryMuscle == .glutes else { return false }
        switch exercise.pattern {
        case .hipAbduction: return true
        case .hipExtension: return (set.loadKilograms ?? 0) <= 0
        default: return false
        }
    }

    /// Effective-set value e and quality q of one set: 1 at RIR ≤ 3 (RPE ≥ 7), 0.5 at RIR 4–5
    /// (up to RIR 6 for low-load glute isolation), 0 above or for warm-ups, 0.75 (q 0.7) when
    /// effort is not logged; failure sets count fully.
    public static func effectiveValue(of set: StrengthSet, exercise: Exercise? = nil, _ p: ModelParameters) -> (
        value: Double, quality: Double
    ) {
        guard set.kind.isCounted else { return (0, p.qStrengthWithEffort) }
        let rir = set.rir ?? set.rpe.map { 10 - $0 } ?? (set.kind == .failure ? 0 : nil)
        guard let rir else { return (p.missingEffortSetValue, p.qStrengthMissingEffort) }
        let partialLimit =
            exercise.map { isLowLoadGluteIsolation(set, $0) } == true
            ? max(p.partialSetMaxRIR, p.isolationPartialSetMaxRIR) : p.partialSetMaxRIR
        let value = rir <= p.fullSetMaxRIR ? 1 : rir <= partialLimit ? p.partialSetValue : 0
        return (value, p.qStrengthWithEffort)
    }
}
