/// How far ingest has got, for a progress display.
public struct IngestProgress: Sendable, Hashable {
    public var done: Int
    public var total: Int
    public var fromCache: Int
    public var rejected: Int
}
