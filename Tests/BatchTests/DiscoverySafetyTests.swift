import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Logging
import Testing

@testable import Batch

/// D3 and D10: only regular files are read, and links stay inside the team folder.
@Suite struct DiscoverySafetyTests {
    static let gpx = Data(HardeningFixtures.gpx().utf8)

    func link(_ target: String, at url: URL) throws {
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    func reasons(_ athlete: DiscoveredAthlete) -> [String: String] {
        Dictionary(uniqueKeysWithValues: athlete.unknownFiles.map { ($0.path, $0.reason) })
    }

    @Test func aPipeOrADeviceLinkIsSkippedWithItsReason() throws {
        let folder = try TemporaryDirectory("discovery").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team(["ana/a.gpx": Self.gpx], in: folder)
        #expect(mkfifo(team.appendingPathComponent("ana/p.gpx").path, 0o644) == 0)
        try link("/dev/zero", at: team.appendingPathComponent("ana/z.gpx"))
        let inventory = try TeamDiscovery(teamDirectory: team).discover()
        let ana = try #require(inventory.athletes.first)
        #expect(ana.items.map(\.path) == ["ana/a.gpx"])
        #expect(reasons(ana)["ana/p.gpx"]?.contains("named pipe") == true)
        #expect(reasons(ana)["ana/z.gpx"]?.contains("outside the team folder") == true)
    }

    /// The whole run over a team with a FIFO ends (it blocked for ever before).
    @Test func aRunWithAPipeFinishes() throws {
        let folder = try TemporaryDirectory("discovery").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team(["ana/a.gpx": Self.gpx], in: folder)
        #expect(mkfifo(team.appendingPathComponent("ana/p.gpx").path, 0o644) == 0)
        guard let record = HardeningFixtures.completedRun(of: team, in: folder) else { return }
        #expect(record.unknownFiles.contains { $0.path == "ana/p.gpx" })
    }

    @Test func topLevelLinksOutOfTheTeamOrToItselfMakeNoAthlete() throws {
        let folder = try TemporaryDirectory("discovery").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = folder.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Self.gpx.write(to: outside.appendingPathComponent("x.gpx"))
        let team = try HardeningFixtures.team(["ana/a.gpx": Self.gpx, "bor/b.gpx": Self.gpx], in: folder)
        try link(outside.path, at: team.appendingPathComponent("etc"))
        try link(".", at: team.appendingPathComponent("loop"))
        try link("bor", at: team.appendingPathComponent("zbor"))
        let inventory = try TeamDiscovery(teamDirectory: team).discover()
        #expect(inventory.athletes.map(\.folder) == ["ana", "bor"])
        let loose = Dictionary(uniqueKeysWithValues: inventory.looseFiles.map { ($0.path, $0.reason) })
        #expect(loose["etc"]?.contains("outside the team folder") == true)
        #expect(loose["loop"]?.contains("team folder itself") == true)
        #expect(loose["zbor"]?.contains("athlete folder 'bor'") == true)
    }

    @Test func linksInsideAnAthleteAreFollowedOnceAndLoopsAreCut() throws {
        let folder = try TemporaryDirectory("discovery").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team(
            ["ana/2026/a.gpx": Self.gpx, "bor/b.gpx": Self.gpx, ".store/ana-old/old.gpx": Self.gpx], in: folder)
        try link("..", at: team.appendingPathComponent("ana/2026/up"))
        try link("../../bor/b.gpx", at: team.appendingPathComponent("ana/2026/theirs.gpx"))
        try link("../.store/ana-old", at: team.appendingPathComponent("ana/old"))
        let inventory = try TeamDiscovery(teamDirectory: team).discover()
        let ana = try #require(inventory.athletes.first { $0.folder == "ana" })
        #expect(ana.items.map(\.path) == ["ana/2026/a.gpx", "ana/old/old.gpx"])
        #expect(reasons(ana)["ana/2026/up"]?.contains("already read") == true)
        #expect(reasons(ana)["ana/2026/theirs.gpx"]?.contains("athlete folder 'bor'") == true)
    }

    /// Reading comes minutes after listing on a big team. A file, or a folder above it, replaced
    /// by a link out of the team folder in between is not read: inputs are opened at the real
    /// path discovery allowed, and a file found elsewhere at that path is rejected, named. A link
    /// discovery allowed (inside the team folder) is still read.
    @Test func aLinkPutInPlaceAfterDiscoveryIsNotFollowed() throws {
        let folder = try TemporaryDirectory("discovery").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = folder.appendingPathComponent("outside")
        try FileManager.default.createDirectory(
            at: outside.appendingPathComponent("runs"), withIntermediateDirectories: true)
        try Self.gpx.write(to: outside.appendingPathComponent("a.gpx"))
        try Self.gpx.write(to: outside.appendingPathComponent("runs/b.gpx"))
        let team = try HardeningFixtures.team(
            ["ana/a.gpx": Self.gpx, "ana/runs/b.gpx": Self.gpx, ".store/c.gpx": Self.gpx], in: folder)
        try link("../.store/c.gpx", at: team.appendingPathComponent("ana/c.gpx"))
        let inventory = try TeamDiscovery(teamDirectory: team).discover()
        let ana = try #require(inventory.athletes.first { $0.folder == "ana" })
        #expect(ana.items.map(\.path) == ["ana/a.gpx", "ana/c.gpx", "ana/runs/b.gpx"])

        try FileManager.default.removeItem(at: team.appendingPathComponent("ana/a.gpx"))
        try link(outside.appendingPathComponent("a.gpx").path, at: team.appendingPathComponent("ana/a.gpx"))
        try FileManager.default.removeItem(at: team.appendingPathComponent("ana/runs"))
        try link(outside.appendingPathComponent("runs").path, at: team.appendingPathComponent("ana/runs"))
        let cache = try ParseCache(url: folder.appendingPathComponent("c.sqlite"), logger: Logger(label: "t"))
        let pipeline = IngestPipeline(
            cache: cache, team: team.path, jobs: 1, strengthReading: [:],
            tally: ProgressTally(total: ana.items.count, report: nil))
        let outcomes = pipeline.run(ana.items)
        var read: [String] = []
        var refused: [String] = []
        for outcome in outcomes {
            switch outcome.parsed {
            case .activities: read.append(outcome.item.path)
            case .rejected(let error):
                #expect(error.location.source == outcome.item.path)
                #expect(error.message.contains("was moved, or replaced by a link, after the team folder was listed"))
                refused.append(outcome.item.path)
            case .strength: Issue.record("\(outcome.item.path) read as a strength log")
            }
        }
        #expect(read == ["ana/c.gpx"])
        #expect(refused == ["ana/a.gpx", "ana/runs/b.gpx"])
    }
}
