import Foundation
import HipBalanceCore

/// The fixed choices the reader makes when it turns points into a summary.
enum ReaderParameters {
    /// Length of one `SeriesBlock`.
    static let blockSeconds = 30.0
    /// A gap between two timed points longer than this is a pause or a recording gap: it counts
    /// in elapsed time, but no sample value is stretched over it and it is never moving time.
    static let maximumSampleSeconds = 30.0
    /// An interval is moving when its speed reaches this (m/s; a slow walk is about 1 m/s).
    static let movingSpeed = 0.5
    /// Exponential smoothing factor applied per elevation sample before counting ascent.
    static let elevationSmoothing = 0.25
    /// Smoothed elevation must move this far (m) from the last turning point to count as climb or
    /// descent, so GPS and barometer noise do not add up.
    static let elevationHysteresisMeters = 3.0
    /// Normalized power's rolling window, seconds.
    static let normalizedPowerWindow = 30
    /// Ten or more timed points all within this many seconds are placeholder times.
    static let placeholderSpanSeconds = 1.0
    static let placeholderMinimumPoints = 10
    /// Heart rates outside this range (bpm) are placeholders or sensor errors and are ignored.
    static let heartRateRange = 20.0...250.0
    /// A foot-sport cadence whose raw mean is below this is one-foot steps per minute and is
    /// doubled; above it the device already wrote full steps per minute.
    static let perFootCadenceCeiling = 130.0
    /// An unlabelled activity whose mean moving speed reaches this (m/s, 21.6 km/h) over at least
    /// `inferenceMinimumMovingSeconds` is taken as a ride: only world-class runners hold that pace
    /// for 20 minutes, and nobody walks it.
    static let cyclingInferenceSpeed = 6.0
    static let inferenceMinimumMovingSeconds = 1200.0
}

/// One 30-s block in the making, holding both distance sources until the activity decides.
private struct BlockInProgress {
    var index: Int
    var duration = 0.0
    var moving = 0.0
    var haversineDistance = 0.0
    var cumulativeDistance = 0.0
    var elevationStart = Double.nan
    var elevationEnd = Double.nan
    var heartRate = WeightedMean()
    var power = WeightedMean()
    var cadence = WeightedMean()

    init(index: Int) { self.index = index }
}

/// A finished block, kept compact (single precision is ample for 30-s sums) until the activity
/// ends and decides between its distance sources and cadence scale: a 1,000,000-point file has
/// 33,000 of them.
private struct FinishedBlock {
    var index: Int32
    var duration: Float
    var moving: Float
    var haversineDistance: Float
    var cumulativeDistance: Float
    /// NaN when the block had no elevation or no mean for the channel.
    var elevationChange: Float
    var heartRate: Float
    var power: Float
    var cadence: Float

    init(_ block: BlockInProgress) {
        index = Int32(clamping: block.index)
        duration = Float(block.duration)
        moving = Float(block.moving)
        haversineDistance = Float(block.haversineDistance)
        cumulativeDistance = Float(block.cumulativeDistance)
        elevationChange = Float(block.elevationEnd - block.elevationStart)
        heartRate = Float(block.heartRate.mean ?? .nan)
        power = Float(block.power.mean ?? .nan)
        cadence = Float(block.cadence.mean ?? .nan)
    }

    var isEmpty: Bool { duration == 0 && haversineDistance == 0 && cumulativeDistance == 0 }

    func seriesBlock(usesCumulative: Bool, cadenceFactor: Double) -> SeriesBlock {
        func optional(_ value: Float) -> Double? { value.isNaN ? nil : Double(value) }
        return SeriesBlock(
            offsetSeconds: Double(index) * ReaderParameters.blockSeconds,
            durationSeconds: Double(duration), movingSeconds: Double(moving),
            distanceMeters: Double(usesCumulative ? cumulativeDistance : haversineDistance),
            elevationChangeMeters: optional(elevationChange), heartRate: optional(heartRate), power: optional(power),
            cadence: optional(cadence).map { $0 * cadenceFactor })
    }
}

/// A time-weighted mean that falls back to the plain mean of samples when no time weighted them.
struct WeightedMean {
    private var weightedSum = 0.0
    private var weight = 0.0
    private var sum = 0.0
    private(set) var count = 0
    private(set) var maximum = -Double.infinity

    mutating func add(_ value: Double, weight w: Double) {
        weightedSum += value * w
        weight += w
        sum += value
        count += 1
        if value > maximum { maximum = value }
    }

    /// The mean, or nil when no sample was added.
    var mean: Double? {
        guard count > 0 else { return nil }
        return weight > 0 ? weightedSum / weight : sum / Double(count)
    }
}

/// The totals TCX laps declare, the only data of an activity recorded without trackpoints (a
/// manual or treadmill entry).
struct LapTotals {
    private(set) var start = Double.nan
    private(set) var seconds = 0.0
    private(set) var distance = 0.0
    private var lapSeconds = 0.0
    private(set) var heartRate = WeightedMean()
    private(set) var heartRateMaximum: Double?

    /// A lap starts at this instant (seconds since 1970), when it carries one.
    mutating func startLap(at instant: Double?) {
        lapSeconds = 0
        if let instant, start.isNaN || instant < start { start = instant }
    }

    mutating func addSeconds(_ value: Double) {
        guard value > 0 else { return }
        lapSeconds = value
        seconds += value
    }

    mutating func addDistance(_ value: Double) { if value > 0 { distance += value } }

    mutating func addMeanHeartRate(_ value: Double) {
        if ReaderParameters.heartRateRange.contains(value) { heartRate.add(value, weight: lapSeconds) }
    }

    mutating func addMaximumHeartRate(_ value: Double) {
        if ReaderParameters.heartRateRange.contains(value) { heartRateMaximum = max(heartRateMaximum ?? 0, value) }
    }
}

/// Streams the points of one activity into its summary and 30-s blocks in constant memory.
///
/// Each timed point closes the interval since the previous timed point; the interval's length is
/// its duration, the point's values are its samples. Times that go backwards or repeat give a
/// zero-length interval, never a negative one.
struct ActivityAccumulator {
    var sportLabel: String?
    var device: String?
    var laps = 0
    var lapTotals = LapTotals()
    private(set) var points = 0
    private(set) var channels = Channels()

    private var firstTime = Double.nan
    private var clock = Double.nan
    private var minimumTime = Double.infinity
    private var maximumTime = -Double.infinity
    private var timedPoints = 0
    private(set) var backwardSteps = 0
    private var timeZoneAssumed = false
    private var sentinelTimes = 0

    private var previousLatitude = Double.nan
    private var previousLongitude = Double.nan
    private var previousCumulative = 0.0
    private var haversineTotal = 0.0
    private var cumulativeTotal = 0.0
    private var movingSeconds = 0.0

    private var smoothedElevation = Double.nan
    private var elevationAnchor = Double.nan
    private var ascent = 0.0
    private var descent = 0.0

    private var heartRate = WeightedMean()
    private var cadence = WeightedMean()
    private var power = WeightedMean()
    private var powerWindow = [Double](repeating: 0, count: ReaderParameters.normalizedPowerWindow)
    private var powerWindowIndex = 0
    private var powerWindowSum = 0.0
    private var powerSecondsFilled = 0
    private var powerPendingSeconds = 0.0
    private var powerFourthSum = 0.0
    private var powerFourthCount = 0

    private var block = BlockInProgress(index: 0)
    private var blocks: [FinishedBlock] = []

    init() {}

    /// Starts a new track segment: no distance is measured across the break.
    mutating func beginSegment() {
        previousLatitude = .nan
        previousLongitude = .nan
    }

    /// Records that a timestamp had no zone and was taken as UTC.
    mutating func noteZoneAssumed() { timeZoneAssumed = true }

    /// Records a timestamp before 1990, which counts as no time.
    mutating func noteSentinelTime() { sentinelTimes += 1 }

    /// Whether any point carried a usable time so far (a timed route is a recording).
    var hasTimedPoints: Bool { timedPoints > 0 }

    /// Adds one point; allocation-free.
    mutating func add(_ point: TrackPoint) {
        points += 1

        var dt = 0.0
        if point.time.isFinite {
            channels.time = true
            timedPoints += 1
            minimumTime = min(minimumTime, point.time)
            maximumTime = max(maximumTime, point.time)
            if firstTime.isNaN {
                firstTime = point.time
                clock = point.time
            } else if point.time < clock {
                backwardSteps += 1
            } else {
                dt = point.time - clock
                clock = point.time
            }
            let index = Int((clock - firstTime) / ReaderParameters.blockSeconds)
            if index != block.index { openBlock(index) }
        }
        let sampleWeight = dt <= ReaderParameters.maximumSampleSeconds ? dt : 0

        var intervalDistance = Double.nan
        if point.hasPosition {
            channels.position = true
            if previousLatitude.isFinite {
                let d = Numbers.haversineMeters(
                    latitude1: previousLatitude, longitude1: previousLongitude,
                    latitude2: point.latitude, longitude2: point.longitude)
                haversineTotal += d
                block.haversineDistance += d
                intervalDistance = d
            }
            previousLatitude = point.latitude
            previousLongitude = point.longitude
        }
        if point.distance.isFinite, point.distance >= 0 {
            channels.distance = true
            let d = max(0, point.distance - previousCumulative)
            previousCumulative = point.distance
            cumulativeTotal += d
            block.cumulativeDistance += d
            intervalDistance = d
        }
        if dt > 0 {
            block.duration += sampleWeight
            let moving =
                intervalDistance.isFinite
                ? intervalDistance / dt >= ReaderParameters.movingSpeed
                : dt <= ReaderParameters.maximumSampleSeconds
            if moving {
                movingSeconds += dt
                block.moving += dt
            }
        }

        if point.elevation.isFinite { addElevation(point.elevation) }
        if point.heartRate.isFinite, ReaderParameters.heartRateRange.contains(point.heartRate) {
            channels.heartRate = true
            heartRate.add(point.heartRate, weight: sampleWeight)
            block.heartRate.add(point.heartRate, weight: sampleWeight)
        }
        if point.cadence.isFinite, point.cadence >= 0 {
            channels.cadence = true
            cadence.add(point.cadence, weight: sampleWeight)
            block.cadence.add(point.cadence, weight: sampleWeight)
        }
        if point.power.isFinite, point.power >= 0 {
            channels.power = true
            power.add(point.power, weight: sampleWeight)
            block.power.add(point.power, weight: sampleWeight)
            addPowerSeconds(point.power, seconds: sampleWeight)
        }
        if point.temperature.isFinite { channels.temperature = true }
        if point.speed.isFinite { channels.speed = true }
    }

    private mutating func openBlock(_ index: Int) {
        let carriedElevation = block.elevationEnd
        blocks.append(FinishedBlock(block))
        block = BlockInProgress(index: index)
        block.elevationStart = carriedElevation
    }

    private mutating func addElevation(_ elevation: Double) {
        channels.elevation = true
        if smoothedElevation.isNaN {
            smoothedElevation = elevation
            elevationAnchor = elevation
        } else {
            smoothedElevation += ReaderParameters.elevationSmoothing * (elevation - smoothedElevation)
            let change = smoothedElevation - elevationAnchor
            if change >= ReaderParameters.elevationHysteresisMeters {
                ascent += change
                elevationAnchor = smoothedElevation
            } else if change <= -ReaderParameters.elevationHysteresisMeters {
                descent -= change
                elevationAnchor = smoothedElevation
            }
        }
        if block.elevationStart.isNaN { block.elevationStart = smoothedElevation }
        block.elevationEnd = smoothedElevation
    }

    /// Feeds whole seconds of power into the 30-s rolling window of normalized power.
    private mutating func addPowerSeconds(_ watts: Double, seconds: Double) {
        powerPendingSeconds += seconds
        let window = ReaderParameters.normalizedPowerWindow
        while powerPendingSeconds >= 1 {
            powerPendingSeconds -= 1
            powerWindowSum += watts - powerWindow[powerWindowIndex]
            powerWindow[powerWindowIndex] = watts
            powerWindowIndex = (powerWindowIndex + 1) % window
            powerSecondsFilled += 1
            if powerSecondsFilled >= window {
                let rolling = powerWindowSum / Double(window)
                let squared = rolling * rolling
                powerFourthSum += squared * squared
                powerFourthCount += 1
            }
        }
    }

    /// True when the timestamps can place the activity in time: at least one, not all equal, and
    /// not a pile of placeholder times within a second.
    var hasUsableTime: Bool {
        guard timedPoints > 0 else { return false }
        let span = maximumTime - minimumTime
        if timedPoints >= 2, span == 0 { return false }
        if timedPoints >= ReaderParameters.placeholderMinimumPoints, span < ReaderParameters.placeholderSpanSeconds {
            return false
        }
        return true
    }

    /// Why the activity has no usable time, phrased for a warning; nil when it has one.
    var noUsableTimeReason: String? {
        if hasUsableTime { return nil }
        if timedPoints > 0 { return "timestamps are placeholders (all equal or within a second)" }
        return sentinelTimes > 0 ? "timestamps are sentinels before 1990" : "no timestamps"
    }

    /// Whether the raw cadence of this sport is one-foot steps per minute that must be doubled.
    static func cadenceIsPerFoot(sport: Sport, rawMean: Double) -> Bool {
        switch sport {
        case .running, .walking, .hiking: return rawMean < ReaderParameters.perFootCadenceCeiling
        case .cycling, .swimming, .other: return false
        }
    }

    /// The sport: from the label when there is one, else inferred from speed (flagged by
    /// `sportInferred`), else `.other`.
    private func sport(timed: Bool, distance: Double) -> (sport: Sport, inferred: Bool) {
        if let sportLabel { return (SportMapping.sport(forLabel: sportLabel), false) }
        if timed, movingSeconds >= ReaderParameters.inferenceMinimumMovingSeconds,
            distance / movingSeconds >= ReaderParameters.cyclingInferenceSpeed
        {
            return (.cycling, true)
        }
        return (.other, false)
    }

    /// The activity of a TCX file that has laps but no trackpoints, from the lap totals: no series
    /// and no moving/elapsed distinction (laps give timer time only).
    func finishFromLaps(source: String) -> Activity {
        let timed = lapTotals.start.isFinite && lapTotals.seconds > 0
        var summary = ActivitySummary(
            sport: sportLabel.map(SportMapping.sport(forLabel:)) ?? .other, sportLabel: sportLabel,
            start: timed ? Date(timeIntervalSince1970: lapTotals.start) : nil,
            elapsedSeconds: timed ? lapTotals.seconds : 0, movingSeconds: timed ? lapTotals.seconds : 0,
            distanceMeters: lapTotals.distance, points: 0, laps: laps, device: device)
        summary.channels.distance = lapTotals.distance > 0
        if let mean = lapTotals.heartRate.mean {
            summary.heartRate = HeartRateStats(mean: mean, max: max(lapTotals.heartRateMaximum ?? mean, mean))
            summary.channels.heartRate = true
        }
        return Activity(summary: summary, source: source)
    }

    /// The finished activity, and whether its sport was inferred rather than read.
    func finish(source: String) -> (activity: Activity, sportInferred: Bool) {
        let timed = hasUsableTime
        let usesCumulative = channels.distance
        let distance = usesCumulative ? cumulativeTotal : haversineTotal
        let (sport, sportInferred) = self.sport(timed: timed, distance: distance)
        let cadenceFactor = cadence.mean.map { Self.cadenceIsPerFoot(sport: sport, rawMean: $0) ? 2.0 : 1.0 } ?? 1

        var summary = ActivitySummary(
            sport: sport, sportLabel: sportLabel, start: timed ? Date(timeIntervalSince1970: firstTime) : nil,
            timeZoneAssumed: timeZoneAssumed,
            elapsedSeconds: timed ? clock - firstTime : 0, movingSeconds: timed ? movingSeconds : 0,
            distanceMeters: distance,
            ascentMeters: ascent, descentMeters: descent, points: points, laps: laps,
            device: device, channels: channels)
        if let mean = heartRate.mean { summary.heartRate = HeartRateStats(mean: mean, max: heartRate.maximum) }
        if let mean = cadence.mean { summary.cadence = CadenceStats(mean: mean * cadenceFactor) }
        if let mean = power.mean {
            let normalized = powerFourthCount > 0 ? pow(powerFourthSum / Double(powerFourthCount), 0.25) : mean
            summary.power = PowerStats(mean: mean, max: power.maximum, normalized: normalized)
        }

        var series: [SeriesBlock] = []
        if timed {
            let last = FinishedBlock(block)
            series.reserveCapacity(blocks.count + 1)
            for finished in blocks where !finished.isEmpty {
                series.append(finished.seriesBlock(usesCumulative: usesCumulative, cadenceFactor: cadenceFactor))
            }
            if !last.isEmpty {
                series.append(last.seriesBlock(usesCumulative: usesCumulative, cadenceFactor: cadenceFactor))
            }
        }
        return (Activity(summary: summary, blocks: series, source: source), sportInferred)
    }
}
