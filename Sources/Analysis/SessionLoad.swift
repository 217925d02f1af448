import Foundation
import HipBalanceCore

/// One activity's training load in TSS-equivalents, how it was found, and how it spreads over
/// the activity's blocks.
public struct SessionLoad: Sendable, Hashable {
    /// TSS-equivalents (TSSe), never negative.
    public var tss: Double
    public var method: LoadMethod
    /// The method's data-quality weight q.
    public var quality: Double
    /// Each block's share of `tss` (sums to 1 when there is any load), one per block of the
    /// `PreparedActivity` the load was estimated from.
    public var blockShares: [Double]

    /// Estimates the load of `activity` by the first method its data and `settings` allow.
    ///
    /// `asOf` gives the athlete's age for the age-predicted HRmax.
    public static func of(
        _ activity: Activity, settings: AthleteSettings, parameters: ModelParameters, asOf: LocalDate
    ) -> SessionLoad {
        of(PreparedActivity(activity, parameters: parameters), settings: settings, parameters: parameters, asOf: asOf)
    }

    /// Same, from an activity already prepared with the same `parameters`.
    public static func of(
        _ prepared: PreparedActivity, settings: AthleteSettings, parameters: ModelParameters, asOf: LocalDate
    ) -> SessionLoad {
        let activity = prepared.activity
        let blocks = prepared.blocks
        let sport = activity.summary.sport
        if sport == .cycling, let power = powerLoad(blocks, activity: activity, settings: settings, parameters) {
            return power
        }
        if sport == .running, let pace = paceLoad(prepared, settings: settings, parameters) {
            guard isTrail(activity, parameters),
                var heartRate = heartRateLoad(blocks, settings: settings, parameters, asOf: asOf)
            else { return pace }
            // Heart rate is preferred on trails because it is the better estimate there: it never
            // rates lower than the pace it replaces, so removing the strap cannot raise confidence.
            heartRate.quality = max(heartRate.quality, pace.quality)
            return heartRate
        }
        if let heartRate = heartRateLoad(blocks, settings: settings, parameters, asOf: asOf) { return heartRate }
        let rate: Double
        let method: LoadMethod
        if let rpe = activity.perceivedExertion, rpe > 0 {
            (rate, method) = (tssPerHour(rpe: rpe, parameters), .sessionRPE)
        } else {
            (rate, method) = (parameters.durationOnlyTSSPerHour, .durationOnly)
        }
        let seconds = prepared.activeSeconds
        return SessionLoad(
            tss: seconds.reduce(0, +) / 3600 * rate, method: method, quality: method.quality(parameters),
            blockShares: normalize(seconds, blocks))
    }

    /// TSS-equivalents per hour for a session RPE (CR-10) by the bands of `docs/model.md` §2.
    public static func tssPerHour(rpe: Double, _ parameters: ModelParameters) -> Double {
        let band = parameters.rpeBandUpperBounds.firstIndex { rpe <= $0 } ?? parameters.rpeBandUpperBounds.count
        return parameters.rpeTSSPerHour[band]
    }

    /// Age-predicted maximal heart rate, 208 − 0.7·age by default.
    public static func predictedHRMax(age: Double, _ parameters: ModelParameters) -> Double {
        parameters.predictedHRMaxIntercept - parameters.predictedHRMaxSlope * age
    }

    /// Banister TRIMP of `minutes` at heart-rate reserve fraction `reserve`, converted to TSSe;
    /// with unknown sex, the mean of the two curves.
    public static func trimpTSS(minutes: Double, reserve: Double, sex: Sex?, _ p: ModelParameters) -> Double {
        let x = min(max(reserve, 0), 1)
        let male = minutes * x * p.trimpMaleA * exp(p.trimpMaleB * x) * p.trimpToTSSMale
        let female = minutes * x * p.trimpFemaleA * exp(p.trimpFemaleB * x) * p.trimpToTSSFemale
        switch sex {
        case .male: return male
        case .female: return female
        case nil: return (male + female) / 2
        }
    }

    /// Speed on level ground that costs as much as `speed` on `grade` (Minetti's cost of running).
    public static func gradedSpeed(_ speed: Double, grade: Double, _ p: ModelParameters) -> Double {
        let g = min(max(grade, -p.runningCostGradeLimit), p.runningCostGradeLimit)
        let coefficients = p.runningCostCoefficients
        var cost = 0.0
        for index in coefficients.indices.reversed() { cost = cost * g + coefficients[index] }
        let flat = coefficients[0]
        return flat > 0 ? max(0, speed * cost / flat) : speed
    }

    // MARK: - Methods

    private static func powerLoad(
        _ blocks: [SeriesBlock], activity: Activity, settings: AthleteSettings, _ p: ModelParameters
    ) -> SessionLoad? {
        guard let ftp = settings.ftp, ftp > 0 else { return nil }
        let summaryNP = activity.summary.power.map(\.normalized).flatMap { $0 > 0 ? $0 : nil }
        return normalizedLoad(
            blocks, intensities: blocks.map { $0.power.map { max($0, 0) } }, seconds: \.durationSeconds, threshold: ftp,
            normalized: summaryNP, method: .power, p)
    }

    private static func paceLoad(_ prepared: PreparedActivity, settings: AthleteSettings, _ p: ModelParameters)
        -> SessionLoad?
    {
        guard let pace = settings.thresholdPaceSecondsPerKm, pace > 0 else { return nil }
        let (blocks, grades) = (prepared.blocks, prepared.grades)
        let speeds = blocks.indices.map { index -> Double? in
            let block = blocks[index]
            guard block.movingSeconds > 0, block.distanceMeters > 0 else { return nil }
            let rawSpeed = block.distanceMeters / block.movingSeconds
            // A GPS jump would dominate the fourth-power mean: such blocks count as uncovered.
            guard rawSpeed <= p.maximumRunningSpeed else { return nil }
            return gradedSpeed(rawSpeed, grade: grades[index], p)
        }
        return normalizedLoad(
            blocks, intensities: speeds, seconds: \.movingSeconds, threshold: 1000 / pace, normalized: nil,
            method: .pace, p)
    }

    /// h · IF² · 100 with IF = normalised intensity / threshold, the normalised intensity being the
    /// fourth root of the time-weighted mean fourth power over covered blocks (or `normalized` when
    /// given). Uncovered blocks count at the mean intensity; nil below the coverage minimum.
    private static func normalizedLoad(
        _ blocks: [SeriesBlock], intensities: [Double?], seconds: KeyPath<SeriesBlock, Double>, threshold: Double,
        normalized: Double?, method: LoadMethod, _ p: ModelParameters
    ) -> SessionLoad? {
        var total = 0.0
        var covered = 0.0
        var fourth = 0.0
        var square = 0.0
        for (block, intensity) in zip(blocks, intensities) {
            let time = block[keyPath: seconds]
            total += time
            guard let intensity else { continue }
            covered += time
            fourth += time * pow(intensity, 4)
            square += time * intensity * intensity
        }
        guard total > 0, covered > 0, covered >= p.minimumChannelCoverage * total else { return nil }
        let factor = (normalized ?? pow(fourth / covered, 0.25)) / threshold
        let meanSquare = square / covered
        let weights = zip(blocks, intensities).map { block, intensity in
            block[keyPath: seconds] * (intensity.map { $0 * $0 } ?? meanSquare)
        }
        return SessionLoad(
            tss: total / 3600 * factor * factor * 100, method: method, quality: method.quality(p),
            blockShares: normalize(weights, blocks))
    }

    private static func heartRateLoad(
        _ blocks: [SeriesBlock], settings: AthleteSettings, _ p: ModelParameters, asOf: LocalDate
    ) -> SessionLoad? {
        let total = ActivityBlocks.durationSeconds(blocks)
        let withHR = blocks.filter { $0.heartRate != nil && $0.durationSeconds > 0 }
        let covered = ActivityBlocks.durationSeconds(withHR)
        guard total > 0, covered > 0, covered >= p.minimumChannelCoverage * total else { return nil }
        let blockLoad: (Double, Double) -> Double
        let method: LoadMethod
        if let lthr = settings.lthr, lthr > 0 {
            method = .heartRate
            blockLoad = { seconds, hr in seconds / 3600 * pow(hr / lthr, 2) * 100 }
        } else {
            let maximum: Double
            if let hrMax = settings.hrMax, hrMax > 0 {
                maximum = hrMax
                method = .heartRate
            } else if let birthYear = settings.birthYear {
                maximum = predictedHRMax(age: Double(asOf.year - birthYear), p)
                method = .heartRateAgePredicted
            } else {
                return nil
            }
            let rest = settings.hrRest ?? p.defaultRestingHeartRate
            guard maximum > rest else { return nil }
            blockLoad = { seconds, hr in
                trimpTSS(minutes: seconds / 60, reserve: (hr - rest) / (maximum - rest), sex: settings.sex, p)
            }
        }
        let loads = blocks.map { block in block.heartRate.map { blockLoad(block.durationSeconds, $0) } }
        let coveredLoad = loads.reduce(0) { $0 + ($1 ?? 0) }
        let meanRate = coveredLoad / covered
        let weights = zip(blocks, loads).map { block, load in load ?? meanRate * block.durationSeconds }
        let tss = coveredLoad * total / covered
        return SessionLoad(
            tss: tss, method: method, quality: method.quality(p), blockShares: normalize(weights, blocks))
    }

    private static func isTrail(_ activity: Activity, _ p: ModelParameters) -> Bool {
        if activity.summary.sportLabel?.lowercased().contains("trail") == true { return true }
        let kilometres = activity.summary.distanceMeters / 1000
        return kilometres > 0 && activity.summary.ascentMeters / kilometres >= p.trailAscentMetersPerKm
    }

    /// Shares proportional to `weights`; uniform by duration when every weight is 0.
    private static func normalize(_ weights: [Double], _ blocks: [SeriesBlock]) -> [Double] {
        let sum = weights.reduce(0, +)
        if sum > 0 { return weights.map { $0 / sum } }
        let durations = blocks.map(\.durationSeconds)
        let total = durations.reduce(0, +)
        if total > 0 { return durations.map { $0 / total } }
        return blocks.map { _ in 1 / Double(blocks.count) }
    }
}
