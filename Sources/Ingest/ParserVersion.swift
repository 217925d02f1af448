/// Versions of the readers, part of the cache key: bump one when its reader's output changes,
/// so cached results from the old reader are parsed again.
public enum ParserVersion {
    public static let activity = 3
    public static let strength = 2
}
