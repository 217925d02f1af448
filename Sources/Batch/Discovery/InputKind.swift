/// What a reader makes of an input: an activity file or a strength log.
public enum InputKind: String, Sendable, Hashable, Codable {
    case activity
    case strength
}
