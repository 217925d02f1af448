import Foundation

/// Open archives shared by the reader threads of a run: a thread takes an archive, reads one
/// member and gives it back, so each archive is opened about once per worker (not once per
/// member, which made exports cost time quadratic in their member count).
final class ZipArchivePool: @unchecked Sendable {
    // @unchecked: `idle` is only touched under `lock`; an archive taken out is used by one thread.
    private let lock = NSLock()
    private var idle: [Key: [ZipArchive]] = [:]

    /// A file, and where in it the archive starts (a zip stored inside another zip).
    private struct Key: Hashable {
        var url: URL
        var window: Range<UInt64>?
    }

    /// Runs `body` with an open archive of `url` (or of the zip that is `window` of that file)
    /// that no other thread is using.
    func withArchive<T>(_ url: URL, window: Range<UInt64>? = nil, _ body: (ZipArchive) throws(ZipError) -> T)
        throws(ZipError) -> T
    {
        let key = Key(url: url, window: window)
        let reused: ZipArchive? = lock.withLock { idle[key]?.popLast() }
        let archive: ZipArchive
        if let reused { archive = reused } else { archive = try ZipArchive(url: url, window: window) }
        defer { lock.withLock { idle[key, default: []].append(archive) } }
        return try body(archive)
    }
}
