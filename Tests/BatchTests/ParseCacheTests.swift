import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Logging
import Testing

@testable import Batch

@Suite struct ParseCacheTests {
    static let logger = Logger(label: "test")
    static let parsed = ParsedInput.activities(ActivityFile(format: .gpx, activities: [], emptyReason: "route only"))

    static func fingerprint(size: Int64 = 10, modified: Double = 1, reader: String = "activity-1") -> InputFingerprint {
        InputFingerprint(size: size, modified: modified, contentHash: nil, readerKey: reader)
    }

    /// A cache in `folder` that holds `/t/a.gpx` as `fingerprint()` with content hash `h1`.
    static func cacheHoldingOneFile(in folder: URL) throws -> ParseCache {
        let cache = try ParseCache(url: folder.appendingPathComponent("c.sqlite"), logger: logger)
        cache.store(parsed, path: "/t/a.gpx", team: "/t", athlete: "a", fingerprint: fingerprint(), contentHash: "h1")
        return cache
    }

    @Test func hitWhenStatMatchesWithoutHashing() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = try Self.cacheHoldingOneFile(in: folder)
        let hit = cache.lookup(path: "/t/a.gpx", fingerprint: Self.fingerprint()) {
            Issue.record("hashed")
            return ""
        }
        #expect(hit == Self.parsed)
    }

    @Test func touchedFileWithSameContentIsStillAHit() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = try Self.cacheHoldingOneFile(in: folder)
        #expect(cache.lookup(path: "/t/a.gpx", fingerprint: Self.fingerprint(modified: 2)) { "h1" } != nil)
        #expect(cache.lookup(path: "/t/a.gpx", fingerprint: Self.fingerprint(modified: 3)) { "h2" } == nil)
        // The refreshed time now matches without hashing.
        #expect(
            cache.lookup(path: "/t/a.gpx", fingerprint: Self.fingerprint(modified: 2)) {
                Issue.record("hashed")
                return ""
            } != nil)
    }

    @Test func anotherSizeIsAMissWithoutHashing() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = try Self.cacheHoldingOneFile(in: folder)
        for fingerprint in [Self.fingerprint(size: 11), Self.fingerprint(size: 11, modified: 2)] {
            let hit = cache.lookup(path: "/t/a.gpx", fingerprint: fingerprint) {
                Issue.record("hashed a file whose size changed")
                return "h1"
            }
            #expect(hit == nil)
        }
    }

    @Test func readerUpgradeInvalidatesRows() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = try Self.cacheHoldingOneFile(in: folder)
        #expect(cache.lookup(path: "/t/a.gpx", fingerprint: Self.fingerprint(reader: "activity-2")) { "h1" } == nil)
    }

    @Test func pruneDropsDeletedFilesAndAthletesButKeepsOtherShards() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = try ParseCache(url: folder.appendingPathComponent("c.sqlite"), logger: Self.logger)
        for (path, athlete) in [("/t/a/1", "a"), ("/t/a/2", "a"), ("/t/b/1", "b"), ("/t/gone/1", "gone")] {
            cache.store(
                Self.parsed, path: path, team: "/t", athlete: athlete, fingerprint: Self.fingerprint(), contentHash: "h"
            )
        }
        let removed = cache.prune(
            team: "/t", presentAthletes: ["a", "b"], processedAthletes: ["a"], seenPaths: ["/t/a/1"])
        #expect(removed == 2)
        #expect(cache.row(path: "/t/a/1") != nil)
        #expect(cache.row(path: "/t/b/1") != nil)
        #expect(cache.row(path: "/t/a/2") == nil)
        #expect(cache.row(path: "/t/gone/1") == nil)
    }
}
