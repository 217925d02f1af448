import Foundation
import HipBalanceTestSupport
import Testing

@testable import Batch

/// The nightly-run guarantees on a copy of part of the committed demo team, so that they are
/// tested in a plain clone too (the corpus-built team of `EndToEndTests` adds zips, a rejected
/// file and unknown files).
@Suite(.serialized) struct DemoTeamRunTests {
    /// A team folder holding `athletes` of the demo team and its team.yaml.
    static func makeTeam(_ athletes: [String] = ["maja", "rok"]) throws -> URL {
        let team = try TemporaryDirectory("demo").url
        let demo = PackageRoot.url.appendingPathComponent("Fixtures/demo-team")
        try FileManager.default.copyItem(
            at: demo.appendingPathComponent("team.yaml"), to: team.appendingPathComponent("team.yaml"))
        for athlete in athletes {
            try FileManager.default.copyItem(
                at: demo.appendingPathComponent(athlete), to: team.appendingPathComponent(athlete))
        }
        return team
    }

    @Test func secondRunReadsEverythingFromTheCacheAndWritesTheSameBytes() throws {
        let team = try Self.makeTeam()
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        let first = try EndToEnd.hipbalanceRun(team: team, out: out)
        #expect(first.status == 0, "\(first.stderr)")
        let firstRecord = try EndToEnd.record(in: out)
        let firstOutputs = EndToEnd.outputs(of: out)
        #expect(firstRecord.athletes.map(\.id) == ["maja", "rok"])
        #expect(firstRecord.counts.parsed > 0 && firstRecord.counts.fromCache == 0 && firstRecord.counts.rejected == 0)
        #expect(firstRecord.unknownFiles.map(\.path) == ["maja/notes.txt"])

        #expect(try EndToEnd.hipbalanceRun(team: team, out: out).status == 0)
        let record = try EndToEnd.record(in: out)
        #expect(record.counts.parsed == 0)
        #expect(record.counts.fromCache == firstRecord.counts.parsed)
        #expect(EndToEnd.outputs(of: out) == firstOutputs)
    }

    @Test func outputsDoNotDependOnTheNumberOfJobs() throws {
        let team = try Self.makeTeam()
        let one = try TemporaryDirectory("one").url
        let two = try TemporaryDirectory("two").url
        defer { for url in [team, one, two] { try? FileManager.default.removeItem(at: url) } }
        #expect(try EndToEnd.hipbalanceRun(team: team, out: one, ["--jobs", "1"]).status == 0)
        #expect(try EndToEnd.hipbalanceRun(team: team, out: two, ["--jobs", "3"]).status == 0)
        #expect(EndToEnd.outputs(of: one).count == 2 * 3 + 3)  // 2 athletes × (html, md, json) + team files
        #expect(EndToEnd.outputs(of: one) == EndToEnd.outputs(of: two))
    }

    @Test func aHeldOutputFolderExitsThreeAndWritesNothing() throws {
        let team = try Self.makeTeam(["rok"])
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        try EndToEnd.expectHeldFolderRefusedThenFree(team: team, out: out, exitStatusWhenFree: 0)
    }
}
