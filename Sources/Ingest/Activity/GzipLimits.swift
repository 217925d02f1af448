/// How far a gzip stream may inflate: past these it is a bomb, stopped with the reason.
public enum GzipLimits {
    /// The most bytes one `.gz` file may inflate to.
    public static let maximumSize: UInt64 = 1 << 30
    /// The most uncompressed bytes per compressed byte, checked past the first MiB (text GPX and
    /// TCX compress 5–20 times, FIT 2–4 times; gzip's own limit is about 1,000).
    public static let maximumRatio: UInt64 = 250
}
