/// Input counts of a run or of one athlete.
public struct InputCounts: Sendable, Hashable, Codable {
    /// Every file and archive member looked at.
    public var filesSeen = 0
    /// Inputs read by a reader in this run (including those it then rejected).
    public var parsed = 0
    /// Inputs whose result came from the cache.
    public var fromCache = 0
    /// Inputs that could not be read (listed under `errors`).
    public var rejected = 0
    /// Activities dropped as copies of another (and strength sessions logged twice).
    public var duplicates = 0
    /// Files that are neither activities nor strength logs (listed under `unknownFiles`).
    public var unknown = 0
    /// Files that only describe others (Strava `activities.csv`).
    public var metadata = 0

    public init() {}

    static func + (lhs: InputCounts, rhs: InputCounts) -> InputCounts {
        var sum = lhs
        sum.filesSeen += rhs.filesSeen
        sum.parsed += rhs.parsed
        sum.fromCache += rhs.fromCache
        sum.rejected += rhs.rejected
        sum.duplicates += rhs.duplicates
        sum.unknown += rhs.unknown
        sum.metadata += rhs.metadata
        return sum
    }
}
