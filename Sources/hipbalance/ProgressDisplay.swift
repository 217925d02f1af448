import Batch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ingest progress on standard error: a redrawn bar on a terminal, a plain line every few
/// seconds otherwise (cron logs). Standard output is never touched.
// @unchecked because every mutable property is read and written only while `lock` is held
// (reader threads call `update`); `Mutex` becomes the checked option once the platform floor is macOS 15.
final class ProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var latest: IngestProgress?
    private var drawnFinal = false
    /// Seconds between plain lines when standard error is not a terminal.
    static let lineInterval: TimeInterval = 5

    func update(_ progress: IngestProgress) {
        lock.withLock {
            latest = progress
            let now = Date()
            let interval = isTerminal ? 0.1 : Self.lineInterval
            guard now.timeIntervalSince(lastDrawn) >= interval || progress.done == progress.total else { return }
            lastDrawn = now
            drawnFinal = progress.done == progress.total
            draw(progress, now: now, final: false)
        }
    }

    func finish() {
        lock.withLock {
            guard let latest, !drawnFinal || isTerminal else { return }
            draw(latest, now: Date(), final: true)
        }
    }

    private func draw(_ progress: IngestProgress, now: Date, final: Bool) {
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(progress.done) / elapsed
        let counts =
            "\(progress.done)/\(progress.total) files, \(progress.fromCache) cached, \(progress.rejected) rejected, "
            + String(format: "%.1f files/s", rate)
        let line: String
        if isTerminal {
            let width = 30
            let filled = progress.total == 0 ? width : width * progress.done / progress.total
            line =
                "\r\u{1B}[K[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
                + "] " + counts
                + (final ? "\n" : "")
        } else {
            line = "progress: \(counts)\n"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
