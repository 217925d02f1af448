import Foundation
import HipBalanceCore

/// Risk points, band and confidence (`docs/model.md` §6–7).
public enum RiskScoring {
    /// Scores one athlete. `ledger` supplies history length, data quality and gaps.
    public static func assess(
        _ indicators: BalanceIndicators, ledger: MuscleLoadLedger, settings: AthleteSettings,
        strengthTraining: StrengthTrainingStatus, parameters p: ModelParameters
    ) -> RiskAssessment {
        let share = unknownShare(ledger, p)
        let notAssessed: NotAssessedReason? =
            strengthTraining == .unknown
            ? .noStrengthLog
            : share > p.unknownExerciseShareLimit
                ? .unknownExercises(share: share, limit: p.unknownExerciseShareLimit) : nil
        let inputs = RiskInputs(indicators, settings: settings, strengthNotAssessed: notAssessed, parameters: p)
        let factors = factors(inputs, p)
        let points = factors.reduce(0) { $0 + $1.points }
        let score = confidenceScore(ledger, p)
        let level = confidence(score, p)
        var reasons = ProvisionalReasons()
        reasons.lowConfidence = level == .low
        reasons.strengthNotAssessed = notAssessed != nil
        reasons.trainingGap = ledger.longestGap(window: p.confidenceWindowDays, minimum: p.trainingGapDays) != nil
        var band: RiskBand? = nil
        var noBandReason: NoBandReason? = nil
        if ledger.historyDays == 0 {
            noBandReason = .noHistory(needed: p.minimumHistoryDays)
        } else if ledger.historyDays < p.minimumHistoryDays {
            noBandReason = .shortHistory(days: ledger.historyDays, needed: p.minimumHistoryDays)
        } else if ledger.sumOfLast(p.confidenceWindowDays).loadSize == 0 {
            // Points from decayed old loads would describe training that stopped, not the athlete now.
            noBandReason = .nothingRecent(window: p.confidenceWindowDays)
        } else {
            // Low confidence, unknown strength work or a gap make the band provisional; none lowers it.
            band = self.band(points: points, p)
        }
        let probabilities = band == nil ? nil : BandUncertainty.probabilities(inputs, parameters: p)
        return RiskAssessment(
            band: band, points: points, confidence: level, confidenceScore: score, provisional: reasons.any,
            provisionalReasons: reasons, factors: factors, noBandReason: noBandReason,
            clinicianReferral: inputs.lowBackPain, bandProbabilities: probabilities)
    }

    /// The band for a number of points: 0–1 low, 2–3 moderate, 4 high, ≥ 5 very high by default.
    public static func band(points: Int, _ p: ModelParameters) -> RiskBand {
        band(points: Double(points), thresholds: p.bandThresholds.map(Double.init))
    }

    /// The band for `points` against real-valued thresholds (for moderate, high, very high).
    static func band(points: Double, thresholds: [Double]) -> RiskBand {
        if points >= thresholds[2] { return .veryHigh }
        if points >= thresholds[1] { return .high }
        if points >= thresholds[0] { return .moderate }
        return .low
    }

    /// Every factor group in a fixed order (balance, glute dose, core dose, tightness, endurance
    /// load change, pain), scored or not assessed; their points add up to the total.
    ///
    /// The balance ratio, the glute dose and the core dose share one cause (too little hip and
    /// trunk strength work), so together they give at most `strengthGroupCap` points: the doses
    /// are measured directly and score first, the ratio gets what they leave.
    public static func factors(_ inputs: RiskInputs, _ p: ModelParameters) -> [RiskFactor] {
        let weekly = inputs.weekly
        let numerator = weekly.quads + weekly.lowBack
        let denominator = weekly.glutes + weekly.core
        let ratio = BalanceIndicators.quotient(numerator, denominator)
        let unbounded = ratio == nil && numerator > BalanceIndicators.epsilon
        let ratioPoints =
            ratio.map { r in p.balanceCutoffs.filter { r > $0 }.count } ?? (unbounded ? p.balanceCutoffs.count : 0)
        let gluteTarget = PrescriptionBuilder.gluteTarget(ratio: ratio, unbounded: unbounded, p)
        let coreTarget = PrescriptionBuilder.coreTarget(ratio: ratio, unbounded: unbounded, p)

        let glute = dose(
            sets: inputs.gluteSets, thresholds: p.gluteSetThresholds, notAssessed: inputs.strengthNotAssessed)
        let core = dose(sets: inputs.coreSets, thresholds: p.coreSetThresholds, notAssessed: inputs.strengthNotAssessed)
        let balancePoints = max(0, min(ratioPoints, p.strengthGroupCap - glute.points - core.points))
        let cutoff = ratioPoints > 0 ? p.balanceCutoffs[ratioPoints - 1] : nil
        var factors = [
            RiskFactor(
                kind: .balanceRatio(
                    ratio: ratio, numerator: numerator, denominator: denominator, cutoff: cutoff,
                    ratioPoints: ratioPoints,
                    overlap: ratioPoints - balancePoints),
                points: balancePoints),
            RiskFactor(
                kind: .gluteDose(
                    sets: inputs.gluteSets, threshold: glute.threshold, target: gluteTarget,
                    notAssessed: inputs.strengthNotAssessed),
                points: glute.points, status: inputs.strengthNotAssessed == nil ? .scored : .notAssessed),
            RiskFactor(
                kind: .coreDose(
                    sets: inputs.coreSets, threshold: core.threshold, target: coreTarget,
                    notAssessed: inputs.strengthNotAssessed),
                points: core.points, status: inputs.strengthNotAssessed == nil ? .scored : .notAssessed),
        ]
        let rideShare = inputs.rideShare > p.rideShareThreshold ? inputs.rideShare : nil
        let sitting = inputs.sittingHours.flatMap { $0 > p.sittingHoursThreshold ? $0 : nil }
        let needsStretching = rideShare != nil || sitting != nil
        let stretched =
            min(inputs.hipFlexorStretchMinutes, inputs.hamstringStretchMinutes) >= p.minimumStretchMinutesPerSide
        factors.append(
            RiskFactor(
                kind: .tightness(
                    hipFlexorMinutes: inputs.hipFlexorStretchMinutes, hamstringMinutes: inputs.hamstringStretchMinutes,
                    minimum: p.minimumStretchMinutesPerSide, rideShare: rideShare, sittingHours: sitting),
                points: needsStretching && !stretched ? p.stretchingPoints : 0))
        let spike = [inputs.acuteChronicQuads, inputs.acuteChronicLowBack].contains { ($0 ?? 0) > p.acwrSpike }
        factors.append(
            RiskFactor(
                kind: .enduranceLoadChange(
                    quads: inputs.acuteChronicQuads, lowBack: inputs.acuteChronicLowBack, limit: p.acwrSpike),
                points: spike ? p.spikePoints : 0))
        factors.append(RiskFactor(kind: .lowBackPain, points: inputs.lowBackPain ? p.lowBackPainPoints : 0))
        return factors
    }

    /// One point per threshold the sets fall below (none when not assessed), and the highest of
    /// those thresholds.
    private static func dose(sets: Double, thresholds: [Double], notAssessed: NotAssessedReason?) -> (
        points: Int, threshold: Double?
    ) {
        let below = thresholds.filter { sets < $0 }
        return (notAssessed == nil ? below.count : 0, below.max())
    }

    /// Why hip flexors need stretching (ride share above its threshold, long sitting): the facts
    /// that apply, nil each when it does not.
    public static func stretchingNeed(_ indicators: BalanceIndicators, settings: AthleteSettings, _ p: ModelParameters)
        -> (rideShare: Double?, sittingHours: Double?)
    {
        (
            indicators.rideShare > p.rideShareThreshold ? indicators.rideShare : nil,
            settings.sittingHoursPerDay.flatMap { $0 > p.sittingHoursThreshold ? $0 : nil }
        )
    }

    /// The share of logged working sets in the confidence window that name unknown exercises
    /// (over the whole history when the window has none).
    public static func unknownShare(_ ledger: MuscleLoadLedger, _ p: ModelParameters) -> Double {
        var window = ledger.sumOfLast(p.confidenceWindowDays)
        if window.unknownSets + window.workingSets == 0 { window = ledger.sumOfLast(ledger.days.count) }
        let all = window.unknownSets + window.workingSets
        return all > 0 ? window.unknownSets / all : 0
    }

    /// The confidence score c = quality × history coverage × elevation × training days × recognised sets.
    ///
    /// Quality is the time-weighted mean q of the endurance sessions in the window (of the strength
    /// sets when there are none), so removing a data channel can only lower it; history coverage is
    /// days / 28; the elevation factor scales with the share of run time without elevation; the
    /// training-days factor is days with logged training / `confidenceFullTrainingDays` (one
    /// activity in 28 days is not enough to be sure of anything); and the unknown share of working
    /// sets comes off.
    public static func confidenceScore(_ ledger: MuscleLoadLedger, _ p: ModelParameters) -> Double {
        let windowDays = ledger.days.suffix(p.confidenceWindowDays)
        let window = DayLoad.sum(windowDays)
        guard window.loadSize > BalanceIndicators.epsilon else { return 0 }
        let quality: Double
        if window.enduranceSeconds > 0 {
            quality = window.enduranceQualitySeconds / window.enduranceSeconds
        } else if window.workingSets > 0 {
            quality = window.strengthQuality / window.workingSets
        } else {
            quality = 0
        }
        let coverage = min(1, Double(ledger.historyDays) / Double(p.minimumHistoryDays))
        let missingElevation = window.runSeconds > 0 ? window.runSecondsWithoutElevation / window.runSeconds : 0
        let elevation = 1 - (1 - p.noElevationFactor) * missingElevation
        let trainingDays = windowDays.filter { $0.sessions > 0 }.count
        let volume = min(1, Double(trainingDays) / Double(p.confidenceFullTrainingDays))
        let recognised = 1 - unknownShare(ledger, p)
        return min(1, max(0, quality * coverage * elevation * volume * recognised))
    }

    /// The confidence level of a score.
    public static func confidence(_ score: Double, _ p: ModelParameters) -> Confidence {
        score >= p.confidenceCutoffs[1] ? .high : score >= p.confidenceCutoffs[0] ? .medium : .low
    }
}
