import Foundation

/// What one activity file held. An empty `activities` comes with `emptyReason`
/// (a course, a workout plan, waypoints only, …).
public struct ActivityFile: Sendable, Hashable, Codable {
    public var format: ActivityFormat
    public var activities: [Activity]
    public var emptyReason: String?
    /// Non-fatal problems, each a `.warning` at the file's source name, with the line (GPX, TCX)
    /// or byte offset (FIT) when one place is to blame (`ignored 1 unparsable heart rate value` at
    /// line 12).
    public var warnings: [Diagnostic]
    /// Strength sets a watch recorded in the file (FIT `set` messages); nil when there are none.
    public var strength: StrengthLog?

    public init(
        format: ActivityFormat, activities: [Activity], emptyReason: String? = nil, strength: StrengthLog? = nil,
        warnings: [Diagnostic] = []
    ) {
        self.format = format
        self.activities = activities
        self.emptyReason = emptyReason
        self.strength = strength
        self.warnings = warnings
    }
}
