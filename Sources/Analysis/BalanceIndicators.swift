import HipBalanceCore

/// The indicators of `docs/model.md` §6 at `asOf`, read off a ledger.
public struct BalanceIndicators: Sendable, Hashable {
    /// Acute load per day at `asOf` (mean of the last `acuteDays`, or their EWMA) and chronic EWMA per day.
    public var acute: DayLoad
    public var chronic: DayLoad
    /// Balance ratios of the weekly dose 7 · chronic.
    public var ratios: BalanceRatios
    /// True when glutes + core carry no load while quads + low back do (BR is then unbounded).
    public var ratioUnbounded: Bool
    public var acuteChronicQuads: Double?
    public var acuteChronicLowBack: Double?
    /// Cycling share of endurance load over the confidence window, 0…1.
    public var rideShare: Double
    /// Chronic training load (TSSe per day) at `asOf` and its change over the last 7 days.
    public var chronicTrainingLoad: Double
    public var rampPerWeek: Double
    public var historyDays: Int

    /// Reads the indicators off `ledger`.
    public init(_ ledger: MuscleLoadLedger, parameters p: ModelParameters) {
        if p.acuteRollingMean {
            acute = ledger.rollingMeans(window: p.acuteDays, seedDays: p.seedDays).last ?? DayLoad()
        } else {
            acute = ledger.exponentialAverage(lambda: 2 / (Double(p.acuteDays) + 1), seedDays: p.seedDays)
        }
        chronic = ledger.exponentialAverage(
            lambda: 2 / (Double(p.chronicDays) + 1), seedDays: p.seedDays, window: p.chronicSmoothingDays)
        let weekly = chronic * 7
        ratios = BalanceRatios(
            ratio: Self.ratio(weekly.total), enduranceRatio: Self.ratio(weekly.endurance),
            strengthRatio: Self.ratio(weekly.strength),
            gluteRatio: Self.quotient(weekly.total.quads, weekly.total.glutes),
            trunkRatio: Self.quotient(weekly.total.lowBack, weekly.total.core))
        let total = weekly.total
        ratioUnbounded = ratios.ratio == nil && total.quads + total.lowBack > Self.epsilon
        // Endurance load only: starting strength work is not a load spike.
        acuteChronicQuads = Self.quotient(acute.endurance.quads, chronic.endurance.quads)
        acuteChronicLowBack = Self.quotient(acute.endurance.lowBack, chronic.endurance.lowBack)
        let window = ledger.sumOfLast(p.confidenceWindowDays)
        rideShare = window.tss > Self.epsilon ? window.rideTSS / window.tss : 0
        let fitness = ledger.exponentialAverageSeries(lambda: 1 / Double(p.ctlDays), seedDays: p.seedDays).map(\.tss)
        chronicTrainingLoad = fitness.last ?? 0
        rampPerWeek = fitness.isEmpty ? 0 : fitness[fitness.count - 1] - fitness[max(0, fitness.count - 8)]
        historyDays = ledger.historyDays
    }

    /// Weekly dose per muscle, 7 · chronic.
    public var weekly: DayLoad { chronic * 7 }

    /// BR = (quads + lowBack) / (glutes + core); nil when the denominator is 0.
    public static func ratio(_ load: MuscleVector) -> Double? {
        quotient(load.quads + load.lowBack, load.glutes + load.core)
    }

    /// Loads below this are treated as none (guards divisions), set-equivalents.
    static let epsilon = 1e-9

    static func quotient(_ numerator: Double, _ denominator: Double) -> Double? {
        denominator > epsilon ? numerator / denominator : nil
    }
}
