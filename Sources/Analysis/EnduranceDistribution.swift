import HipBalanceCore

/// Spreads an endurance session's load over the muscle groups (`model.md` §7.2).
public enum EnduranceDistribution {
    /// The muscle vector E of one activity in set-equivalents: k_e · L · Σ share · D(block).
    public static func vector(
        for activity: Activity, load: SessionLoad, settings: AthleteSettings, parameters: ModelParameters
    ) -> MuscleVector {
        let blocks = ActivityBlocks.of(activity)
        let grades = ActivityBlocks.grades(blocks, parameters)
        var shareWeighted = MuscleVector()
        for (index, block) in blocks.enumerated() where index < load.blockShares.count {
            let share = load.blockShares[index]
            guard share > 0 else { continue }
            let table = distribution(
                sport: activity.summary.sport, grade: grades[index], block: block, ftp: settings.ftp, parameters)
            shareWeighted.add(table, times: share)
        }
        return shareWeighted * (parameters.kEndurance * load.tss)
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

extension MuscleVector {
    /// a + (b − a) · t, field by field (written out: this runs once per 30-s block).
    static func interpolating(_ a: MuscleVector, _ b: MuscleVector, _ t: Double) -> MuscleVector {
        MuscleVector(
            quads: a.quads + (b.quads - a.quads) * t, glutes: a.glutes + (b.glutes - a.glutes) * t,
            hamstrings: a.hamstrings + (b.hamstrings - a.hamstrings) * t, lowBack: a.lowBack + (b.lowBack - a.lowBack) * t,
            core: a.core + (b.core - a.core) * t, hipFlexors: a.hipFlexors + (b.hipFlexors - a.hipFlexors) * t,
            calves: a.calves + (b.calves - a.calves) * t)
    }

    /// Adds `other` · `factor` in place.
    mutating func add(_ other: MuscleVector, times factor: Double) {
        quads += other.quads * factor
        glutes += other.glutes * factor
        hamstrings += other.hamstrings * factor
        lowBack += other.lowBack * factor
        core += other.core * factor
        hipFlexors += other.hipFlexors * factor
        calves += other.calves * factor
    }
}
