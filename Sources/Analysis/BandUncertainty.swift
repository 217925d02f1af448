import HipBalanceCore

/// How sure the band is, given that its constants are judgement calls: the points are recomputed
/// over seeded draws of the [J] constants within ±`uncertaintySpread` of their values, and the
/// share of draws in each band is reported (`docs/model.md` §6).
///
/// Drawn: `kEndurance`, the three `balanceCutoffs`, `gluteSetThresholds`, `coreSetThresholds`,
/// `missingEffortSetValue` (at most 1), `minimumStretchMinutesPerSide`, `rideShareThreshold` (at
/// most 1), `sittingHoursThreshold`, `acwrSpike` and the three band thresholds. Deterministic: the
/// same inputs and seed give the same probabilities.
public enum BandUncertainty {
    public static func probabilities(_ inputs: RiskInputs, parameters p: ModelParameters) -> BandProbabilities {
        var generator = SeededGenerator(seed: UInt64(truncatingIfNeeded: p.uncertaintySeed))
        var counts = [0, 0, 0, 0]
        let spread = p.uncertaintySpread
        for _ in 0..<p.uncertaintyDraws {
            func draw(_ value: Double) -> Double { value * (1 + spread * (2 * generator.nextUnit() - 1)) }
            var q = p
            q.kEndurance = draw(p.kEndurance)
            q.balanceCutoffs = p.balanceCutoffs.map(draw).sorted()
            q.gluteSetThresholds = p.gluteSetThresholds.map(draw)
            q.coreSetThresholds = p.coreSetThresholds.map(draw)
            q.missingEffortSetValue = min(1, draw(p.missingEffortSetValue))
            q.minimumStretchMinutesPerSide = draw(p.minimumStretchMinutesPerSide)
            q.rideShareThreshold = min(1, draw(p.rideShareThreshold))
            q.sittingHoursThreshold = draw(p.sittingHoursThreshold)
            q.acwrSpike = draw(p.acwrSpike)
            let thresholds = p.bandThresholds.map { draw(Double($0)) }.sorted()
            let points = RiskScoring.factors(inputs.rescaled(to: q), q).reduce(0) { $0 + $1.points }
            counts[RiskScoring.band(points: Double(points), thresholds: thresholds).rank] += 1
        }
        let total = Double(max(1, p.uncertaintyDraws))
        return BandProbabilities(
            low: Double(counts[0]) / total, moderate: Double(counts[1]) / total, high: Double(counts[2]) / total,
            veryHigh: Double(counts[3]) / total)
    }
}
