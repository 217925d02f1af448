/// The kind of endurance activity, as far as the muscle model cares.
///
/// Raw labels from files (TCX `Sport`, GPX `<type>`, Strava numeric codes) are mapped by the
/// ingest layer; the original text is kept beside it as `sportLabel`.
public enum Sport: String, Codable, Sendable, Hashable, CaseIterable {
    case running
    case cycling
    case swimming
    case walking
    case hiking
    case other
}
