import Foundation

/// The format an activity file was read as.
public enum ActivityFormat: String, Sendable, Hashable, Codable {
    case gpx
    case tcx
    case fit
}

/// What one activity file held. An empty `activities` comes with `emptyReason`
/// (a course, a workout plan, waypoints only, …).
public struct ActivityFile: Sendable, Hashable, Codable {
    public var format: ActivityFormat
    public var activities: [Activity]
    public var emptyReason: String?
    /// Non-fatal problems, already phrased for a person (`line 12: ignored 1 unparsable heart rate value`).
    public var warnings: [String]
    /// Strength sets a watch recorded in the file (FIT `set` messages); nil when there are none.
    public var strength: StrengthLog?

    public init(
        format: ActivityFormat, activities: [Activity], emptyReason: String? = nil, strength: StrengthLog? = nil,
        warnings: [String] = []
    ) {
        self.format = format
        self.activities = activities
        self.emptyReason = emptyReason
        self.strength = strength
        self.warnings = warnings
    }
}
