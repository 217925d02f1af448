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
        if indicators.rampPerWeek > p.rampLimitPerWeek {
            let allowed = Int(max(p.progressionMinimumSets, p.rampStrengthAdditionFraction * weekly.strengthSets).rounded(.down))
            let gluteAdd = max(0, gluteNext - gluteNow)
            let coreAdd = max(0, coreNext - coreNow)
            if gluteAdd + coreAdd > allowed {
                let gluteShare = Int((Double(allowed * gluteAdd) / Double(gluteAdd + coreAdd)).rounded(.up))
                gluteNext = gluteNow + min(gluteAdd, gluteShare)
                coreNext = coreNow + min(coreAdd, allowed - min(gluteAdd, gluteShare))
                rationale.append(
                    "Endurance load is ramping by \(fmt(indicators.rampPerWeek)) CTL points a week (above \(fmt(p.rampLimitPerWeek, 0))), "
                        + "so new strength sets are limited to \(allowed) this week.")
            }
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
        if let ratio, ratio > p.swapSuggestionRatio, let acwr = indicators.acuteChronicQuads, acwr > p.swapSuggestionACWR {
            rationale.append(
                "Quad load is high and rising (acute:chronic \(fmt(acwr, 2))): swap one squat block for Romanian deadlifts or hip thrusts.")
        }
        let exercises = correctiveExercises(gluteSets: gluteNext, coreSets: coreNext, catalogue: catalogue, p)
        if !exercises.isEmpty {
            rationale.append(
                "Do the exercises at the end of normal workouts; sets are per week, spread over 2–3 sessions.")
        }
        return Prescription(
            gluteSets: SetTarget(current: weekly.gluteSets, next: gluteNext, target: gluteTarget),
            coreSets: SetTarget(current: weekly.coreSets, next: coreNext, target: coreTarget),
            hipFlexorStretchMinutesPerSide: stretchMinutes, hamstringStretchMinutesPerSide: stretchMinutes,
            stretchDaysPerWeek: stretchDays, holdSeconds: p.stretchHoldSeconds, exercises: exercises, rationale: rationale)
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
    /// ranked by quad weight, then low-back weight, preferring different movement patterns.
    public static func correctiveExercises(
        gluteSets: Int, coreSets: Int, catalogue: ExerciseCatalogue, _ p: ModelParameters
    ) -> [PrescribedExercise] {
        let glute = candidates(primary: .glutes, catalogue, p)
        let core = candidates(primary: .core, catalogue, p)
        var gluteCount = min(glute.count, gluteSets >= 6 ? 3 : 2, max(gluteSets, 1))
        var coreCount = min(core.count, coreSets >= 6 ? 2 : 1, max(coreSets, 1))
        while gluteCount + coreCount < p.correctiveMinimumExercises,
            gluteCount < min(glute.count, max(gluteSets, 1)) || coreCount < min(core.count, max(coreSets, 1))
        {
            if gluteCount < min(glute.count, max(gluteSets, 1)) { gluteCount += 1 } else { coreCount += 1 }
        }
        while gluteCount + coreCount > p.correctiveMaximumExercises {
            if gluteCount > coreCount { gluteCount -= 1 } else { coreCount -= 1 }
        }
        return prescribe(diverse(glute, gluteCount), sets: gluteSets, muscle: "glutes", p)
            + prescribe(diverse(core, coreCount), sets: coreSets, muscle: "core", p)
    }

    private static func candidates(primary: MuscleGroup, _ catalogue: ExerciseCatalogue, _ p: ModelParameters) -> [Exercise] {
        catalogue.exercises
            .filter { !$0.isStretch && $0.primaryMuscle == primary && ($0.muscles[.quads] ?? 0) <= p.correctiveMaximumQuadWeight }
            .sorted { (a: Exercise, b: Exercise) -> Bool in
                let keyA = rankKey(a, primary)
                let keyB = rankKey(b, primary)
                return keyA != keyB ? keyA.lexicographicallyPrecedes(keyB) : a.id < b.id
            }
    }

    /// Lower ranks first: quad weight, then low-back weight, then the highest primary weight.
    private static func rankKey(_ exercise: Exercise, _ primary: MuscleGroup) -> [Double] {
        let weights = exercise.weights
        return [weights.quads, weights.lowBack, -weights[primary]]
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
                why: "\(muscle) primary, \(patternText(exercise.pattern)), quad weight \(fmt(quads, 2))")
        }
    }

    private static func patternText(_ pattern: MovementPattern) -> String {
        switch pattern {
        case .hipAbduction: "hip abduction (gluteus medius)"
        case .hipExtension: "hip extension (gluteus maximus)"
        case .antiExtension: "anti-extension"
        case .antiRotation: "anti-rotation"
        case .lateralFlexion: "lateral trunk stability"
        default: pattern.rawValue
        }
    }
}
