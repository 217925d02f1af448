import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Batch

@Suite struct DiscoveryTests {
    func place(_ corpusPath: String, at target: String, in team: URL) throws {
        let url = team.appendingPathComponent(target)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Corpus.url(corpusPath), to: url)
    }

    @Test(.corpus) func classifiesByContentAtAnyDepthAndListsTheRest() throws {
        let team = try TemporaryDirectory("discover").url
        defer { try? FileManager.default.removeItem(at: team) }
        try place("gpx/georust__wahoo_example.gpx", at: "ana/a/b/c/ride.gpx", in: team)
        // Content decides: an activity file without its extension is still an activity.
        try place("tcx/gc__activity_790564009.tcx", at: "ana/export.dat", in: team)
        try place("malformed/runpandas__malformed.tcx", at: "ana/broken.tcx", in: team)
        try Data("hello".utf8).write(to: team.appendingPathComponent("ana/readme.txt"))
        try Data().write(to: team.appendingPathComponent("ana/empty.gpx"))
        try Data("x".utf8).write(to: team.appendingPathComponent("ana/.DS_Store"))
        try Data("x".utf8).write(to: team.appendingPathComponent("loose.gpx"))
        try Data("name: T\n".utf8).write(to: team.appendingPathComponent("team.yaml"))

        let inventory = try TeamDiscovery(teamDirectory: team).discover()
        let ana = try #require(inventory.athletes.first)
        #expect(inventory.athletes.map(\.id) == ["ana"])
        #expect(ana.items.map(\.path) == ["ana/a/b/c/ride.gpx", "ana/broken.tcx", "ana/export.dat"])
        #expect(ana.items.allSatisfy { $0.kind == .activity })
        #expect(ana.unknownFiles.map(\.path) == ["ana/empty.gpx", "ana/readme.txt"])
        #expect(inventory.looseFiles.map(\.path) == ["loose.gpx"])
    }

    @Test func folderNamesBecomeSafeIdsAndClashesAreRejected() throws {
        let team = try TemporaryDirectory("discover").url
        defer { try? FileManager.default.removeItem(at: team) }
        for name in ["Ana Novak", "Ana_Novak", "bor", ".git", "out"] {
            try FileManager.default.createDirectory(
                at: team.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        let inventory = try TeamDiscovery(teamDirectory: team, excludedPaths: [team.appendingPathComponent("out").path])
            .discover()
        #expect(inventory.athletes.map(\.id) == ["Ana_Novak", "bor"])
        #expect(inventory.athletes.map(\.folder) == ["Ana Novak", "bor"])
        #expect(inventory.rejected.map(\.location?.source) == ["Ana_Novak"])
    }

    @Test(.corpus) func linksUnpackedStravaExportRowsByFilename() throws {
        let team = try TemporaryDirectory("discover").url
        defer { try? FileManager.default.removeItem(at: team) }
        try place("exports/strava-activities.csv", at: "ana/strava/activities.csv", in: team)
        try place("exports/strava-activity-668551054.gpx", at: "ana/strava/activities/668551054.gpx", in: team)
        let ana = try #require(try TeamDiscovery(teamDirectory: team).discover().athletes.first)
        #expect(ana.metadataFiles == ["ana/strava/activities.csv"])
        let item = try #require(ana.items.first)
        #expect(item.strava?.activityType == "Run")
    }

    @Test(.corpus) func readsStravaZipMembers() throws {
        let team = try TemporaryDirectory("discover").url
        defer { try? FileManager.default.removeItem(at: team) }
        try FileManager.default.createDirectory(
            at: team.appendingPathComponent("bor"), withIntermediateDirectories: true)
        try StravaExportZip.make(at: team.appendingPathComponent("bor/export.zip"))
        let bor = try #require(try TeamDiscovery(teamDirectory: team).discover().athletes.first)
        #expect(bor.items.map(\.path) == ["bor/export.zip#activities/668551054.gpx"])
        #expect(bor.items.first?.strava?.sport == .running)
        #expect(bor.unknownFiles.map(\.path) == ["bor/export.zip#profile.csv"])
        #expect(bor.metadataFiles == ["bor/export.zip#activities.csv"])
    }

    @Test func batchesKeepAthletesWholeAndBounded() {
        func athlete(_ id: String, _ items: Int) -> DiscoveredAthlete {
            let item = InputItem(
                athleteFolder: id, path: id, location: .file(URL(fileURLWithPath: "/x")), kind: .activity)
            return DiscoveredAthlete(
                folder: id, id: id, items: Array(repeating: item, count: items), unknownFiles: [], rejected: [],
                metadataFiles: [])
        }
        let athletes = [athlete("a", 3), athlete("b", 3), athlete("c", 10), athlete("d", 1)]
        let batches = TeamRun.batches(athletes, maximumItems: 6)
        #expect(batches.map { $0.map(\.id) } == [["a", "b"], ["c"], ["d"]])
    }
}
