import Foundation
import HipBalanceCore

/// Risk points, band and confidence (`model.md` §7.6–7.7).
public enum RiskScoring {
    /// Scores the indicators of one athlete. `ledger` supplies history length and data quality.
    public static func assess(
        _ indicators: BalanceIndicators, ledger: MuscleLoadLedger, settings: AthleteSettings, parameters p: ModelParameters
    ) -> RiskAssessment {
        let factors = factors(indicators, settings: settings, p)
        let points = factors.reduce(0) { $0 + $1.points }
        let score = confidenceScore(ledger, p)
        let level = confidence(score, p)
        let pain = settings.lowBackPain == true
        let provisional = level == .low
        var band: RiskBand? = nil
        var noBandReason: String? = nil
        if ledger.historyDays < p.minimumHistoryDays {
            noBandReason =
                ledger.historyDays == 0
                ? "No training data up to the assessment date; a band needs at least \(p.minimumHistoryDays) days of history."
                : "Only \(ledger.historyDays) days of history; a band needs at least \(p.minimumHistoryDays). Loads are shown as they stand."
        } else if ledger.sumOfLast(p.confidenceWindowDays).loadSize == 0 {
            // Points from decayed old loads would describe training that stopped, not the athlete now.
            noBandReason =
                "Nothing that loads the modelled muscles was logged in the last \(p.confidenceWindowDays) days; "
                + "a band needs current training. Loads are shown as they stand."
        } else {
            band = self.band(points: points, p)
            if provisional && !pain, let current = band, current > .moderate { band = .moderate }
        }
        let clinicianNote =
            pain
            ? "Low-back pain was reported: please see a physician or physiotherapist before adding load; this tool cannot assess pain."
            : nil
        return RiskAssessment(
            band: band, points: points, confidence: level, confidenceScore: score, provisional: provisional,
            factors: factors, noBandReason: noBandReason, clinicianNote: clinicianNote)
    }

    /// The band for a number of points: 0–1 low, 2–3 moderate, 4–5 high, ≥ 6 very high by default.
    public static func band(points: Int, _ p: ModelParameters) -> RiskBand {
        let thresholds = p.bandThresholds
        if points >= thresholds[2] { return .veryHigh }
        if points >= thresholds[1] { return .high }
        if points >= thresholds[0] { return .moderate }
        return .low
    }

    /// Every contributing factor with its points; factors worth 0 points are left out.
    public static func factors(_ indicators: BalanceIndicators, settings: AthleteSettings, _ p: ModelParameters) -> [RiskFactor] {
        var factors: [RiskFactor] = []
        let weekly = indicators.weekly.total
        let numerator = weekly.quads + weekly.lowBack
        let denominator = weekly.glutes + weekly.core
        if let ratio = indicators.ratios.ratio {
            let points = p.balanceCutoffs.filter { ratio > $0 }.count
            if points > 0 {
                factors.append(
                    RiskFactor(
                        id: "balance-ratio", points: points,
                        detail: "Quad + low-back load is \(fmt(ratio, 2))× glute + core load "
                            + "(\(fmtLoad(numerator)) vs \(fmtLoad(denominator)) set-equivalents a week), above \(fmt(p.balanceCutoffs[points - 1], 1))."))
            }
        } else if indicators.ratioUnbounded {
            factors.append(
                RiskFactor(
                    id: "balance-ratio", points: p.balanceCutoffs.count,
                    detail: "Quads and low back carry \(fmt(numerator)) set-equivalents a week while glutes and core carry none."))
        }
        factors += [
            setFactor(id: "glute-sets", muscle: "glute", sets: indicators.weekly.gluteSets, thresholds: p.gluteSetThresholds),
            setFactor(id: "core-sets", muscle: "core", sets: indicators.weekly.coreSets, thresholds: p.coreSetThresholds),
        ].compactMap { $0 }
        if let reason = stretchingNeed(indicators, settings: settings, p) {
            let hipFlexors = indicators.weekly.stretchMinutes.hipFlexors
            let hamstrings = indicators.weekly.stretchMinutes.hamstrings
            if min(hipFlexors, hamstrings) < p.minimumStretchMinutesPerSide {
                factors.append(
                    RiskFactor(
                        id: "stretching", points: p.stretchingPoints,
                        detail: "Hip-flexor \(fmt(hipFlexors)) and hamstring \(fmt(hamstrings)) stretching minutes per side a week, "
                            + "below \(fmt(p.minimumStretchMinutesPerSide, 0)), with \(reason)."))
            }
        }
        let spikes = [("quad", indicators.acuteChronicQuads), ("low-back", indicators.acuteChronicLowBack)]
            .compactMap { name, ratio in ratio.flatMap { $0 > p.acwrSpike ? "\(name) \(fmt($0, 2))" : nil } }
        if !spikes.isEmpty {
            factors.append(
                RiskFactor(
                    id: "load-spike", points: p.spikePoints,
                    detail: "Acute:chronic load ratio \(spikes.joined(separator: ", ")), above \(fmt(p.acwrSpike, 1)): a recent spike."))
        }
        if settings.lowBackPain == true {
            factors.append(
                RiskFactor(id: "low-back-pain", points: p.lowBackPainPoints, detail: "Low-back pain was reported by the athlete or coach."))
        }
        return factors
    }

    /// One point per threshold that the weekly direct sets fall below; nil when none.
    private static func setFactor(id: String, muscle: String, sets: Double, thresholds: [Double]) -> RiskFactor? {
        let below = thresholds.filter { sets < $0 }.sorted()
        guard let lowest = below.first, let highest = below.last else { return nil }
        let amount = below.count > 1 ? ": next to none (below \(fmt(lowest, 0))), against" : ", below"
        return RiskFactor(
            id: id, points: below.count,
            detail: "\(fmt(sets)) direct \(muscle) sets a week\(amount) the \(fmt(highest, 0)) the model asks for.")
    }

    /// Why hip flexors need stretching (high ride share, long sitting), or nil when neither applies.
    public static func stretchingNeed(_ indicators: BalanceIndicators, settings: AthleteSettings, _ p: ModelParameters) -> String? {
        var reasons: [String] = []
        if indicators.rideShare > p.rideShareThreshold {
            reasons.append("\(fmt(indicators.rideShare * 100, 0)) % of endurance load from cycling")
        }
        if let sitting = settings.sittingHoursPerDay, sitting > p.sittingHoursThreshold {
            reasons.append("\(fmt(sitting)) h of sitting a day")
        }
        return reasons.isEmpty ? nil : reasons.joined(separator: " and ")
    }

    /// The confidence score c: mean data quality over the window × history coverage × the
    /// elevation factor scaled by the share of run load without elevation.
    public static func confidenceScore(_ ledger: MuscleLoadLedger, _ p: ModelParameters) -> Double {
        let window = ledger.sumOfLast(p.confidenceWindowDays)
        guard window.loadSize > BalanceIndicators.epsilon else { return 0 }
        let quality = window.qualityWeightedLoad / window.loadSize
        let coverage = min(1, Double(ledger.historyDays) / Double(p.minimumHistoryDays))
        let missingElevation = window.runTSS > BalanceIndicators.epsilon ? window.runTSSWithoutElevation / window.runTSS : 0
        let elevation = 1 - (1 - p.noElevationFactor) * missingElevation
        return min(1, max(0, quality * coverage * elevation))
    }

    /// The confidence level of a score.
    public static func confidence(_ score: Double, _ p: ModelParameters) -> Confidence {
        score >= p.confidenceCutoffs[1] ? .high : score >= p.confidenceCutoffs[0] ? .medium : .low
    }
}

/// A number for people: `digits` decimals, POSIX formatting.
func fmt(_ value: Double, _ digits: Int = 1) -> String {
    String(format: "%.\(digits)f", value)
}

/// A load for a sentence: one decimal from 1 up, two significant digits below (at most four
/// decimals), so that small decayed loads do not all read "0.0".
func fmtLoad(_ value: Double) -> String {
    guard value != 0, abs(value) < 1 else { return fmt(value) }
    return fmt(value, min(4, max(1, 1 - Int(log10(abs(value)).rounded(.down)))))
}
