import Ingest

/// One activity file or strength log of one athlete, found by discovery.
public struct InputItem: Sendable, Hashable {
    /// The athlete folder's name as on disk.
    public var athleteFolder: String
    /// Path relative to the team folder (`ana/export.zip#activities/1.gpx.gz` for an archive
    /// member): how every message and report names the input.
    public var path: String
    public var location: InputLocation
    public var kind: InputKind
    /// The matching row of a Strava `activities.csv`, when the file belongs to a bulk export.
    public var strava: StravaActivityInfo?
}
