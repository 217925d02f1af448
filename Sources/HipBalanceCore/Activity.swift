import Foundation

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
