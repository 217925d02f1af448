import Foundation
import HipBalanceCore

/// How a session's load was estimated, best first (`model.md` §7.1).
public enum LoadMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Power TSS from normalised power and FTP.
    case power
    /// rTSS from normalised graded pace and threshold pace.
    case pace
    /// Heart-rate load with a configured LTHR or HRmax.
    case heartRate = "heart-rate"
    /// Heart-rate load with HRmax predicted from age.
    case heartRateAgePredicted = "heart-rate-age-predicted"
    /// Session RPE × duration.
    case sessionRPE = "session-rpe"
    /// Duration only.
    case durationOnly = "duration-only"

    /// The data-quality weight q of this method.
    public func quality(_ parameters: ModelParameters) -> Double {
        switch self {
        case .power: parameters.qPower
        case .pace: parameters.qPace
        case .heartRate: parameters.qHeartRate
        case .heartRateAgePredicted: parameters.qAgePredictedHeartRate
        case .sessionRPE: parameters.qSessionRPE
        case .durationOnly: parameters.qDurationOnly
        }
    }
}

/// One activity's training load in TSS-equivalents, how it was found, and how it spreads over
/// the activity's blocks.
public struct SessionLoad: Sendable, Hashable {
    /// TSS-equivalents (TSSe), never negative.
    public var tss: Double
    public var method: LoadMethod
    /// The method's data-quality weight q.
    public var quality: Double
    /// Each block's share of `tss` (sums to 1 when there is any load), aligned with `ActivityBlocks.of`.
    public var blockShares: [Double]

    /// Estimates the load of `activity` by the first method its data and `settings` allow.
    ///
    /// `asOf` gives the athlete's age for the age-predicted HRmax.
    public static func of(
        _ activity: Activity, settings: AthleteSettings, parameters: ModelParameters, asOf: LocalDate
    ) -> SessionLoad {
        let blocks = ActivityBlocks.of(activity)
        let sport = activity.summary.sport
        if sport == .cycling, let power = powerLoad(blocks, activity: activity, settings: settings, parameters) {
            return power
        }
        let heartRate = heartRateLoad(blocks, settings: settings, parameters, asOf: asOf)
        if sport == .running, let pace = paceLoad(blocks, settings: settings, parameters) {
            let trail = isTrail(activity, parameters)
            if !(trail && heartRate != nil) { return pace }
        }
        if let heartRate { return heartRate }
        let hours = ActivityBlocks.movingSeconds(blocks) / 3600
        if let rpe = activity.perceivedExertion, rpe > 0 {
            return uniform(blocks, tss: hours * tssPerHour(rpe: rpe, parameters), method: .sessionRPE, parameters)
        }
        return uniform(blocks, tss: hours * parameters.durationOnlyTSSPerHour, method: .durationOnly, parameters)
    }

    /// TSS-equivalents per hour for a session RPE (CR-10) by the bands of §7.1.
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
        let total = ActivityBlocks.durationSeconds(blocks)
        let withPower = blocks.filter { $0.power != nil && $0.durationSeconds > 0 }
        let covered = ActivityBlocks.durationSeconds(withPower)
        guard total > 0, covered >= p.minimumChannelCoverage * total else { return nil }
        let fourth = withPower.reduce(0) { $0 + $1.durationSeconds * pow(max($1.power!, 0), 4) } / covered
        let normalized = activity.summary.power.map(\.normalized).flatMap { $0 > 0 ? $0 : nil } ?? pow(fourth, 0.25)
        let intensity = normalized / ftp
        let tss = total / 3600 * intensity * intensity * 100
        let meanSquare = withPower.reduce(0) { $0 + $1.durationSeconds * pow(max($1.power!, 0), 2) } / covered
        let weights = blocks.map { $0.durationSeconds * ($0.power.map { pow(max($0, 0), 2) } ?? meanSquare) }
        return SessionLoad(tss: tss, method: .power, quality: p.qPower, blockShares: normalize(weights, blocks))
    }

    private static func paceLoad(_ blocks: [SeriesBlock], settings: AthleteSettings, _ p: ModelParameters) -> SessionLoad? {
        guard let pace = settings.thresholdPaceSecondsPerKm, pace > 0 else { return nil }
        let thresholdSpeed = 1000 / pace
        let grades = ActivityBlocks.grades(blocks, p)
        var moving = 0.0
        var fourth = 0.0
        var weights = [Double](repeating: 0, count: blocks.count)
        for (index, block) in blocks.enumerated() where block.movingSeconds > 0 && block.distanceMeters > 0 {
            let speed = gradedSpeed(block.distanceMeters / block.movingSeconds, grade: grades[index], p)
            moving += block.movingSeconds
            fourth += block.movingSeconds * pow(speed, 4)
            weights[index] = block.movingSeconds * speed * speed
        }
        let total = ActivityBlocks.movingSeconds(blocks)
        guard total > 0, moving >= p.minimumChannelCoverage * total else { return nil }
        let intensity = pow(fourth / moving, 0.25) / thresholdSpeed
        let tss = moving / 3600 * intensity * intensity * 100
        return SessionLoad(tss: tss, method: .pace, quality: p.qPace, blockShares: normalize(weights, blocks))
    }

    private static func heartRateLoad(
        _ blocks: [SeriesBlock], settings: AthleteSettings, _ p: ModelParameters, asOf: LocalDate
    ) -> SessionLoad? {
        let total = ActivityBlocks.durationSeconds(blocks)
        let withHR = blocks.filter { $0.heartRate != nil && $0.durationSeconds > 0 }
        let covered = ActivityBlocks.durationSeconds(withHR)
        guard total > 0, covered >= p.minimumChannelCoverage * total else { return nil }
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
        return SessionLoad(tss: tss, method: method, quality: method.quality(p), blockShares: normalize(weights, blocks))
    }

    private static func uniform(_ blocks: [SeriesBlock], tss: Double, method: LoadMethod, _ p: ModelParameters) -> SessionLoad {
        let weights = blocks.map { $0.movingSeconds > 0 ? $0.movingSeconds : $0.durationSeconds }
        return SessionLoad(tss: max(0, tss), method: method, quality: method.quality(p), blockShares: normalize(weights, blocks))
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

/// The blocks the model reads from an activity, and helpers over them.
public enum ActivityBlocks {
    /// The activity's series blocks, or one block built from its summary when it has none.
    public static func of(_ activity: Activity) -> [SeriesBlock] {
        if !activity.blocks.isEmpty { return activity.blocks }
        let summary = activity.summary
        let moving = summary.movingSeconds > 0 ? summary.movingSeconds : summary.elapsedSeconds
        return [
            SeriesBlock(
                offsetSeconds: 0, durationSeconds: max(summary.elapsedSeconds, moving), movingSeconds: moving,
                distanceMeters: summary.distanceMeters, elevationChangeMeters: nil,
                heartRate: summary.heartRate?.mean, power: summary.power?.mean, cadence: summary.cadence?.mean)
        ]
    }

    /// Recorded seconds over `blocks`.
    public static func durationSeconds(_ blocks: [SeriesBlock]) -> Double { blocks.reduce(0) { $0 + $1.durationSeconds } }

    /// Moving seconds over `blocks`, or recorded seconds when nothing was marked moving.
    public static func movingSeconds(_ blocks: [SeriesBlock]) -> Double {
        let moving = blocks.reduce(0) { $0 + $1.movingSeconds }
        return moving > 0 ? moving : durationSeconds(blocks)
    }

    /// True when any block carries elevation.
    public static func hasElevation(_ blocks: [SeriesBlock]) -> Bool { blocks.contains { $0.elevationChangeMeters != nil } }

    /// Grade of each block over a centred window of `gradeWindowBlocks`; 0 without elevation or distance.
    public static func grades(_ blocks: [SeriesBlock], _ p: ModelParameters) -> [Double] {
        let half = p.gradeWindowBlocks / 2
        return blocks.indices.map { index in
            var rise = 0.0
            var run = 0.0
            for neighbour in max(0, index - half)...min(blocks.count - 1, index + half) {
                guard let change = blocks[neighbour].elevationChangeMeters else { continue }
                rise += change
                run += blocks[neighbour].distanceMeters
            }
            return run >= p.minimumGradeDistanceMeters ? rise / run : 0
        }
    }
}
