import HipBalanceCore

/// One athlete folder and what it holds.
public struct DiscoveredAthlete: Sendable, Hashable {
    /// The folder name as on disk (the key of `team.yaml`'s `athletes:`).
    public var folder: String
    /// The folder name made a safe path component: the id in reports and output paths.
    public var id: String
    public var items: [InputItem]
    public var unknownFiles: [UnknownFile]
    /// Inputs that could not even be listed (an unreadable zip or folder).
    public var rejected: [Diagnostic]
    /// Files that only describe others (a Strava `activities.csv`), counted as seen.
    public var metadataFiles: [String]
    /// Notes about the inputs for the report (manual Strava entries that carry no data).
    public var notes: [Diagnostic] = []
    /// Files of an account export that hold no training (a Garmin export's wellness, profile and
    /// device JSON, …): counted and listed once per kind, never as unknown files or errors.
    public var notTrainingData: [UnknownFile] = []
}
