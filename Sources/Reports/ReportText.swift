import Analysis
import Foundation
import HipBalanceCore

/// Locale-independent number formatting, so documents are byte-identical on every machine.
enum Format {
    /// `value` with exactly `digits` decimals (`2.30`); never `-0`; an em dash when not finite.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "—" }
        let text = String(format: "%.\(digits)f", value)
        return text.hasPrefix("-") && text.dropFirst().allSatisfy { $0 == "0" || $0 == "." } ? String(text.dropFirst()) : text
    }

    /// `value` with at most `digits` decimals and no trailing zeros (`10`, `1.5`).
    static func trimmed(_ value: Double, digits: Int) -> String {
        var text = fixed(value, digits: digits)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// The balance ratio with two decimals, or an em dash when there is none.
    static func ratio(_ value: Double?) -> String { value.map { fixed($0, digits: 2) } ?? "—" }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Aug 3`, for chart axes and week tables.
    static func shortDate(_ date: LocalDate) -> String { "\(months[date.month - 1]) \(date.day)" }
}

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

    /// One sentence on what the ratio means.
    static func ratioSentence(_ assessment: BalanceAssessment) -> String {
        guard let ratio = assessment.balance.ratio else {
            return "No balance ratio yet: no glute or core load has been recorded."
        }
        let healthy = assessment.balanceCutoffs.first.map { " (at or below \(Format.trimmed($0, digits: 2)) is balanced)" } ?? ""
        return "Quads and low back carry \(Format.fixed(ratio, digits: 2))× the load of glutes and core\(healthy)."
    }

    /// The most important reasons behind the points, most points first (ties keep the model's
    /// order), as the model phrased them.
    static func topReasons(_ risk: RiskAssessment, count: Int = 3) -> [String] {
        let scored = risk.factors.enumerated().filter { $0.element.points > 0 }
            .sorted { ($0.element.points, -$0.offset) > ($1.element.points, -$1.offset) }
        let reasons = scored.prefix(count).map(\.element.detail)
        guard reasons.isEmpty else { return reasons }
        return risk.band == nil
            ? ["Not enough training data yet to find reasons."]
            : ["No risk factor added points: keep the current mix of training."]
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

    /// What a missing athlete setting is, in words; the name itself when unknown.
    static func setting(_ key: String) -> String {
        let words: [String: String] = [
            "sex": "sex", "birthYear": "birth year", "hrMax": "maximum heart rate", "hrRest": "resting heart rate",
            "lthr": "lactate-threshold heart rate", "ftp": "functional threshold power",
            "thresholdPace": "threshold running pace", "thresholdPaceSecondsPerKm": "threshold running pace",
            "sittingHoursPerDay": "hours of sitting per day",
            "lowBackPain": "whether low-back pain is present", "thomasTestPositive": "Thomas test result",
            "timeZone": "time zone", "weightUnit": "weight unit of strength logs",
        ]
        return words[key] ?? key
    }

    /// The `team.yaml` key that sets a missing setting (Analysis names it after the
    /// `AthleteSettings` property, which differs for the pace).
    static func settingKey(_ key: String) -> String {
        key == "thresholdPaceSecondsPerKm" ? "thresholdPace" : key
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
        let stretch =
            p.hipFlexorStretchMinutesPerSide == p.hamstringStretchMinutesPerSide
            ? "stretch hip flexors and hamstrings \(Format.trimmed(p.hipFlexorStretchMinutesPerSide, digits: 1)) min per side each"
            : "stretch hip flexors \(Format.trimmed(p.hipFlexorStretchMinutesPerSide, digits: 1)) min and hamstrings "
                + "\(Format.trimmed(p.hamstringStretchMinutesPerSide, digits: 1)) min per side"
        return "\(p.gluteSets.next) glute sets and \(p.coreSets.next) core sets; \(stretch) over "
            + "\(ReportText.stretchDays(p.stretchDaysPerWeek).count) days."
    }

    /// Endurance chronic load and its weekly ramp (`82.5 TSSe a day, ramp +6.3 a week`).
    static func enduranceLoad(_ a: BalanceAssessment) -> String {
        let ramp = Format.fixed(a.rampPerWeek, digits: 1)
        return "\(Format.fixed(a.chronicTrainingLoad, digits: 1)) TSSe a day, ramp \(a.rampPerWeek > 0 ? "+" : "")\(ramp) a week"
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
    static func location(_ file: RejectedFile) -> String {
        SourceLocation(source: file.path, line: file.line, column: file.column).description
    }
}
