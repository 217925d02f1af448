import Foundation
import HipBalanceCore

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

    /// How the activity as a whole shapes its blocks.
    struct Shape {
        /// Seconds from the activity start to the first timed instant.
        var offset: Double
        var usesCumulative: Bool
        /// Indoors: every recorded second is moving.
        var stationary: Bool
        /// nil when the cadence channel is absent or all zeros.
        var cadenceFactor: Double?
        var hasPower: Bool
    }

    func seriesBlock(_ shape: Shape) -> SeriesBlock {
        func optional(_ value: Float) -> Double? { value.isNaN ? nil : Double(value) }
        return SeriesBlock(
            offsetSeconds: Double(index) * ReaderParameters.blockSeconds + shape.offset,
            durationSeconds: Double(duration), movingSeconds: Double(shape.stationary ? duration : moving),
            distanceMeters: Double(shape.usesCumulative ? cumulativeDistance : haversineDistance),
            elevationChangeMeters: optional(elevationChange), heartRate: optional(heartRate),
            power: shape.hasPower ? optional(power) : nil,
            cadence: shape.cadenceFactor.flatMap { factor in optional(cadence).map { $0 * factor } })
    }
}

/// Streams the points of one activity into its summary and 30-s blocks in constant memory.
///
/// Time advances in steps, from one timed point (or timer event) to the next. A step is a pause
/// when a segment break (`beginSegment`) or a stopped timer (`timerStopped`) lies before it: it
/// counts in elapsed time only. Otherwise it is recorded time; each channel's held reading is
/// credited over it (see `HeldChannel`), and it is moving time when its distance over its duration
/// reaches `ReaderParameters.movingSpeed` (or, without any distance, when it is within the hold
/// limit). A point earlier than the latest time seen adds nothing but its count: no time, no
/// distance, no values (a track written twice is counted once).
struct ActivityAccumulator {
    var sportLabel: String?
    var device: String?
    var laps = 0
    var lapTotals = LapTotals()
    /// The file marks its pauses itself (TCX laps and tracks, FIT timer events): between them the
    /// timer runs, so every step is recorded and moving (timer) time, and readings hold for up to
    /// `timerHoldSeconds`. GPX does not: its segments may be pauses, but an unmarked stop is only
    /// found from speed.
    var hasTimerSignals = false
    private(set) var points = 0
    private(set) var channels = Channels()
    private(set) var rejected = RejectedValues()

    private var firstTime = Double.nan
    private var clock = Double.nan
    private var minimumTime = Double.infinity
    private var maximumTime = -Double.infinity
    private var timedPoints = 0
    private(set) var backwardSteps = 0
    private var timeZoneAssumed = false
    private var sentinelTimes = 0
    /// The next step starts after a segment break or a timer restart.
    private var breakPending = false
    private var timerIsStopped = false

    private var previousLatitude = Double.nan
    private var previousLongitude = Double.nan
    private var previousCumulative = 0.0
    private var haversineTotal = 0.0
    private var cumulativeTotal = 0.0
    /// Distance since the previous timed point, from each source, NaN when none was measured.
    private var pendingHaversine = Double.nan
    private var pendingCumulative = Double.nan
    private var movingSeconds = 0.0
    /// Metres measured over timed steps since the activity start (any source), for `motion`.
    private var odometer = 0.0
    private var motion = MotionWindow()
    private var recordedSeconds = 0.0

    private var elevation = ElevationProfile()
    /// The device's own climb and descent (a FIT session's `total_ascent`/`total_descent`), which
    /// `finish` reports in place of the count from the points, capped by the points' plain sums.
    var deviceAscentMeters: Double?
    var deviceDescentMeters: Double?
    /// The device's own elapsed and timer time (a FIT session's `total_elapsed_time` and
    /// `total_timer_time`), which `finish` reports as elapsed and moving time when the points have
    /// usable times: devices count from the timer start to the end of saving, which the points do
    /// not show. The blocks keep the times of the points.
    var deviceElapsedSeconds: Double?
    var deviceTimerSeconds: Double?
    /// The device's own distance and mean heart rate (a FIT session's `total_distance` and
    /// `avg_heart_rate`), reported in place of the points' (a multisport leg's distance that
    /// includes the transition before it, a swim's mean over the strap's stored beats). The
    /// maximum heart rate and the blocks stay those of the points.
    var deviceDistanceMeters: Double?
    var deviceHeartRateMean: Double?

    private var heartRate = HeldChannel()
    private var cadence = HeldChannel()
    private var power = HeldChannel()
    /// Cadence samples taken at the end of a moving step and above zero: the scale decision.
    private var movingCadence = WeightedMean()
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

    /// Starts a new track segment (GPX `trkseg`, TCX `Track` or `Lap`): the step across the break
    /// is a pause, no distance is measured across it and no reading is held over it.
    mutating func beginSegment() {
        previousLatitude = .nan
        previousLongitude = .nan
        pendingHaversine = .nan
        motion.reset()
        if firstTime.isFinite { breakPending = true }
        releaseChannels()
    }

    /// The device's timer stopped at `time` (seconds since 1970 UTC): from here to the next
    /// `timerStarted` nothing is moving or recorded time and no reading is held. Timer events
    /// never move the clock themselves: elapsed time runs from the first to the last point.
    mutating func timerStopped(at time: Double) {
        hasTimerSignals = true
        guard time.isFinite else { return }
        timerIsStopped = true
        releaseChannels()
    }

    /// The device's timer started (again) at `time` (seconds since 1970 UTC). The step from the
    /// last point before it to the first point after it is a pause; no distance is measured
    /// from positions before it.
    mutating func timerStarted(at time: Double) {
        hasTimerSignals = true
        guard time.isFinite else { return }
        if timerIsStopped, firstTime.isFinite { breakPending = true }
        timerIsStopped = false
        previousLatitude = .nan
        previousLongitude = .nan
        pendingHaversine = .nan
        motion.reset()
        releaseChannels()
    }

    private mutating func releaseChannels() {
        heartRate.release()
        cadence.release()
        power.release()
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
        var time = point.time
        if time.isFinite {
            channels.time = true
            timedPoints += 1
            minimumTime = min(minimumTime, time)
            maximumTime = max(maximumTime, time)
            if time < clock {
                backwardSteps += 1
                return
            }
        } else {
            time = clock
        }

        if point.hasPosition {
            channels.position = true
            if previousLatitude.isFinite {
                let d = Numbers.haversineMeters(
                    latitude1: previousLatitude, longitude1: previousLongitude,
                    latitude2: point.latitude, longitude2: point.longitude)
                haversineTotal += d
                block.haversineDistance += d
                pendingHaversine = pendingHaversine.isNaN ? d : pendingHaversine + d
            }
            previousLatitude = point.latitude
            previousLongitude = point.longitude
        }
        if accept(point.distance, ReaderParameters.distanceRange, \.distance) {
            channels.distance = true
            let d = max(0, point.distance - previousCumulative)
            previousCumulative = point.distance
            cumulativeTotal += d
            block.cumulativeDistance += d
            pendingCumulative = pendingCumulative.isNaN ? d : pendingCumulative + d
        }

        var stepWasMoving = false
        if point.time.isFinite {
            let distance = pendingCumulative.isFinite ? pendingCumulative : pendingHaversine
            stepWasMoving = advance(to: point.time, distance: distance)
            pendingHaversine = .nan
            pendingCumulative = .nan
        }

        if accept(point.elevation, ReaderParameters.elevationRange, \.elevation) {
            addElevation(point.elevation, at: point.time)
        }
        if accept(point.heartRate, ReaderParameters.heartRateRange, \.heartRate) {
            channels.heartRate = true
            heartRate.sample(point.heartRate, at: time)
            block.heartRate.addSample(point.heartRate)
        }
        if accept(point.cadence, ReaderParameters.cadenceRange, \.cadence) {
            channels.cadence = true
            cadence.sample(point.cadence, at: time)
            block.cadence.addSample(point.cadence)
            if stepWasMoving, point.cadence > 0 { movingCadence.addSample(point.cadence) }
        }
        if accept(point.power, ReaderParameters.powerRange, \.power) {
            channels.power = true
            power.sample(point.power, at: time)
            block.power.addSample(point.power)
        }
        if accept(point.temperature, ReaderParameters.temperatureRange, \.temperature) { channels.temperature = true }
        if accept(point.speed, ReaderParameters.speedRange, \.speed) { channels.speed = true }
    }

    /// Whether `value` is present and physically possible; an impossible one is counted under `counter`.
    private mutating func accept(
        _ value: Double, _ range: ClosedRange<Double>, _ counter: WritableKeyPath<RejectedValues, Int>
    ) -> Bool {
        guard value.isFinite else { return false }
        if range.contains(value) { return true }
        rejected[keyPath: counter] += 1
        return false
    }

    /// Moves the clock forward to `time` over `distance` metres (NaN when unmeasured) and returns
    /// whether the step was moving.
    @discardableResult
    private mutating func advance(to time: Double, distance: Double) -> Bool {
        if firstTime.isNaN {
            firstTime = time
            clock = time
            breakPending = false
        }
        let start = clock
        let dt = time - start
        clock = time
        let index = Int((clock - firstTime) / ReaderParameters.blockSeconds)
        if index != block.index { openBlock(index) }
        let pause = breakPending || timerIsStopped
        breakPending = false
        if distance.isFinite { odometer += distance }
        guard dt > 0, !pause else {
            // The first reading after a pause (or of the activity) starts the next window.
            _ = motion.speed(at: time, reading: odometer)
            return false
        }

        let limit = holdLimit
        // Inside a running timer every second is timer time, however long the silence.
        let recorded = hasTimerSignals || dt <= limit
        if recorded {
            recordedSeconds += dt
            block.duration += dt
        }
        var inMotion = recorded
        if distance.isFinite {
            inMotion = motion.speed(at: time, reading: odometer) >= ReaderParameters.movingSpeed
        }
        // With a timer in the file, a running timer is what devices call moving (timer) time.
        let moving = hasTimerSignals ? recorded : inMotion
        if moving {
            movingSeconds += dt
            block.moving += dt
        }

        let heartSeconds = heartRate.heldSeconds(from: start, to: time, limit: limit)
        if heartSeconds > 0 {
            heartRate.credit(heartSeconds)
            block.heartRate.addWeight(heartRate.held, heartSeconds)
        }
        let cadenceSeconds = cadence.heldSeconds(from: start, to: time, limit: limit)
        if cadenceSeconds > 0 {
            cadence.credit(cadenceSeconds)
            block.cadence.addWeight(cadence.held, cadenceSeconds)
        }
        let powerSeconds = power.heldSeconds(from: start, to: time, limit: limit)
        if powerSeconds > 0 {
            power.credit(powerSeconds)
            block.power.addWeight(power.held, powerSeconds)
            addPowerSeconds(power.held, seconds: powerSeconds)
        }
        return inMotion
    }

    /// How long a reading holds and a step without distance counts: longer inside a running timer.
    private var holdLimit: Double {
        hasTimerSignals ? ReaderParameters.timerHoldSeconds : ReaderParameters.holdSeconds
    }

    private mutating func openBlock(_ index: Int) {
        let carriedElevation = block.elevationEnd
        blocks.append(FinishedBlock(block))
        block = BlockInProgress(index: index)
        block.elevationStart = carriedElevation
    }

    private mutating func addElevation(_ value: Double, at time: Double) {
        channels.elevation = true
        elevation.add(value, at: time)
        if block.elevationStart.isNaN { block.elevationStart = elevation.smoothed }
        block.elevationEnd = elevation.smoothed
    }

    /// Where the elevations came from, judged from their jitter; nil without elevations.
    var altitudeSource: AltitudeSource? { elevation.samples > 0 ? elevation.source : nil }

    /// Climb and descent: the device's totals when it gave them (never above the points' plain
    /// sums when the points carry elevation), else the count from the points.
    var climb: (ascent: Double, descent: Double) {
        let counted = elevation.totals
        func device(_ total: Double?, ceiling: Double, counted: Double) -> Double {
            guard let total, total.isFinite, total >= 0 else { return counted }
            return elevation.samples > 0 ? min(total, ceiling) : total
        }
        return (
            device(deviceAscentMeters, ceiling: elevation.rawAscent, counted: counted.ascent),
            device(deviceDescentMeters, ceiling: elevation.rawDescent, counted: counted.descent)
        )
    }

    /// Climb and descent counted from the points alone, whatever the device said.
    var countedClimb: (ascent: Double, descent: Double) { elevation.totals }

    /// The plain sums of positive and negative elevation steps.
    var rawClimb: (ascent: Double, descent: Double) { (elevation.rawAscent, elevation.rawDescent) }

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
    private func sport(timed: Bool, distance: Double, moving: Double) -> (sport: Sport, inferred: Bool) {
        if let sportLabel { return (SportMapping.sport(forLabel: sportLabel), false) }
        if timed, moving >= ReaderParameters.inferenceMinimumMovingSeconds,
            distance / moving >= ReaderParameters.cyclingInferenceSpeed
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
        // Indoors (no distance at all, every distance 0, or only drift) all recorded time is moving.
        let stationary = distance <= ReaderParameters.stationarySpeed * recordedSeconds
        let moving = stationary ? recordedSeconds : movingSeconds
        let (sport, sportInferred) = self.sport(timed: timed, distance: distance, moving: moving)
        // A channel that is all zeros is a placeholder, not a reading.
        let hasCadence = cadence.mean.maximum > 0
        let hasPower = power.mean.maximum > 0
        let scaleMean = movingCadence.mean ?? cadence.nonZeroMean.mean
        let cadenceFactor = scaleMean.map { Self.cadenceIsPerFoot(sport: sport, rawMean: $0) ? 2.0 : 1.0 } ?? 1
        var present = channels
        present.cadence = hasCadence
        present.power = hasPower

        func positive(_ value: Double?) -> Double? { value.flatMap { $0.isFinite && $0 > 0 ? $0 : nil } }
        let elapsed = positive(deviceElapsedSeconds) ?? (maximumTime - minimumTime)
        let reportedMoving = min(positive(deviceTimerSeconds) ?? moving, elapsed)
        var summary = ActivitySummary(
            sport: sport, sportLabel: sportLabel, start: timed ? Date(timeIntervalSince1970: minimumTime) : nil,
            timeZoneAssumed: timeZoneAssumed,
            elapsedSeconds: timed ? elapsed : 0, movingSeconds: timed ? reportedMoving : 0,
            distanceMeters: positive(deviceDistanceMeters) ?? distance,
            ascentMeters: climb.ascent, descentMeters: climb.descent, points: points, laps: laps,
            device: device, channels: present)
        if let recorded = heartRate.summaryMean {
            let mean =
                deviceHeartRateMean.flatMap { ReaderParameters.heartRateRange.contains($0) ? $0 : nil } ?? recorded
            summary.heartRate = HeartRateStats(mean: mean, max: max(heartRate.mean.maximum, mean))
        }
        // Like the devices' default, the cadence mean leaves out zeros (coasting, standing).
        if hasCadence, let mean = cadence.nonZeroMean.mean {
            summary.cadence = CadenceStats(mean: mean * cadenceFactor)
        }
        if hasPower, let mean = power.summaryMean {
            let normalized = powerFourthCount > 0 ? pow(powerFourthSum / Double(powerFourthCount), 0.25) : mean
            summary.power = PowerStats(mean: mean, max: power.mean.maximum, normalized: normalized)
        }

        var series: [SeriesBlock] = []
        if timed {
            let shape = FinishedBlock.Shape(
                offset: firstTime - minimumTime, usesCumulative: usesCumulative, stationary: stationary,
                cadenceFactor: hasCadence ? cadenceFactor : nil, hasPower: hasPower)
            let last = FinishedBlock(block)
            series.reserveCapacity(blocks.count + 1)
            for finished in blocks where !finished.isEmpty { series.append(finished.seriesBlock(shape)) }
            if !last.isEmpty { series.append(last.seriesBlock(shape)) }
        }
        return (Activity(summary: summary, blocks: series, source: source), sportInferred)
    }
}
