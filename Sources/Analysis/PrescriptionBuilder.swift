import Foundation
import HipBalanceCore

/// The corrective weekly prescription (`docs/model.md` §8).
public enum PrescriptionBuilder {
    /// Builds targets, next week's sets, stretching and exercises for one athlete, with last
    /// week's prescription (recomputed as of `asOf − 7 days`) against what was logged since.
    public static func build(
        _ indicators: BalanceIndicators, ledger: MuscleLoadLedger, settings: AthleteSettings,
        strengthTraining: StrengthTrainingStatus, catalogue: ExerciseCatalogue, parameters p: ModelParameters
    ) -> Prescription {
        var prescription = plan(
            indicators, ledger: ledger, settings: settings, strengthTraining: strengthTraining, catalogue: catalogue, p)
        if let earlier = ledger.truncated(by: 7) {
            let before = plan(
                BalanceIndicators(earlier, parameters: p), ledger: earlier, settings: settings,
                strengthTraining: strengthTraining, catalogue: catalogue, p)
            prescription.lastWeek = LastWeek(
                gluteSets: Adherence(prescribed: before.gluteSets.next, done: prescription.gluteSets.current),
                coreSets: Adherence(prescribed: before.coreSets.next, done: prescription.coreSets.current))
        }
        return prescription
    }

    /// The prescription as of the ledger's `asOf`, without last week's.
    static func plan(
        _ indicators: BalanceIndicators, ledger: MuscleLoadLedger, settings: AthleteSettings,
        strengthTraining: StrengthTrainingStatus, catalogue: ExerciseCatalogue, _ p: ModelParameters
    ) -> Prescription {
        let weekly = indicators.weekly
        let ratio = indicators.ratios.ratio
        let gluteTarget = gluteTarget(ratio: ratio, unbounded: indicators.ratioUnbounded, p)
        let coreTarget = coreTarget(ratio: ratio, unbounded: indicators.ratioUnbounded, p)
        // Progression starts from what was logged in the last 7 days, not the lagging 28-day average.
        let lastWeek = ledger.sumOfLast(7)
        let gluteDone = lastWeek.gluteSetsLogged
        let coreDone = lastWeek.coreSetsLogged
        let gluteNow = Int(gluteDone.rounded())
        let coreNow = Int(coreDone.rounded())
        var reasons: [PrescriptionReason] = [
            .targets(glute: gluteTarget, core: coreTarget, ratio: ratio, unbounded: indicators.ratioUnbounded)
        ]
        if strengthTraining == .unknown { reasons.append(.strengthUnknown) }
        let pain = settings.lowBackPain == true
        var gluteNext = gluteNow
        var coreNext = coreNow
        if pain {
            reasons.append(.painHold(gluteSets: gluteNow, coreSets: coreNow))
        } else {
            gluteNext = nextWeek(done: gluteNow, target: gluteTarget, p)
            coreNext = nextWeek(done: coreNow, target: coreTarget, p)
            if let limited = rampLimited(glute: (gluteNow, gluteNext), core: (coreNow, coreNext), indicators, p) {
                (gluteNext, coreNext) = (limited.glute, limited.core)
                reasons.append(
                    .rampLimited(
                        rampPerWeek: indicators.rampPerWeek, limit: p.rampLimitPerWeek, allowed: limited.allowed))
            }
            reasons.append(
                .progression(
                    gluteNext: gluteNext, coreNext: coreNext, gluteDone: gluteDone, coreDone: coreDone,
                    fraction: p.progressionFraction, minimumSets: p.progressionMinimumSets))
        }
        let need = RiskScoring.stretchingNeed(indicators, settings: settings, p)
        let thomas = settings.thomasTestPositive == true
        let raised = need.rideShare != nil || need.sittingHours != nil || thomas
        var hipFlexorMinutes = raised ? p.stretchMinutesRaised : p.stretchMinutesDefault
        var hamstringMinutes = hipFlexorMinutes
        if pain {
            // Nothing in the plan increases until a clinician has seen the athlete.
            hipFlexorMinutes = min(hipFlexorMinutes, (weekly.stretchMinutes.hipFlexors * 2).rounded(.down) / 2)
            hamstringMinutes = min(hamstringMinutes, (weekly.stretchMinutes.hamstrings * 2).rounded(.down) / 2)
        }
        let stretchMinutes = max(hipFlexorMinutes, hamstringMinutes)
        let stretchDays = min(
            7, max(p.minimumStretchDays, Int((stretchMinutes / p.maximumStretchMinutesPerDay).rounded(.up))))
        if stretchMinutes > 0 {
            reasons.append(
                .stretching(
                    minutes: stretchMinutes, holdSeconds: p.stretchHoldSeconds, days: stretchDays,
                    rideShare: need.rideShare,
                    sittingHours: need.sittingHours, thomasTest: thomas))
        }
        if !pain, let ratio, ratio > p.swapSuggestionRatio, let acwr = indicators.acuteChronicQuads,
            acwr > p.swapSuggestionACWR,
            weekly.strength.quads > 0
        {
            reasons.append(.swapSquat(acuteChronic: acwr))
        }
        for (muscle, done, target) in [(TargetMuscle.glutes, gluteDone, gluteTarget), (.core, coreDone, coreTarget)]
        where Int(done.rounded()) >= target {
            reasons.append(.meetsTarget(muscle: muscle, sets: done, target: target))
        }
        var exercises: [PrescribedExercise] = []
        let own = ownExercises(ledger.exercisesOfLast(7), catalogue, p)
        // The increase is counted from what was done, not its rounding, so that the list adds up to next week's sets.
        exercises += grow(.glutes, own: own.glutes, add: pain ? 0 : Double(gluteNext) - gluteDone, catalogue, p)
        exercises += grow(
            .core, own: own.core, add: pain ? 0 : Double(coreNext) - coreDone, catalogue, p,
            excluding: Set(exercises.map(\.exerciseID)))
        if pain {
            exercises += motorControl(catalogue, p).filter { item in
                !exercises.contains { $0.exerciseID == item.exerciseID }
            }
        } else {
            if exercises.contains(where: { $0.addedSets > 0 }) {
                reasons.append(
                    .exercisePlan(
                        ownExercises: exercises.filter(\.own).count, newExercises: exercises.filter { !$0.own }.count,
                        rirLow: p.targetRIRLow, rirHigh: p.targetRIRHigh))
            }
        }
        return Prescription(
            gluteSets: SetTarget(current: gluteDone, next: gluteNext, target: gluteTarget, chronic: weekly.gluteSets),
            coreSets: SetTarget(current: coreDone, next: coreNext, target: coreTarget, chronic: weekly.coreSets),
            hipFlexorStretchMinutesPerSide: hipFlexorMinutes, hamstringStretchMinutesPerSide: hamstringMinutes,
            stretchDaysPerWeek: stretchDays, holdSeconds: p.stretchHoldSeconds, exercises: exercises, reasons: reasons,
            holdForPain: pain, targetRIRLow: p.targetRIRLow, targetRIRHigh: p.targetRIRHigh)
    }

    /// Next week's glute and core sets when the endurance ramp limits new strength sets to
    /// max(minimum, fraction · current strength sets), shared in proportion; nil when not limited.
    static func rampLimited(
        glute: (now: Int, next: Int), core: (now: Int, next: Int), _ indicators: BalanceIndicators, _ p: ModelParameters
    ) -> (glute: Int, core: Int, allowed: Int)? {
        guard indicators.rampPerWeek > p.rampLimitPerWeek else { return nil }
        let allowed = Int(
            max(p.progressionMinimumSets, p.rampStrengthAdditionFraction * indicators.weekly.strengthSets).rounded(
                .down))
        let gluteAdd = max(0, glute.next - glute.now)
        let coreAdd = max(0, core.next - core.now)
        guard gluteAdd + coreAdd > allowed else { return nil }
        let gluteShare = min(gluteAdd, Int((Double(allowed * gluteAdd) / Double(gluteAdd + coreAdd)).rounded(.up)))
        return (glute.now + gluteShare, core.now + min(coreAdd, allowed - gluteShare), allowed)
    }

    /// G* = min(max, base + slope · max(0, BR − pivot)), rounded up; the maximum when BR is unbounded.
    public static func gluteTarget(ratio: Double?, unbounded: Bool, _ p: ModelParameters) -> Int {
        let excess = unbounded ? Double.infinity : max(0, (ratio ?? 0) - p.gluteTargetPivot)
        return Int(min(p.gluteTargetMax, p.gluteTargetBase + p.gluteTargetSlope * excess).rounded(.up))
    }

    /// C* by BR band (6 / 9 / 12 by default).
    public static func coreTarget(ratio: Double?, unbounded: Bool, _ p: ModelParameters) -> Int {
        let index =
            unbounded
            ? p.coreTargets.count - 1
            : p.coreTargetCutoffs.firstIndex { (ratio ?? 0) <= $0 } ?? p.coreTargetCutoffs.count
        return Int(p.coreTargets[index].rounded(.up))
    }

    /// Next week's sets from `done` (logged in the last 7 days): `startingSets` from none, else
    /// done + max(minimum, ⌈fraction · done⌉) up to the target; never fewer than done.
    public static func nextWeek(done: Int, target: Int, _ p: ModelParameters) -> Int {
        if done >= target { return done }
        if done == 0 { return min(target, Int(p.startingSets.rounded())) }
        let step = max(
            Int(p.progressionMinimumSets.rounded()), Int((p.progressionFraction * Double(done)).rounded(.up)))
        return min(target, done + step)
    }

    /// The athlete's own glute and core exercises of the last 7 days: those that train glutes or
    /// core as a main muscle (weight ≥ `ownExerciseMinimumWeight`) with little quad involvement
    /// (≤ `correctiveMaximumQuadWeight`), each under the muscle it trains more (glutes on a tie),
    /// most credited first. Squats and leg presses credit the glutes but are not progressed for them.
    static func ownExercises(_ recent: [String: ExerciseSets], _ catalogue: ExerciseCatalogue, _ p: ModelParameters)
        -> (glutes: [(Exercise, ExerciseSets)], core: [(Exercise, ExerciseSets)])
    {
        var glutes: [(Exercise, ExerciseSets)] = []
        var core: [(Exercise, ExerciseSets)] = []
        for (id, sets) in recent.sorted(by: { $0.key < $1.key }) {
            guard let exercise = catalogue[id], sets.sets > 0, !exercise.isStretch else { continue }
            let weights = exercise.weights
            guard weights.quads <= p.correctiveMaximumQuadWeight,
                max(weights.glutes, weights.core) >= p.ownExerciseMinimumWeight
            else { continue }
            if weights.glutes >= weights.core { glutes.append((exercise, sets)) } else { core.append((exercise, sets)) }
        }
        let order: ((Exercise, ExerciseSets), (Exercise, ExerciseSets)) -> Bool = { a, b in
            let creditA = a.1.gluteCredit + a.1.coreCredit
            let creditB = b.1.gluteCredit + b.1.coreCredit
            return creditA != creditB ? creditA > creditB : a.0.id < b.0.id
        }
        return (glutes.sorted(by: order), core.sorted(by: order))
    }

    /// The exercises for `muscle` next week: the athlete's own, kept as logged, and `add` more
    /// credited sets, on the own exercises first (each up to `ownExerciseMaximumAddedSets` more),
    /// then on new low-quad corrective exercises.
    static func grow(
        _ muscle: TargetMuscle, own: [(Exercise, ExerciseSets)], add: Double, _ catalogue: ExerciseCatalogue,
        _ p: ModelParameters, excluding: Set<String> = []
    ) -> [PrescribedExercise] {
        let group: MuscleGroup = muscle == .glutes ? .glutes : .core
        var items = own.filter { !excluding.contains($0.0.id) }.map { exercise, sets in
            PrescribedExercise(
                exerciseID: exercise.id, name: exercise.name, muscle: muscle, sets: sets.sets, addedSets: 0, own: true,
                reps: nil, holdSeconds: nil, perSide: exercise.unilateral, pattern: exercise.pattern,
                quadWeight: exercise.weights.quads)
        }
        var remaining = max(0, add)
        var progressed = true
        while remaining > 1e-9 && progressed {
            progressed = false
            for index in items.indices where remaining > 1e-9 && items[index].addedSets < p.ownExerciseMaximumAddedSets
            {
                let credit = StrengthDose.credit(catalogue[items[index].exerciseID]?.weights[group] ?? 0, p)
                guard credit > 0 else { continue }
                items[index].sets += 1
                items[index].addedSets += 1
                remaining -= credit
                progressed = true
            }
        }
        let newSets = Int(remaining.rounded(.up))
        guard newSets > 0 else { return items }
        let taken = excluding.union(items.map(\.exerciseID))
        let candidates = candidates(for: group, catalogue, p).filter { !taken.contains($0.id) }
        let wanted = muscle == .glutes ? (newSets >= 6 ? 3 : newSets >= 3 ? 2 : 1) : (newSets >= 4 ? 2 : 1)
        let chosen = diverse(candidates, min(wanted, newSets))
        guard !chosen.isEmpty else { return items }
        let base = newSets / chosen.count
        let extra = newSets % chosen.count
        return items
            + chosen.enumerated().map { index, exercise in
                let sets = base + (index < extra ? 1 : 0)
                return PrescribedExercise(
                    exerciseID: exercise.id, name: exercise.name, muscle: muscle, sets: sets, addedSets: sets,
                    own: false,
                    reps: exercise.timed ? nil : p.correctiveReps,
                    holdSeconds: exercise.timed ? p.stretchHoldSeconds : nil,
                    perSide: exercise.unilateral, pattern: exercise.pattern, quadWeight: exercise.weights.quads)
            }
    }

    /// Unloaded motor-control work offered, with pain, only once a clinician has cleared the athlete.
    static func motorControl(_ catalogue: ExerciseCatalogue, _ p: ModelParameters) -> [PrescribedExercise] {
        ["bird-dog", "dead-bug"].compactMap { catalogue[$0] }.map { exercise in
            PrescribedExercise(
                exerciseID: exercise.id, name: exercise.name, muscle: .core, sets: 2, addedSets: 0, own: false,
                reps: exercise.timed ? nil : 8, holdSeconds: exercise.timed ? 10 : nil, perSide: exercise.unilateral,
                pattern: exercise.pattern, quadWeight: exercise.weights.quads, onceCleared: true)
        }
    }

    /// Movement patterns that count as corrective work for each target muscle.
    static let correctivePatterns: [MuscleGroup: Set<MovementPattern>] = [
        .glutes: [.hipAbduction, .hipExtension],
        .core: [.antiExtension, .antiRotation, .lateralFlexion, .trunkFlexion],
    ]

    /// Catalogue exercises with `muscle` as primary muscle, in a corrective pattern, with little
    /// quad involvement; the team's preferences first, then by score.
    static func candidates(for muscle: MuscleGroup, _ catalogue: ExerciseCatalogue, _ p: ModelParameters) -> [Exercise]
    {
        let patterns = correctivePatterns[muscle] ?? []
        let qualifying = catalogue.exercises.filter { exercise in
            !exercise.isStretch && exercise.primaryMuscle == muscle && patterns.contains(exercise.pattern)
                && exercise.weights.quads <= p.correctiveMaximumQuadWeight
        }
        let preference = Dictionary(p.correctivePreferences.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        return qualifying.sorted { a, b in
            let rankA = preference[a.id] ?? Int.max
            let rankB = preference[b.id] ?? Int.max
            if rankA != rankB { return rankA < rankB }
            let scoreA = correctiveScore(a, muscle)
            let scoreB = correctiveScore(b, muscle)
            return scoreA != scoreB ? scoreA > scoreB : a.id < b.id
        }
    }

    /// The target muscle's weight counts for; quad, and half as much low-back and hip-flexor, involvement against.
    static func correctiveScore(_ exercise: Exercise, _ muscle: MuscleGroup) -> Double {
        let weights = exercise.weights
        return weights[muscle] - weights.quads - 0.5 * (weights.lowBack + weights.hipFlexors)
    }

    /// The first `count` of `ranked`, taking one per movement pattern before repeating a pattern.
    private static func diverse(_ ranked: [Exercise], _ count: Int) -> [Exercise] {
        var chosen: [Exercise] = []
        var patterns: Set<MovementPattern> = []
        for exercise in ranked where chosen.count < count && !patterns.contains(exercise.pattern) {
            chosen.append(exercise)
            patterns.insert(exercise.pattern)
        }
        for exercise in ranked where chosen.count < count && !chosen.contains(exercise) {
            chosen.append(exercise)
        }
        return chosen
    }

}
