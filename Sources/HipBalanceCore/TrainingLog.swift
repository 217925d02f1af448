import Foundation

/// Everything one athlete did, deduplicated, with strength sets resolved to catalogue ids.
public struct TrainingLog: Sendable, Hashable, Codable {
    public var activities: [Activity]
    public var strengthSessions: [StrengthSession]

    public init(activities: [Activity] = [], strengthSessions: [StrengthSession] = []) {
        self.activities = activities
        self.strengthSessions = strengthSessions
    }
}
