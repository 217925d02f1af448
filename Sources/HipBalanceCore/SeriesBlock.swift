import Foundation

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
