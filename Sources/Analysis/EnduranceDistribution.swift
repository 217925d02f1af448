import HipBalanceCore

/// Spreads an endurance session's load over the muscle groups (`docs/model.md` §3).
public enum EnduranceDistribution {
    /// The muscle vector E of one activity in set-equivalents: k_e · L · Σ share · D(block).
    ///
    /// On foot, a block's share follows its mechanical demand (time × speed², without the
    /// metabolic cost of the grade), so a fast descent weighs as much as the flat at that speed and
    /// its eccentric quad work counts in full; other sports share by the load method's intensity.
    public static func vector(
        for activity: Activity, load: SessionLoad, settings: AthleteSettings, parameters: ModelParameters
    ) -> MuscleVector {
        vector(
            for: PreparedActivity(activity, parameters: parameters), load: load, settings: settings,
            parameters: parameters)
    }

    /// Same, from an activity already prepared with the same `parameters` (the one `load` was
    /// estimated from, so that its block shares line up with the blocks).
    public static func vector(
        for prepared: PreparedActivity, load: SessionLoad, settings: AthleteSettings, parameters: ModelParameters
    ) -> MuscleVector {
        let activity = prepared.activity
        let (blocks, grades) = (prepared.blocks, prepared.grades)
        let shares =
            onFoot(activity.summary.sport) ? mechanicalShares(blocks, parameters) ?? load.blockShares : load.blockShares
        var shareWeighted = MuscleVector()
        for (index, block) in blocks.enumerated() where index < shares.count {
            let share = shares[index]
            guard share > 0 else { continue }
            let table = distribution(
                sport: activity.summary.sport, grade: grades[index], block: block, ftp: settings.ftp, parameters)
            shareWeighted.add(table, times: share)
        }
        return shareWeighted * (parameters.kEndurance * load.tss)
    }

    static func onFoot(_ sport: Sport) -> Bool {
        switch sport {
        case .running, .walking, .hiking: true
        default: false
        }
    }

    /// Each block's share of mechanical demand, moving seconds × speed² (speed capped at
    /// `maximumRunningSpeed`); nil when no block moved (treadmill without speed, summary only).
    static func mechanicalShares(_ blocks: [SeriesBlock], _ p: ModelParameters) -> [Double]? {
        let weights = blocks.map { block -> Double in
            guard block.movingSeconds > 0, block.distanceMeters > 0 else { return 0 }
            let speed = min(block.distanceMeters / block.movingSeconds, p.maximumRunningSpeed)
            return block.movingSeconds * speed * speed
        }
        let sum = weights.reduce(0, +)
        guard sum > 0, blocks.count > 1 else { return nil }
        return weights.map { $0 / sum }
    }

    /// The share table D for one block of `sport` at `grade`.
    ///
    /// Running, walking and hiking interpolate between the flat and the uphill or downhill row,
    /// saturating at ±`gradeSaturation`, with the downhill quad share raised for eccentric work.
    /// Cycling uses the high-power row at or above FTP, or without power on steep, low-cadence blocks.
    public static func distribution(
        sport: Sport, grade: Double, block: SeriesBlock, ftp: Double?, _ p: ModelParameters
    ) -> MuscleVector {
        switch sport {
        case .running, .walking, .hiking:
            let t = min(abs(grade) / p.gradeSaturation, 1)
            let end = grade < 0 ? p.runDownhill : p.runUphill
            var table = MuscleVector.interpolating(p.runFlat, end, t)
            if grade < 0 { table.quads *= 1 + (p.downhillQuadFactor - 1) * t }
            return table
        case .cycling:
            return isHighPower(block: block, grade: grade, ftp: ftp, p) ? p.rideHighPower : p.rideSeated
        case .swimming:
            return p.swimming
        case .other:
            return p.otherSport
        }
    }

    /// Whether a ride block counts as high power / standing.
    public static func isHighPower(block: SeriesBlock, grade: Double, ftp: Double?, _ p: ModelParameters) -> Bool {
        if let power = block.power, let ftp, ftp > 0 {
            return power >= p.highPowerFTPFraction * ftp
        }
        let lowCadence = block.cadence.map { $0 <= p.highPowerProxyMaxCadence } ?? true
        return grade >= p.highPowerProxyGrade && lowCadence
    }
}
