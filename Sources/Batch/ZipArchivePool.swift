import Foundation

/// Open archives shared by the reader threads of a run: a thread takes an archive, reads one
/// member and gives it back, so each archive is opened about once per worker (not once per
/// member, which made exports cost time quadratic in their member count).
final class ZipArchivePool: @unchecked Sendable {
    // @unchecked: `idle` is only touched under `lock`; an archive taken out is used by one thread.
    private let lock = NSLock()
    private var idle: [URL: [ZipArchive]] = [:]

    /// Runs `body` with an open archive of `url` that no other thread is using.
    func withArchive<T>(_ url: URL, _ body: (ZipArchive) throws(ZipError) -> T) throws(ZipError) -> T {
        let reused: ZipArchive? = lock.withLock { idle[url]?.popLast() }
        let archive: ZipArchive
        if let reused { archive = reused } else { archive = try ZipArchive(url: url) }
        defer { lock.withLock { idle[url, default: []].append(archive) } }
        return try body(archive)
    }
}
