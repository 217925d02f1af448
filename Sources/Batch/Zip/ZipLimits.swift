/// Caps on what one member may inflate to: a zip bomb stops with a clear reason.
public struct ZipLimits: Sendable, Hashable {
    /// The most bytes one member may inflate to.
    public var maximumSize: UInt64
    /// The most uncompressed bytes per compressed byte (past the first MiB).
    public var maximumRatio: UInt64

    public static let standard = ZipLimits(maximumSize: 1 << 30, maximumRatio: 250)
    /// For a zip inside a zip that is compressed and must be copied out to be read (a Garmin
    /// export's `UploadedFiles_*.zip` part): the copy's size on disk is bounded by this.
    public static let nestedArchive = ZipLimits(maximumSize: 4 << 30, maximumRatio: 250)
}
