import Foundation
import HipBalanceCore

/// The corrective weekly prescription (`model.md` §7.8).
public enum PrescriptionBuilder {
    /// Builds targets, next week's sets, stretching and exercises for one athlete.
    public static func build(
        _ indicators: BalanceIndicators, settings: AthleteSettings, catalogue: ExerciseCatalogue, parameters p: ModelParameters
    ) -> Prescription {
        let weekly = indicators.weekly
        let ratio = indicators.ratios.ratio
        let gluteTarget = gluteTarget(ratio: ratio, unbounded: indicators.ratioUnbounded, p)
        let coreTarget = coreTarget(ratio: ratio, unbounded: indicators.ratioUnbounded, p)
        var gluteNext = nextWeek(current: weekly.gluteSets, target: gluteTarget, p)
        var coreNext = nextWeek(current: weekly.coreSets, target: coreTarget, p)
        var rationale: [String] = []
        let ratioText = ratio.map { fmt($0, 2) } ?? (indicators.ratioUnbounded ? "unbounded" : "not available")
        rationale.append(
            "Glute target \(gluteTarget) direct sets a week for a balance ratio of \(ratioText); core target \(coreTarget).")
        let gluteNow = Int(weekly.gluteSets.rounded())
        let coreNow = Int(weekly.coreSets.rounded())
        if let limited = rampLimited(glute: (gluteNow, gluteNext), core: (coreNow, coreNext), indicators, p) {
            (gluteNext, coreNext) = (limited.glute, limited.core)
            rationale.append(limited.reason)
        }
        rationale.append(
            "Next week: \(gluteNext) glute and \(coreNext) core sets (now \(fmt(weekly.gluteSets)) and \(fmt(weekly.coreSets))), "
                + "rising by at most \(fmt(p.progressionFraction * 100, 0)) % or \(fmt(p.progressionMinimumSets, 0)) sets a week.")
        let stretchReasons = stretchReasons(indicators, settings: settings, p)
        let stretchMinutes = stretchReasons.isEmpty ? p.stretchMinutesDefault : p.stretchMinutesRaised
        let stretchDays = min(7, max(p.minimumStretchDays, Int((stretchMinutes / p.maximumStretchMinutesPerDay).rounded(.up))))
        rationale.append(
            "Stretch hip flexors and hamstrings \(fmt(stretchMinutes, 0)) min per side a week"
                + (stretchReasons.isEmpty ? "" : " (\(stretchReasons.joined(separator: ", ")))")
                + " as \(p.stretchHoldSeconds)-s holds on \(stretchDays) days.")
        if let ratio, ratio > p.swapSuggestionRatio, let acwr = indicators.acuteChronicQuads, acwr > p.swapSuggestionACWR,
            weekly.strength.quads > 0
        {
            rationale.append(
                "Quad load is high and rising (acute:chronic \(fmt(acwr, 2))): swap one squat block for Romanian deadlifts or hip thrusts.")
        }
        // Exercises are listed only for a muscle with sets to add; work that meets its target is kept as it is.
        let gluteGrows = gluteNext > gluteNow
        let coreGrows = coreNext > coreNow
        for (muscle, now, target) in [("Glute", weekly.gluteSets, gluteTarget), ("Core", weekly.coreSets, coreTarget)]
        where Int(now.rounded()) >= target {
            rationale.append("\(muscle) work (\(fmt(now)) sets a week) already meets the target of \(target): keep it.")
        }
        let exercises = correctiveExercises(
            gluteSets: gluteGrows ? gluteNext : 0, coreSets: coreGrows ? coreNext : 0, catalogue: catalogue, p)
        if !exercises.isEmpty {
            rationale.append(
                "The exercises make up next week's sets, per week, spread over 2–3 sessions at the end of normal workouts; "
                    + "sets of similar exercises already in the plan count toward them.")
        }
        return Prescription(
            gluteSets: SetTarget(current: weekly.gluteSets, next: gluteNext, target: gluteTarget),
            coreSets: SetTarget(current: weekly.coreSets, next: coreNext, target: coreTarget),
            hipFlexorStretchMinutesPerSide: stretchMinutes, hamstringStretchMinutesPerSide: stretchMinutes,
            stretchDaysPerWeek: stretchDays, holdSeconds: p.stretchHoldSeconds, exercises: exercises, rationale: rationale)
    }

    /// Next week's glute and core sets when the endurance ramp limits new strength sets to
    /// max(minimum, fraction · current strength sets), shared in proportion; nil when not limited.
    static func rampLimited(
        glute: (now: Int, next: Int), core: (now: Int, next: Int), _ indicators: BalanceIndicators, _ p: ModelParameters
    ) -> (glute: Int, core: Int, reason: String)? {
        guard indicators.rampPerWeek > p.rampLimitPerWeek else { return nil }
        let allowed = Int(max(p.progressionMinimumSets, p.rampStrengthAdditionFraction * indicators.weekly.strengthSets).rounded(.down))
        let gluteAdd = max(0, glute.next - glute.now)
        let coreAdd = max(0, core.next - core.now)
        guard gluteAdd + coreAdd > allowed else { return nil }
        let gluteShare = min(gluteAdd, Int((Double(allowed * gluteAdd) / Double(gluteAdd + coreAdd)).rounded(.up)))
        let reason =
            "Endurance load is ramping by \(fmt(indicators.rampPerWeek)) CTL points a week (above \(fmt(p.rampLimitPerWeek, 0))), "
            + "so new strength sets are limited to \(allowed) this week."
        return (glute.now + gluteShare, core.now + min(coreAdd, allowed - gluteShare), reason)
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
            ? p.coreTargets.count - 1 : p.coreTargetCutoffs.firstIndex { (ratio ?? 0) <= $0 } ?? p.coreTargetCutoffs.count
        return Int(p.coreTargets[index].rounded(.up))
    }

    /// Next week's sets: start at `startingSets` from none, else rise by max(minimum, ⌈fraction · current⌉)
    /// up to the target; never fewer than the athlete does now.
    public static func nextWeek(current: Double, target: Int, _ p: ModelParameters) -> Int {
        let now = Int(current.rounded())
        if now >= target { return now }
        if now == 0 { return min(target, Int(p.startingSets.rounded())) }
        let step = max(Int(p.progressionMinimumSets.rounded()), Int((p.progressionFraction * Double(now)).rounded(.up)))
        return min(target, now + step)
    }

    private static func stretchReasons(_ indicators: BalanceIndicators, settings: AthleteSettings, _ p: ModelParameters) -> [String] {
        var reasons: [String] = []
        if let need = RiskScoring.stretchingNeed(indicators, settings: settings, p) { reasons.append(need) }
        if settings.thomasTestPositive == true { reasons.append("positive Thomas test") }
        return reasons
    }

    /// 3–5 catalogue exercises with low quad involvement: glute exercises first, then core, each
    /// ranked by `candidates(for:)`, preferring different movement patterns; sets are per week.
    public static func correctiveExercises(
        gluteSets: Int, coreSets: Int, catalogue: ExerciseCatalogue, _ p: ModelParameters
    ) -> [PrescribedExercise] {
        let glute = candidates(for: .glutes, catalogue, p)
        let core = candidates(for: .core, catalogue, p)
        // Glutes get 2 exercises (3 from 6 sets), core 1 (2 from 6 sets); more until the minimum when sets allow.
        let gluteLimit = min(glute.count, gluteSets)
        let coreLimit = min(core.count, coreSets)
        var gluteCount = min(gluteLimit, gluteSets >= 6 ? 3 : 2)
        var coreCount = min(coreLimit, coreSets >= 6 ? 2 : 1)
        while gluteCount + coreCount < p.correctiveMinimumExercises, gluteCount < gluteLimit || coreCount < coreLimit {
            if gluteCount < gluteLimit { gluteCount += 1 } else { coreCount += 1 }
        }
        while gluteCount + coreCount > p.correctiveMaximumExercises {
            if gluteCount > coreCount { gluteCount -= 1 } else { coreCount -= 1 }
        }
        return prescribe(diverse(glute, gluteCount), sets: gluteSets, muscle: "glutes", p)
            + prescribe(diverse(core, coreCount), sets: coreSets, muscle: "core", p)
    }

    /// Movement patterns that count as corrective work for each target muscle.
    static let correctivePatterns: [MuscleGroup: Set<MovementPattern>] = [
        .glutes: [.hipAbduction, .hipExtension],
        .core: [.antiExtension, .antiRotation, .lateralFlexion, .trunkFlexion],
    ]

    /// Catalogue exercises with `muscle` as primary muscle, in a corrective pattern, with little
    /// quad involvement; the team's preferences first, then by score.
    static func candidates(for muscle: MuscleGroup, _ catalogue: ExerciseCatalogue, _ p: ModelParameters) -> [Exercise] {
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

    /// Spreads `sets` a week over `exercises`, the remainder to the first ones.
    private static func prescribe(_ exercises: [Exercise], sets: Int, muscle: String, _ p: ModelParameters) -> [PrescribedExercise] {
        guard !exercises.isEmpty else { return [] }
        let base = sets / exercises.count
        let extra = sets % exercises.count
        return exercises.enumerated().map { index, exercise in
            let amount = exercise.timed ? "\(p.stretchHoldSeconds) s" : "\(p.correctiveReps)"
            let quads = exercise.muscles[.quads] ?? 0
            return PrescribedExercise(
                exerciseID: exercise.id, name: exercise.name, sets: max(1, base + (index < extra ? 1 : 0)),
                reps: exercise.unilateral ? "\(amount) per side" : amount,
                why: "trains the \(muscle) with \(quads == 0 ? "no" : "little") quad involvement: \(patternText(exercise.pattern))")
        }
    }

    private static func patternText(_ pattern: MovementPattern) -> String {
        switch pattern {
        case .hipAbduction: "hip abduction (gluteus medius)"
        case .hipExtension: "hip extension (gluteus maximus)"
        case .antiExtension: "anti-extension trunk stability"
        case .antiRotation: "anti-rotation trunk stability"
        case .lateralFlexion: "lateral trunk stability (side bridge)"
        case .trunkFlexion: "trunk flexion"
        default: pattern.rawValue
        }
    }
}
