import Foundation

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
