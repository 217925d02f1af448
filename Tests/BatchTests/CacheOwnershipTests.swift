import Foundation
import GRDB
import HipBalanceCore
import HipBalanceTestSupport
import Logging
import Testing

@testable import Batch

/// D1: `--cache PATH` never deletes or changes what hipbalance did not create.
@Suite struct CacheOwnershipTests {
    static let logger = Logger(label: "test")
    static let parsed = ParseCacheTests.parsed

    static func refused(_ url: URL) -> CacheError? {
        do {
            _ = try ParseCache(url: url, logger: logger)
            return nil
        } catch {
            return error
        }
    }

    @Test func aFolderIsRefusedAndKept() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let precious = folder.appendingPathComponent("precious/sub")
        try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
        try Data("thesis\n".utf8).write(to: precious.appendingPathComponent("ch1.txt"))
        let error = Self.refused(folder.appendingPathComponent("precious"))
        #expect(error?.message.contains("is a folder") == true)
        #expect(error?.message.contains("left untouched") == true)
        // The path is the location, not part of the message.
        let path = folder.appendingPathComponent("precious").path
        #expect(error?.diagnostic == Diagnostic(.error, error?.message ?? "", at: SourceLocation(source: path)))
        #expect(error?.description.hasPrefix(path + ": is a folder, not a hipbalance cache") == true)
        #expect(try String(contentsOf: precious.appendingPathComponent("ch1.txt"), encoding: .utf8) == "thesis\n")
    }

    @Test func aTextFileIsRefusedAndKeptByteForByte() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("team.yaml")
        let text = Data("name: Team\n".utf8)
        try text.write(to: file)
        #expect(Self.refused(file)?.message.contains("not an SQLite database") == true)
        #expect(try Data(contentsOf: file) == text)
        #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"))
    }

    @Test func anEmptyFileOrGarbageIsRefused() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty")
        try Data().write(to: empty)
        #expect(Self.refused(empty) != nil)
        let garbage = folder.appendingPathComponent("garbage")
        try Data(repeating: 0x5A, count: 8192).write(to: garbage)
        #expect(Self.refused(garbage) != nil)
        #expect(try Data(contentsOf: garbage) == Data(repeating: 0x5A, count: 8192))
    }

    /// Another program's database, even one with a `parsedInput` table, is refused unchanged
    /// (not switched to WAL, no tables added).
    @Test func anotherProgramsDatabaseIsRefusedUnchanged() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        for extra in ["", "CREATE TABLE parsedInput (path TEXT PRIMARY KEY, x BLOB);"] {
            let url = folder.appendingPathComponent("other-\(extra.count).sqlite")
            let queue = try DatabaseQueue(path: url.path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me');" + extra)
            }
            try queue.close()
            let before = try Data(contentsOf: url)
            #expect(Self.refused(url)?.message.contains("another program") == true)
            #expect(try Data(contentsOf: url) == before)
            #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
        }
    }

    @Test func aDatabaseWithAnotherApplicationIDIsRefused() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("c.sqlite")
        // Our exact tables, but stamped by someone else.
        try ParseCache.migrator.migrate(DatabaseQueue(path: url.path))
        let queue = try DatabaseQueue(path: url.path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = 7") }
        try queue.close()
        #expect(Self.refused(url) != nil)
    }

    @Test func aNewCacheIsStampedAndReopened() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("c.sqlite")
        let cache = try ParseCache(url: url, logger: Self.logger)
        #expect(cache.rebuildWarning == nil)
        let header = try #require(CacheFile.readHeader(url.path))
        #expect(CacheFile.bigEndianInt32(header, at: 68) == CacheFile.applicationID)
        #expect(CacheFile.bigEndianInt32(header, at: 60) == CacheFile.layoutVersion)
        cache.store(
            Self.parsed, path: "/t/a.gpx", team: "/t", athlete: "a", fingerprint: ParseCacheTests.fingerprint(),
            contentHash: "h")
        let again = try ParseCache(url: url, logger: Self.logger)
        #expect(again.rebuildWarning == nil)
        #expect(again.row(path: "/t/a.gpx") != nil)
        // No temporary build files are left beside it.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.allSatisfy { !$0.contains(".new-") })
    }

    /// A cache of an earlier hipbalance (no application id, exactly our tables) is adopted.
    @Test func anIDlessCacheWithOurTablesIsAdopted() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("c.sqlite")
        let queue = try DatabaseQueue(path: url.path)
        try ParseCache.migrator.migrate(queue)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        try queue.close()
        let cache = try ParseCache(url: url, logger: Self.logger)
        #expect(cache.rebuildWarning == nil)
        #expect(
            CacheFile.bigEndianInt32(try #require(CacheFile.readHeader(url.path)), at: 68) == CacheFile.applicationID)
    }

    /// A damaged cache of ours is renamed aside, never deleted, and rebuilt with a warning.
    @Test func aDamagedCacheOfOursIsMovedAsideAndRebuilt() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("c.sqlite")
        do {
            let cache = try ParseCache(url: url, logger: Self.logger)
            for index in 0..<200 {
                cache.store(
                    Self.parsed, path: "/t/\(index).gpx", team: "/t", athlete: "a",
                    fingerprint: ParseCacheTests.fingerprint(),
                    contentHash: "h")
            }
            try cache.database.close()
        }
        // Keep the header (ours), wreck the pages after it.
        var bytes = try Data(contentsOf: url)
        #expect(bytes.count > 4096)
        bytes.replaceSubrange(100..<bytes.count, with: Data(repeating: 0xA5, count: bytes.count - 100))
        try bytes.write(to: url)
        let cache = try ParseCache(url: url, logger: Self.logger)
        let warning = try #require(cache.rebuildWarning)
        #expect(warning.message.contains("moved to") && warning.location == SourceLocation(source: url.path))
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix("c.sqlite.damaged-")
        }
        #expect(aside.count == 1)
        #expect(try Data(contentsOf: folder.appendingPathComponent(aside[0])) == bytes)
        #expect(cache.row(path: "/t/1.gpx") == nil)
        #expect(try ParseCache(url: url, logger: Self.logger).rebuildWarning == nil)
    }

    /// The whole run: a folder at `--cache` stops the run with exit 2 and stays as it was.
    @Test func aRunWithAFolderAsCacheExitsTwoAndKeepsIt() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = folder.appendingPathComponent("team")
        try FileManager.default.createDirectory(
            at: team.appendingPathComponent("ana"), withIntermediateDirectories: true)
        let precious = folder.appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
        try Data("thesis".utf8).write(to: precious.appendingPathComponent("ch1.txt"))
        let outcome = TeamRun.execute(
            RunConfiguration(
                teamDirectory: team, outputDirectory: folder.appendingPathComponent("out"),
                asOf: LocalDate(year: 2026, month: 11, day: 1),
                jobs: 1, cacheURL: precious))
        #expect(outcome.exitCode == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: precious.path) == ["ch1.txt"])
    }
}

/// D9: a cached payload carries a checksum; a damaged row is parsed again, with a warning.
@Suite struct CachePayloadChecksumTests {
    @Test func aFlippedByteIsDetectedAndListed() throws {
        let folder = try TemporaryDirectory("cache").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = try ParseCache(url: folder.appendingPathComponent("c.sqlite"), logger: CacheOwnershipTests.logger)
        cache.store(
            CacheOwnershipTests.parsed, path: "/t/a.gpx", team: "/t", athlete: "a",
            fingerprint: ParseCacheTests.fingerprint(), contentHash: "h")
        #expect(cache.lookup(path: "/t/a.gpx", fingerprint: ParseCacheTests.fingerprint()) { "h" } != nil)
        var payload = try #require(cache.row(path: "/t/a.gpx")).payload
        payload[payload.count - 3] ^= 0x01
        try cache.database.write { db in
            try db.execute(sql: "UPDATE parsedInput SET payload = ? WHERE path = ?", arguments: [payload, "/t/a.gpx"])
        }
        #expect(cache.lookup(path: "/t/a.gpx", fingerprint: ParseCacheTests.fingerprint()) { "h" } == nil)
        #expect(cache.damagedRows == ["/t/a.gpx"])
        #expect(cache.damagedRowsWarning?.message.contains("failed their checksum") == true)
    }

    @Test func aPayloadOfAnotherLayoutIsAQuietMiss() throws {
        #expect(throws: CachePayload.PayloadError.otherVersion) { try CachePayload.decode(Data("HBC2xxxxxxxx".utf8)) }
        let good = try CachePayload.encode(CacheOwnershipTests.parsed)
        var bad = good
        bad[bad.count - 1] ^= 0xFF
        #expect(throws: CachePayload.PayloadError.malformed) { try CachePayload.decode(bad) }
    }
}
