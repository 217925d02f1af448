import Foundation
import HipBalanceCore
import HipBalanceTestSupport
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
}
