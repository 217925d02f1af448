import HipBalanceCore

/// One activity as the model reads it, derived once: its blocks (the recorded series, or one
/// block built from the summary), each block's grade and the seconds of each block that count
/// for a duration-based load. The session load and its spread over the muscles both read this
/// one value, so their per-block numbers line up by construction.
public struct PreparedActivity: Sendable, Hashable {
    public let activity: Activity
    /// `ActivityBlocks.of(activity)`.
    public let blocks: [SeriesBlock]
    /// Grade of each block (`ActivityBlocks.grades`), one per block.
    public let grades: [Double]
    /// Active seconds of each block (`ActivityBlocks.activeSeconds`), one per block.
    public let activeSeconds: [Double]
    /// True when any block carries elevation.
    public let hasElevation: Bool

    /// Prepares `activity` under `parameters` (the grade window and the stationary threshold).
    public init(_ activity: Activity, parameters: ModelParameters) {
        self.activity = activity
        blocks = ActivityBlocks.of(activity)
        grades = ActivityBlocks.grades(blocks, parameters)
        activeSeconds = ActivityBlocks.activeSeconds(blocks, parameters)
        hasElevation = ActivityBlocks.hasElevation(blocks)
    }
}
