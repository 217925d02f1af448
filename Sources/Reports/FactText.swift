import Analysis
import HipBalanceCore

/// The sentences for the model's facts: risk factors, data notes, missing settings, the reason
/// for no band and the prescription's reasons. Every format words them through here.
enum FactText {
    // MARK: Risk factors

    /// The factor's group name (`Glute dose`).
    static func title(_ factor: RiskFactor) -> String {
        switch factor.kind {
        case .balanceRatio: "Balance"
        case .gluteDose: "Glute dose"
        case .coreDose: "Core dose"
        case .tightness: "Tightness"
        case .enduranceLoadChange: "Endurance load change"
        case .lowBackPain: "Pain"
        }
    }

    /// `+2`, `0`, `not assessed`.
    static func points(_ factor: RiskFactor) -> String {
        factor.status == .notAssessed ? "not assessed" : factor.points > 0 ? "+\(factor.points)" : "0"
    }

    /// One sentence with the numbers behind the factor; `later` is the data after the day analysed.
    static func detail(_ factor: RiskFactor, later: LaterData?) -> String {
        switch factor.kind {
        case .balanceRatio(let ratio, let numerator, let denominator, let cutoff, let ratioPoints, let overlap):
            guard let ratio else {
                return numerator > 0
                    ? "Quads and low back carry \(Format.load(numerator)) set-equivalents a week while glutes and core carry none."
                    : later.map { "No balance ratio yet: no quad, low-back, glute or core load up to \($0.asOf)." }
                        ?? "No balance ratio yet: no quad, low-back, glute or core load is recorded."
            }
            var text =
                "Quad + low-back load is \(Format.fixed(ratio, digits: 2))× glute + core load "
                + "(\(Format.load(numerator)) vs \(Format.load(denominator)) set-equivalents a week)"
            if let cutoff {
                text += ", above \(Format.trimmed(cutoff, digits: 2))."
            } else {
                text += ": balanced."
            }
            if overlap > 0 {
                text +=
                    " The glute and core dose already count \(overlap) of its \(ratioPoints) point\(ratioPoints == 1 ? "" : "s"): one cause scores once."
            }
            return text
        case .gluteDose(let sets, let threshold, let target, let notAssessed):
            return dose(
                "glute", sets: sets, threshold: threshold, target: target, points: factor.points,
                notAssessed: notAssessed, later: later)
        case .coreDose(let sets, let threshold, let target, let notAssessed):
            return dose(
                "core", sets: sets, threshold: threshold, target: target, points: factor.points,
                notAssessed: notAssessed, later: later)
        case .tightness(let hipFlexors, let hamstrings, let minimum, let rideShare, let sitting):
            var reasons: [String] = []
            if let rideShare {
                reasons.append("\(Format.fixed(rideShare * 100, digits: 0)) % of endurance load from cycling")
            }
            if let sitting { reasons.append("\(Format.trimmed(sitting, digits: 1)) h of sitting a day") }
            let minutes =
                "Hip-flexor \(Format.fixed(hipFlexors, digits: 1)) and hamstring \(Format.fixed(hamstrings, digits: 1)) stretching minutes per side a week"
            guard !reasons.isEmpty else {
                return "\(minutes); not scored, as neither cycling nor sitting calls for stretching."
            }
            return factor.points > 0
                ? "\(minutes), below \(Format.trimmed(minimum, digits: 1)), with \(reasons.joined(separator: " and "))."
                : "\(minutes) meet the \(Format.trimmed(minimum, digits: 1)) that \(reasons.joined(separator: " and ")) call for."
        case .enduranceLoadChange(let quads, let lowBack, let limit):
            let parts = [("quads", quads), ("low back", lowBack)].compactMap { name, value in
                value.map { "\(name) \(Format.fixed($0, digits: 2))" }
            }
            guard !parts.isEmpty else { return "No endurance load to compare with its 28-day average." }
            return factor.points > 0
                ? "Endurance load against its 28-day average (acute:chronic) is \(parts.joined(separator: ", ")), above \(Format.trimmed(limit, digits: 1)): a recent spike."
                : "Endurance load against its 28-day average (acute:chronic) is \(parts.joined(separator: ", ")), within \(Format.trimmed(limit, digits: 1))."
        case .lowBackPain:
            return factor.points > 0
                ? "Low-back pain was reported by the athlete or coach." : "No low-back pain reported."
        }
    }

    private static func dose(
        _ muscle: String, sets: Double, threshold: Double?, target: Int, points: Int, notAssessed: NotAssessedReason?,
        later: LaterData?
    ) -> String {
        switch notAssessed {
        case .noStrengthLog?:
            let missing =
                if let later, later.strengthSessions > 0 {
                    "no strength session up to \(later.asOf) (\(plural(later.strengthSessions, "session is", "sessions are")) dated after it)"
                } else {
                    "no strength log"
                }
            return
                "Not assessed: \(missing), and team.yaml does not say whether the athlete does strength training "
                + "(strengthTraining: none or logged)."
        case .unknownExercises(let share, let limit)?:
            return
                "Not assessed: \(Format.percent(share)) of logged working sets are exercises the catalogue does not know "
                + "(above \(Format.percent(limit)))."
        case nil:
            break
        }
        let now = "\(Format.fixed(sets, digits: 1)) \(muscle) sets a week (28-day average)"
        guard let threshold else { return "\(now): no points; the target is \(target)." }
        let level =
            points > 1
            ? ": next to none (below \(Format.trimmed(threshold, digits: 1)))"
            : ", below \(Format.trimmed(threshold, digits: 1))"
        return "\(now)\(level); the target is \(target)."
    }

    // MARK: Data notes

    /// The note as a sentence; `later` is the data after the day analysed.
    static func note(_ note: DataNote, later: LaterData?) -> String {
        switch note {
        case .activitiesWithoutStart(let count):
            return
                "\(plural(count, "activity", "activities")) had no usable start time and could not be placed on a day; not counted."
        case .afterAsOf(let activities, let sessions, let asOf):
            return
                "\(plural(activities, "activity", "activities")) and \(plural(sessions, "strength session", "strength sessions")) "
                + "after \(asOf) are not counted."
        case .lastTrainingLongAgo(let days, let last):
            return
                "The last training was logged on \(last), \(days) days before the assessment date: loads are decaying "
                + "and any band is provisional."
        case .nothingRecent(let days):
            return "Nothing was logged in the last \(days) days: loads are decaying old values."
        case .trainingGap(let first, let last, let days):
            return "No training was logged from \(first) to \(last) (\(days) days): the band is provisional."
        case .loadMethods(let activities, let methods):
            let list =
                methods.count == 1
                ? method(methods[0].method)
                : methods.map { "\(method($0.method)) (\($0.activities))" }.joined(separator: ", ")
            return "Endurance load of \(plural(activities, "activity", "activities")) estimated from \(list)."
        case .runsWithoutElevation(let count):
            return
                "\(plural(count, "run or walk", "runs or walks")) had no elevation and were treated as flat; confidence is lowered."
        case .otherSportActivities(let count):
            return
                "\(plural(count, "activity", "activities")) of an unknown sport count toward training load but no muscle group."
        case .noStrengthSessions(let status):
            let none =
                if let later, later.strengthSessions > 0 {
                    "No strength sessions logged up to \(later.asOf) (\(plural(later.strengthSessions, "session after it is", "sessions after it are")) not counted)"
                } else {
                    "No strength sessions logged"
                }
            switch status {
            case .unknown:
                return
                    "\(none), and team.yaml does not say whether the athlete does strength training: "
                    + "the glute and core factors are not assessed (set strengthTraining: none or logged)."
            case .none:
                return
                    "\(none); team.yaml says the athlete does no strength training, so strength work counts as none."
            case .logged:
                return
                    "\(none); team.yaml says strength work is logged, so strength work counts as none."
            }
        case .setsWithoutEffort(let count, let of, let value):
            return
                "\(count) of \(plural(of, "set", "sets")) had no RPE or RIR and count as \(Format.fixed(value, digits: 2)) of a set."
        case .unknownExercises(let sets, let share, let names, let more):
            let list = names.map { "\($0.name) (\($0.sets))" }.joined(separator: ", ") + (more ? ", …" : "")
            return
                "\(plural(sets, "set", "sets")) (\(Format.percent(share)) of working sets) of exercises not in the catalogue "
                + "not counted: \(list)."
        case .cardioEntries(let count):
            return "\(plural(count, "cardio entry", "cardio entries")) in strength logs are not counted."
        }
    }

    static func method(_ method: LoadMethod) -> String {
        switch method {
        case .power: "power"
        case .pace: "graded pace"
        case .heartRate: "heart rate"
        case .heartRateAgePredicted: "heart rate with age-predicted maximum"
        case .sessionRPE: "session RPE"
        case .durationOnly: "duration only"
        }
    }

    // MARK: No band

    static func noBand(_ reason: NoBandReason) -> String {
        switch reason {
        case .noHistory(let needed):
            "No training data up to the assessment date; a band needs at least \(needed) days of history."
        case .shortHistory(let days, let needed):
            "Only \(days) days of history; a band needs at least \(needed). Loads are shown as they stand."
        case .nothingRecent(let window):
            "Nothing that loads the modelled muscles was logged in the last \(window) days; a band needs current training. "
                + "Loads are shown as they stand."
        }
    }

    static let clinicianNote =
        "Low-back pain was reported: please see a physician or physiotherapist before adding load; this tool cannot assess pain. "
        + "The plan holds current work and adds nothing until then."

    // MARK: Prescription

    /// The reason as a sentence; `later` is the data after the day analysed.
    static func reason(_ reason: PrescriptionReason, later: LaterData?) -> String {
        switch reason {
        case .targets(let glute, let core, let ratio, let unbounded):
            let ratioText = ratio.map { Format.fixed($0, digits: 2) } ?? (unbounded ? "unbounded" : "not available")
            return "Glute target \(glute) sets a week for a balance ratio of \(ratioText); core target \(core)."
        case .rampLimited(let ramp, let limit, let allowed):
            return
                "Endurance load is ramping by \(Format.fixed(ramp, digits: 1)) CTL points a week (above \(Format.trimmed(limit, digits: 1))), "
                + "so new strength sets are limited to \(allowed) this week."
        case .progression(let gluteNext, let coreNext, let gluteDone, let coreDone, let fraction, let minimum):
            return "Next week: \(gluteNext) glute and \(coreNext) core sets (logged in the last 7 days: "
                + "\(ReportText.sets(gluteDone)) and \(ReportText.sets(coreDone))), rising by at most "
                + "\(Format.trimmed(fraction * 100, digits: 0)) % or \(Format.trimmed(minimum, digits: 0)) sets a week, never below what was done."
        case .painHold(let glute, let core):
            return
                "Low-back pain reported: hold at \(glute) glute and \(core) core sets a week and add nothing until a clinician "
                + "has cleared you. Stop any exercise that raises pain above 3 out of 10 or leaves it worse the next morning."
        case .stretching(let minutes, let hold, let days, let rideShare, let sitting, let thomas):
            var reasons: [String] = []
            if let rideShare {
                reasons.append("\(Format.fixed(rideShare * 100, digits: 0)) % of endurance load from cycling")
            }
            if let sitting { reasons.append("\(Format.trimmed(sitting, digits: 1)) h of sitting a day") }
            if thomas { reasons.append("positive Thomas test") }
            return "Stretch hip flexors and hamstrings \(Format.trimmed(minutes, digits: 1)) min per side a week"
                + (reasons.isEmpty ? "" : " (\(reasons.joined(separator: ", ")))")
                + " as \(hold)-s holds on \(days) days."
        case .swapSquat(let acwr):
            return
                "Quad load is high and rising (acute:chronic \(Format.fixed(acwr, digits: 2))): swap one squat block for "
                + "Romanian deadlifts or hip thrusts."
        case .meetsTarget(let muscle, let sets, let target):
            return
                "\(muscle == .glutes ? "Glute" : "Core") work (\(ReportText.sets(sets)) sets last week) already meets the target of \(target): keep it."
        case .exercisePlan(let own, let new, let low, let high):
            var text = own > 0 ? "Your own exercises are progressed first" : "New exercises are added"
            if own > 0 && new > 0 { text += ", then new ones are added" }
            return text + ". Sets are per week over 2–3 sessions; stop every set \(low)–\(high) reps short of failure "
                + "and add load or a band when the top of the rep range feels easy."
        case .strengthUnknown:
            if let later, later.strengthSessions > 0 {
                return
                    "No strength session up to \(later.asOf): the \(plural(later.strengthSessions, "session logged is", "sessions logged are")) "
                    + "dated after it, so check the day analysed (--as-of). The plan assumes none is done."
            }
            return "No strength log: if strength work is done, log it (or set strengthTraining: none in team.yaml). "
                + "The plan assumes none is done."
        }
    }

    /// Reps or hold of an exercise (`12 per side`, `30 s`, `as usual`).
    static func amount(_ exercise: PrescribedExercise) -> String {
        let side = exercise.perSide ? " per side" : ""
        if let reps = exercise.reps { return "\(reps)\(side)" }
        if let hold = exercise.holdSeconds { return "\(hold) s\(side)" }
        return "as usual"
    }

    /// `5 × 12 per side`, `6 (+2) × as usual`.
    static func setsAndAmount(_ exercise: PrescribedExercise) -> String {
        let added = exercise.own && exercise.addedSets > 0 ? " (+\(exercise.addedSets))" : ""
        return "\(exercise.sets)\(added) × \(amount(exercise))"
    }

    /// Why this exercise.
    static func why(_ exercise: PrescribedExercise) -> String {
        if exercise.onceCleared {
            return "once a clinician has cleared you: unloaded motor control, \(pattern(exercise.pattern))"
        }
        let muscle = exercise.muscle == .glutes ? "glutes" : "core"
        if exercise.own {
            return "your own \(muscle) exercise, progressed first"
                + (exercise.addedSets > 0 ? " (+\(exercise.addedSets) set\(exercise.addedSets == 1 ? "" : "s"))" : "")
        }
        return
            "trains the \(muscle) with \(exercise.quadWeight == 0 ? "no" : "little") quad involvement: \(pattern(exercise.pattern))"
    }

    static func pattern(_ pattern: MovementPattern) -> String {
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

    static func plural(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
}
