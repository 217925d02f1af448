import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Ingest
import Logging
import Testing

@testable import Batch

/// D8: the cache stores what was parsed. A file caught half-written is read again, and a
/// file that keeps changing is reported, never cached under the hash of other bytes.
@Suite struct ChangingInputTests {
    func pipeline(_ cache: ParseCache, afterRead: (@Sendable (URL) -> Void)?) -> IngestPipeline {
        IngestPipeline(
            cache: cache, team: "/t", jobs: 1, strengthReading: [:], tally: ProgressTally(total: 1, report: nil),
            afterRead: afterRead)
    }

    func item(_ url: URL) -> InputItem {
        InputItem(athleteFolder: "ana", path: "ana/a.gpx", location: .file(url), kind: .activity)
    }

    @Test func aFileCompletedDuringTheReadIsReadAgainAndCachedWhole() throws {
        let folder = try TemporaryDirectory("changing").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.gpx")
        let whole = Data(HardeningFixtures.gpx().utf8)
        let cut = whole.count - 30
        try whole.prefix(cut).write(to: url)
        let cache = try ParseCache(url: folder.appendingPathComponent("c.sqlite"), logger: Logger(label: "t"))
        let completed = LockedList<Bool>()
        let outcome = pipeline(cache) { url in
            // The writer finishes just after the reader saw the truncated file.
            guard completed.values.isEmpty else { return }
            completed.append(true)
            if let handle = try? FileHandle(forWritingTo: url) {
                handle.seekToEndOfFile()
                handle.write(whole.suffix(from: cut))
                try? handle.close()
            }
        }.ingest(item(url))
        guard case .activities = outcome.parsed else {
            Issue.record("expected the completed file to be read, got \(outcome.parsed)")
            return
        }
        // The cache holds the parsed complete file, keyed by the hash of its bytes.
        let again = pipeline(cache, afterRead: nil).ingest(item(url))
        #expect(again.fromCache)
        if case .rejected = again.parsed { Issue.record("the cache kept the half-written read") }
        #expect(cache.row(path: url.path)?.contentHash == (try ContentHash.ofFile(at: url)))
    }

    @Test func aFileThatKeepsChangingIsReportedAndNotCached() throws {
        let folder = try TemporaryDirectory("changing").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.gpx")
        try Data(HardeningFixtures.gpx().utf8).write(to: url)
        let cache = try ParseCache(url: folder.appendingPathComponent("c.sqlite"), logger: Logger(label: "t"))
        let outcome = pipeline(cache) { url in
            if let handle = try? FileHandle(forWritingTo: url) {
                handle.seekToEndOfFile()
                handle.write(Data("<!-- more -->\n".utf8))
                try? handle.close()
            }
        }.ingest(item(url))
        guard case .rejected(let error) = outcome.parsed else {
            Issue.record("expected a rejection, got \(outcome.parsed)")
            return
        }
        #expect(error.message.contains("changed while it was being read"))
        #expect(cache.row(path: url.path) == nil)
    }

    /// The hash taken while streaming is the hash of the file, also when the reader stops early.
    @Test func theStreamingHashCoversTheWholeFile() throws {
        let folder = try TemporaryDirectory("changing").url
        defer { try? FileManager.default.removeItem(at: folder) }
        for text in [HardeningFixtures.gpx(), "<gpx><trk>broken at the start" + String(repeating: " ", count: 200_000)]
        {
            let url = folder.appendingPathComponent("x.gpx")
            try Data(text.utf8).write(to: url)
            let handle = try FileHandle(forReadingFrom: url)
            var digest = ContentDigest()
            _ = try? ActivityReader.read(fileHandle: handle, source: "x", digest: &digest)
            try handle.close()
            #expect(digest.value == (try ContentHash.ofFile(at: url)))
        }
    }

    /// D8 for strength logs, which are streamed and hashed as they pass too: a log caught with
    /// its last row half-written is read again once complete, and the cache holds the whole log
    /// under the hash of the finished file.
    @Test func aStrengthLogCompletedDuringTheReadIsReadAgainAndCachedWhole() throws {
        let folder = try TemporaryDirectory("changing").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("log.csv")
        let whole = Data("date,exercise,sets,reps\n2026-01-05,Squat,3,5\n2026-01-06,Hip Thrust,3,8\n".utf8)
        let cut = whole.count - 6
        try whole.prefix(cut).write(to: url)
        let cache = try ParseCache(url: folder.appendingPathComponent("c.sqlite"), logger: Logger(label: "t"))
        let strength = InputItem(athleteFolder: "ana", path: "ana/log.csv", location: .file(url), kind: .strength)
        let completed = LockedList<Bool>()
        let outcome = pipeline(cache) { url in
            guard completed.values.isEmpty else { return }
            completed.append(true)
            if let handle = try? FileHandle(forWritingTo: url) {
                handle.seekToEndOfFile()
                handle.write(whole.suffix(from: cut))
                try? handle.close()
            }
        }.ingest(strength)
        guard case .strength(let log) = outcome.parsed else {
            Issue.record("expected the completed log to be read, got \(outcome.parsed)")
            return
        }
        #expect(log.sessions.map { $0.sets.count } == [3, 3])
        #expect(log.rowErrors.isEmpty)
        let again = pipeline(cache, afterRead: nil).ingest(strength)
        #expect(again.fromCache)
        #expect(again.parsed == outcome.parsed)
        #expect(cache.row(path: url.path)?.contentHash == (try ContentHash.ofFile(at: url)))
    }
}
