import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Ingest
import Logging
import Testing

@testable import Batch

/// D4 and D5: zip members are streamed from an archive opened once per worker, within caps;
/// duplicate names are all read.
@Suite struct ZipStreamingTests {
    static let gpx = Data(HardeningFixtures.gpx().utf8)

    func pipeline(_ folder: URL) throws -> IngestPipeline {
        IngestPipeline(
            cache: try ParseCache(url: folder.appendingPathComponent("c.sqlite"), logger: Logger(label: "t")),
            team: folder.path,
            jobs: 2, strengthReading: [:], tally: ProgressTally(total: 0, report: nil))
    }

    func discover(_ team: URL) throws -> DiscoveredAthlete {
        try #require(try TeamDiscovery(teamDirectory: team).discover().athletes.first)
    }

    @Test func everyMemberIsStreamedAndDuplicateNamesAreAllRead() throws {
        let folder = try TemporaryDirectory("zip").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team([:], in: folder)
        try FileManager.default.createDirectory(
            at: team.appendingPathComponent("ana"), withIntermediateDirectories: true)
        try ZipWriter.write(
            [
                ("activities/1.gpx", Self.gpx), ("activities/2.gpx", Self.gpx),
                ("activities/1.gpx", Data(HardeningFixtures.gpx(points: 9).utf8)),
            ],
            to: team.appendingPathComponent("ana/export.zip"))
        let ana = try discover(team)
        #expect(
            ana.items.map(\.path) == [
                "ana/export.zip#activities/1.gpx", "ana/export.zip#activities/1.gpx#2",
                "ana/export.zip#activities/2.gpx",
            ])
        let outcomes = try pipeline(folder).run(ana.items)
        for outcome in outcomes {
            guard case .activities(let file) = outcome.parsed else {
                Issue.record("\(outcome.cacheKey): \(outcome.parsed)")
                continue
            }
            #expect(file.activities.count == 1)
        }
        #expect(Set(outcomes.map(\.cacheKey)).count == 3)
    }

    @Test func aWorkerReusesItsOpenArchive() throws {
        let folder = try TemporaryDirectory("zip").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.zip")
        try ZipWriter.write([("a.gpx", Self.gpx)], to: url)
        let pool = ZipArchivePool()
        let first = try pool.withArchive(url) { ObjectIdentifier($0) }
        let second = try pool.withArchive(url) { ObjectIdentifier($0) }
        #expect(first == second)
    }

    /// 64 MiB of zeros deflate about a thousand times: stopped by the ratio cap, in flat memory.
    @Test func aZipBombIsStoppedWithAClearReason() throws {
        let folder = try TemporaryDirectory("zip").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team([:], in: folder)
        try FileManager.default.createDirectory(
            at: team.appendingPathComponent("ana"), withIntermediateDirectories: true)
        let url = team.appendingPathComponent("ana/bomb.zip")
        var zip = ZipWriter()
        try zip.add("big.gpx", chunks: (0..<64).lazy.map { _ in Data(count: 1 << 20) })
        try zip.write(to: url)
        let ana = try discover(team)
        let outcome = try pipeline(folder).run(ana.items)[0]
        guard case .rejected(let error) = outcome.parsed else {
            Issue.record("accepted")
            return
        }
        #expect(error.message.contains("zip bomb"))
    }

    /// A member whose table of contents claims fewer bytes than it inflates to is refused.
    @Test func aMemberLargerThanItsListedSizeIsRefused() throws {
        let folder = try TemporaryDirectory("zip").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("lie.zip")
        try ZipWriter.write([("a.gpx", Self.gpx)], to: url)
        var bytes = [UInt8](try Data(contentsOf: url))
        // The central-directory record: signature 50 4b 01 02, uncompressed size at +24.
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let found = (0..<bytes.count - 4).last { (index: Int) -> Bool in Array(bytes[index..<index + 4]) == signature }
        let record = try #require(found)
        for (offset, byte) in [UInt8(100), 0, 0, 0].enumerated() { bytes[record + 24 + offset] = byte }
        try Data(bytes).write(to: url)
        let archive = try ZipArchive(url: url)
        let entry = try #require(try archive.entries().first)
        #expect(entry.uncompressedSize == 100)
        do {
            let source = try archive.open(entry, source: "lie.zip#a.gpx")
            try source.drain()
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("more than the 100 bytes"))
        }
    }

    @Test func aTruncatedArchiveIsRejectedWithAReason() throws {
        let folder = try TemporaryDirectory("zip").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team([:], in: folder)
        try FileManager.default.createDirectory(
            at: team.appendingPathComponent("ana"), withIntermediateDirectories: true)
        let url = team.appendingPathComponent("ana/cut.zip")
        try ZipWriter.write([("a.gpx", Self.gpx), ("b.gpx", Self.gpx)], to: url)
        let bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count / 2).write(to: url)
        let ana = try discover(team)
        #expect(ana.rejected.first?.message.contains("truncated") == true)
    }
}
