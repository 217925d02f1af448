import HipBalanceCore

/// Everything found in a team folder, athletes sorted by id.
public struct TeamInventory: Sendable, Hashable {
    public var athletes: [DiscoveredAthlete]
    /// Files at the top of the team folder that are not `team.yaml`.
    public var looseFiles: [UnknownFile]
    /// Folders that could not become athletes (an id clash after sanitising).
    public var rejected: [Diagnostic]
}
