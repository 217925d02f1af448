import Foundation

/// Which sensor channels an activity's points carried at least once.
public struct Channels: Sendable, Hashable, Codable {
    public var time = false
    public var position = false
    public var elevation = false
    public var distance = false
    public var heartRate = false
    public var cadence = false
    public var power = false
    public var temperature = false
    public var speed = false

    public init() {}
}

public struct HeartRateStats: Sendable, Hashable, Codable {
    /// Time-weighted mean, beats per minute.
    public var mean: Double
    public var max: Double
    public init(mean: Double, max: Double) {
        self.mean = mean
        self.max = max
    }
}

public struct CadenceStats: Sendable, Hashable, Codable {
    /// Time-weighted mean in full revolutions or steps per minute (per-foot running cadence doubled).
    public var mean: Double
    public init(mean: Double) { self.mean = mean }
}

public struct PowerStats: Sendable, Hashable, Codable {
    public var mean: Double
    public var max: Double
    /// Normalized power: fourth root of the mean of the 30-s rolling average to the fourth power.
    public var normalized: Double
    public init(mean: Double, max: Double, normalized: Double) {
        self.mean = mean
        self.max = max
        self.normalized = normalized
    }
}

/// The headline numbers of one recorded activity.
public struct ActivitySummary: Sendable, Hashable, Codable {
    public var sport: Sport
    /// The raw sport text as found (TCX `Sport`, GPX `<type>`), nil when absent.
    public var sportLabel: String?
    /// First usable instant (UTC); nil when the activity has no usable time.
    public var start: Date?
    /// True when timestamps carried no zone and were taken as UTC.
    public var timeZoneAssumed: Bool
    public var elapsedSeconds: Double
    public var movingSeconds: Double
    public var distanceMeters: Double
    public var ascentMeters: Double
    public var descentMeters: Double
    /// Every trackpoint inside the activity.
    public var points: Int
    public var laps: Int
    public var heartRate: HeartRateStats?
    public var cadence: CadenceStats?
    public var power: PowerStats?
    /// Device or creator name, trimmed; nil when absent or empty.
    public var device: String?
    public var channels: Channels

    public init(
        sport: Sport, sportLabel: String? = nil, start: Date?, timeZoneAssumed: Bool = false,
        elapsedSeconds: Double, movingSeconds: Double, distanceMeters: Double,
        ascentMeters: Double = 0, descentMeters: Double = 0, points: Int, laps: Int = 0,
        heartRate: HeartRateStats? = nil, cadence: CadenceStats? = nil, power: PowerStats? = nil,
        device: String? = nil, channels: Channels = Channels()
    ) {
        self.sport = sport
        self.sportLabel = sportLabel
        self.start = start
        self.timeZoneAssumed = timeZoneAssumed
        self.elapsedSeconds = elapsedSeconds
        self.movingSeconds = movingSeconds
        self.distanceMeters = distanceMeters
        self.ascentMeters = ascentMeters
        self.descentMeters = descentMeters
        self.points = points
        self.laps = laps
        self.heartRate = heartRate
        self.cadence = cadence
        self.power = power
        self.device = device
        self.channels = channels
    }
}

/// A fixed-length slice of an activity's timeline (30 s by default), enough for the model to
/// split load by grade and intensity without keeping raw points.
public struct SeriesBlock: Sendable, Hashable, Codable {
    /// Seconds from the activity start to the block start.
    public var offsetSeconds: Double
    /// Recorded (elapsed) seconds covered by points in this block.
    public var durationSeconds: Double
    public var movingSeconds: Double
    public var distanceMeters: Double
    /// Net smoothed elevation change over the block; nil when there was no elevation.
    public var elevationChangeMeters: Double?
    /// Time-weighted means over the block; nil when the channel was absent in it.
    public var heartRate: Double?
    public var power: Double?
    public var cadence: Double?

    public init(
        offsetSeconds: Double, durationSeconds: Double, movingSeconds: Double, distanceMeters: Double,
        elevationChangeMeters: Double? = nil, heartRate: Double? = nil, power: Double? = nil, cadence: Double? = nil
    ) {
        self.offsetSeconds = offsetSeconds
        self.durationSeconds = durationSeconds
        self.movingSeconds = movingSeconds
        self.distanceMeters = distanceMeters
        self.elevationChangeMeters = elevationChangeMeters
        self.heartRate = heartRate
        self.power = power
        self.cadence = cadence
    }
}

/// One recorded endurance activity: its summary plus the coarse series the model needs.
public struct Activity: Sendable, Hashable, Codable {
    public var summary: ActivitySummary
    public var blocks: [SeriesBlock]
    /// Session RPE (CR-10) when an export gives it (Strava's `activities.csv`), else nil.
    public var perceivedExertion: Double?
    /// Where it came from (file name, and the entry inside an archive when there is one).
    public var source: String?

    public init(
        summary: ActivitySummary, blocks: [SeriesBlock] = [], perceivedExertion: Double? = nil, source: String? = nil
    ) {
        self.summary = summary
        self.blocks = blocks
        self.perceivedExertion = perceivedExertion
        self.source = source
    }
}
