/// What the first bytes of an input (and, when they say nothing, its name) show it to be.
public enum SniffedInput: Sendable, Hashable {
    /// No bytes at all.
    case empty
    /// A zip archive (a Strava bulk export, say), by its local-header magic.
    case zipArchive
    /// A Strava bulk export's `activities.csv`, which only describes other files.
    case stravaIndex
    /// A GPX, TCX or FIT file (plain or gzip), by content; or a file named like one whose content
    /// is not recognised, so that the activity reader's error says what is wrong with it.
    case activity
    /// A strength log in one of the known layouts.
    case strength
    /// Anything else, with the reason in plain words.
    case unknown(reason: String)
}
