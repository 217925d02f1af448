/// One athlete's line in `run.json`.
public struct AthleteRunRecord: Sendable, Hashable, Codable {
    public var id: String
    /// The folder name on disk, when it differs from the id.
    public var folder: String?
    public var counts: InputCounts
    public var activities: Int
    public var strengthSessions: Int
    public var strengthSets: Int
}
