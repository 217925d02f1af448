import Foundation

/// A cardio row inside a strength log (treadmill, rowing, …): kept, never counted as strength.
public struct CardioEntry: Sendable, Hashable, Codable {
    public var time: LocalDateTime
    public var exerciseName: String
    public var durationSeconds: Double?
    public var distanceMeters: Double?

    public init(
        time: LocalDateTime, exerciseName: String, durationSeconds: Double? = nil, distanceMeters: Double? = nil
    ) {
        self.time = time
        self.exerciseName = exerciseName
        self.durationSeconds = durationSeconds
        self.distanceMeters = distanceMeters
    }
}
