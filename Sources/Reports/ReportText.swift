import Analysis
import Foundation
import HipBalanceCore

/// The plain-language wording shared by the HTML and Markdown reports and the team page, so
/// every format says the same thing in the same words.
enum ReportText {
    static let title = "Hip balance report"

    static func band(_ band: RiskBand?) -> String {
        switch band {
        case .low: "Low risk"
        case .moderate: "Moderate risk"
        case .high: "High risk"
        case .veryHigh: "Very high risk"
        case nil: "No risk band yet"
        }
    }

    /// The band alone, for table cells (`Very high`, `No band`).
    static func bandShort(_ band: RiskBand?) -> String {
        switch band {
        case .low: "Low"
        case .moderate: "Moderate"
        case .high: "High"
        case .veryHigh: "Very high"
        case nil: "No band"
        }
    }

    /// A CSS class name for a band (`band-very-high`, `band-none`).
    static func bandClass(_ band: RiskBand?) -> String { "band-" + (band?.rawValue ?? "none") }

    /// `High`, `Medium`, `Low`.
    static func confidenceLevel(_ confidence: Confidence) -> String {
        confidence.rawValue.prefix(1).uppercased() + confidence.rawValue.dropFirst()
    }

    /// `High confidence`.
    static func confidence(_ confidence: Confidence) -> String { confidenceLevel(confidence) + " confidence" }

    /// `High confidence`, `Low confidence — provisional`.
    static func confidence(_ risk: RiskAssessment) -> String {
        confidence(risk.confidence) + (risk.provisional ? " — provisional" : "")
    }

    /// One sentence on what the ratio means; when the ratio is balanced but the band is not low,
    /// it names the factors that raise the band, so the two never seem to disagree.
    static func ratioSentence(_ a: BalanceAssessment) -> String {
        guard let ratio = a.balance.ratio else {
            if a.historyDays == 0 {
                if let later = LaterData(a) {
                    return
                        "No balance ratio: nothing was logged up to \(a.asOf); the \(later.counts) read are dated after it. "
                        + "Check the day analysed (--as-of)."
                }
                return "No balance ratio: nothing was logged up to \(a.asOf)."
            }
            if a.weeklyLoad.quads + a.weeklyLoad.lowBack > 0 {
                return "No balance ratio: glutes and core carry no load while quads and low back do."
            }
            return "No balance ratio yet: no quad, low-back, glute or core load up to \(a.asOf)."
        }
        let cutoff = a.balanceCutoffs.first ?? 1.5
        var text =
            "Quads and low back carry \(Format.fixed(ratio, digits: 2))× the load of glutes and core "
            + "(at or below \(Format.trimmed(cutoff, digits: 2)) is balanced)"
        if let glute = a.balance.gluteRatio { text += "; quads ÷ glutes \(Format.fixed(glute, digits: 2))" }
        if let trunk = a.balance.trunkRatio { text += ", low back ÷ core \(Format.fixed(trunk, digits: 2))" }
        text += "."
        if ratio <= cutoff, let band = a.risk.band, band > .low {
            let raising = a.risk.factors.filter { $0.points > 0 }.map { FactText.title($0).lowercased() }
            if !raising.isEmpty {
                text +=
                    " The ratio is balanced; the \(bandShort(band).lowercased()) band comes from "
                    + "\(raising.joined(separator: ", "))."
            }
        }
        return text
    }

    /// Every factor group as `title (points): detail`, in the model's order, then the total.
    static func factorLines(_ a: BalanceAssessment) -> [(title: String, points: String, detail: String)] {
        let later = LaterData(a)
        return a.risk.factors.map { (FactText.title($0), FactText.points($0), FactText.detail($0, later: later)) }
    }

    /// The total under the factor list (`Total: 4 points.`) and how sure the band is.
    static func total(_ risk: RiskAssessment) -> String {
        var text = "Total: \(risk.points) point\(risk.points == 1 ? "" : "s")"
        if let band = risk.band, let probabilities = risk.bandProbabilities {
            text +=
                "; \(bandShort(band).lowercased()) in \(Format.percent(probabilities[band])) of plausible settings of the model's judgement constants"
        }
        return text + "."
    }

    /// Why a band is provisional, in words; nil when it is not.
    static func provisional(_ risk: RiskAssessment) -> String? {
        guard risk.provisional, risk.band != nil else { return nil }
        var reasons: [String] = []
        let r = risk.provisionalReasons
        if r.strengthNotAssessed { reasons.append("strength work is not assessed") }
        if r.trainingGap { reasons.append("training has a gap of 14 days or more") }
        if r.lowConfidence { reasons.append("confidence in the data is low") }
        guard !reasons.isEmpty else { return nil }
        return "Provisional: \(reasons.joined(separator: ", ")); the band may be higher once this is known."
    }

    static func muscle(_ group: MuscleGroup) -> String {
        switch group {
        case .quads: "Quads"
        case .glutes: "Glutes"
        case .hamstrings: "Hamstrings"
        case .lowBack: "Low back"
        case .core: "Core"
        case .hipFlexors: "Hip flexors"
        case .calves: "Calves"
        }
    }

    /// What a missing athlete setting is, in words.
    static func setting(_ key: AthleteSettingKey) -> String {
        switch key {
        case .sex: "sex"
        case .birthYear: "birth year"
        case .hrMax: "maximum heart rate"
        case .hrRest: "resting heart rate"
        case .lthr: "lactate-threshold heart rate"
        case .ftp: "functional threshold power"
        case .thresholdPaceSecondsPerKm: "threshold running pace"
        case .sittingHoursPerDay: "hours of sitting per day"
        case .lowBackPain: "whether low-back pain is present"
        case .thomasTestPositive: "Thomas test result"
        case .strengthTraining: "whether the athlete does strength training (none or logged)"
        }
    }

    /// The `team.yaml` key that sets a missing setting (Analysis names it after the
    /// `AthleteSettings` property, which differs for the pace).
    static func settingKey(_ key: AthleteSettingKey) -> String {
        key == .thresholdPaceSecondsPerKm ? "thresholdPace" : key.rawValue
    }

    /// Sets per week: whole numbers without decimals, others with one (`4`, `1.5`).
    static func sets(_ value: Double) -> String { Format.trimmed(value, digits: 1) }

    private static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// `days` training days spread evenly over the week (3 → Mon, Wed, Fri).
    static func stretchDays(_ days: Int) -> [String] {
        let count = min(max(days, 1), 7)
        return (0..<count).map { weekdays[$0 * 7 / count] }
    }

    /// How to deliver a weekly stretching dose: holds per side per session on which days.
    static func stretchPlan(minutesPerSide: Double, prescription: Prescription) -> String {
        let days = stretchDays(prescription.stretchDaysPerWeek)
        let hold = max(prescription.holdSeconds, 1)
        let holds = Int((minutesPerSide * 60 / Double(days.count) / Double(hold)).rounded(.up))
        return "\(Format.trimmed(minutesPerSide, digits: 1)) min per side a week: "
            + "\(holds) × \(hold)-s holds per side on \(days.joined(separator: ", "))"
    }

    /// The prescription in one sentence, for the top of a report.
    static func nextWeek(_ p: Prescription) -> String {
        if p.holdForPain {
            return "Hold: see a clinician before adding load. Keep the current \(p.gluteSets.next) glute and "
                + "\(p.coreSets.next) core sets a week and add nothing until cleared."
        }
        let stretch =
            p.hipFlexorStretchMinutesPerSide == p.hamstringStretchMinutesPerSide
            ? "stretch hip flexors and hamstrings \(Format.trimmed(p.hipFlexorStretchMinutesPerSide, digits: 1)) min per side each"
            : "stretch hip flexors \(Format.trimmed(p.hipFlexorStretchMinutesPerSide, digits: 1)) min and hamstrings "
                + "\(Format.trimmed(p.hamstringStretchMinutesPerSide, digits: 1)) min per side"
        return "\(p.gluteSets.next) glute sets and \(p.coreSets.next) core sets; \(stretch) over "
            + "\(ReportText.stretchDays(p.stretchDaysPerWeek).count) days."
    }

    /// Last week's prescription against what was logged (`Last week: 6 glute sets prescribed, 6 done; …`).
    static func adherence(_ p: Prescription) -> String? {
        guard let last = p.lastWeek else { return nil }
        return "Last week: \(last.gluteSets.prescribed) glute sets prescribed, \(sets(last.gluteSets.done)) done; "
            + "\(last.coreSets.prescribed) core sets prescribed, \(sets(last.coreSets.done)) done."
    }

    /// `logged`, `none (team.yaml)`, `unknown: no strength log …`.
    static func strengthTraining(_ a: BalanceAssessment) -> String {
        switch a.strengthTraining {
        case .logged: return "logged"
        case .none: return "none (team.yaml)"
        case .unknown:
            if let later = LaterData(a), later.strengthSessions > 0 {
                return "unknown: no strength session up to \(a.asOf) and no strengthTraining in team.yaml"
            }
            return "unknown: no strength log and no strengthTraining in team.yaml"
        }
    }

    /// The data notes as sentences.
    static func notes(_ a: BalanceAssessment) -> [String] {
        let later = LaterData(a)
        return a.dataNotes.map { FactText.note($0, later: later) }
    }

    /// The prescription's reasons as sentences.
    static func reasons(_ a: BalanceAssessment) -> [String] {
        let later = LaterData(a)
        return a.prescription.reasons.map { FactText.reason($0, later: later) }
    }

    /// `63`, or `23 (40 more after 2024-01-01 are not counted)`.
    static func activitiesCounted(_ report: AthleteReport) -> String {
        let total = report.inputs.activities
        guard let later = LaterData(report.assessment), later.activities > 0 else { return "\(total)" }
        let verb = later.activities == 1 ? "is" : "are"
        return "\(max(0, total - later.activities)) (\(later.activities) more after \(later.asOf) \(verb) not counted)"
    }

    /// `240 in 24 sessions`, with the sessions after the day analysed named.
    static func strengthSets(_ report: AthleteReport) -> String {
        let i = report.inputs
        let text = "\(i.strengthSets) in \(i.strengthSessions) sessions"
        guard let later = LaterData(report.assessment), later.strengthSessions > 0 else { return text }
        return text
            + " (\(FactText.plural(later.strengthSessions, "session", "sessions")) after \(later.asOf) not counted)"
    }

    /// `last activity 2026-11-22`, saying when it is after the day analysed.
    static func lastActivity(_ report: AthleteReport) -> String? {
        guard let last = report.inputs.lastActivity else { return nil }
        return last > report.assessment.asOf ? "last activity \(last), after the day analysed" : "last activity \(last)"
    }

    /// Endurance chronic load and its weekly ramp (`82.5 TSSe a day, ramp +6.3 a week`).
    static func enduranceLoad(_ a: BalanceAssessment) -> String {
        let ramp = Format.fixed(a.rampPerWeek, digits: 1)
        return
            "\(Format.fixed(a.chronicTrainingLoad, digits: 1)) TSSe a day, ramp \(a.rampPerWeek > 0 ? "+" : "")\(ramp) a week"
    }

    /// An arrow and words for a ratio trend.
    static func trend(_ trend: RatioTrend?) -> (arrow: String, words: String) {
        switch trend {
        case .rising: ("↑", "ratio rising (worse)")
        case .falling: ("↓", "ratio falling (better)")
        case .steady: ("→", "ratio steady")
        case nil: ("·", "not enough weeks for a trend")
        }
    }

    /// Where a rejected file failed, `path:line:column`.
    static func location(_ file: Diagnostic) -> String {
        file.location?.description ?? ""
    }
}
