import Foundation
import HipBalanceTestSupport
import Testing

/// `hipbalance inspect` as a user runs it: activity files and strength logs in one call, one
/// JSON line per file in input order, exit 1 when any file is an error.
@Suite(.corpus) struct InspectCommandTests {
    static func lines(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func activityAndStrengthFilesInOneCall() throws {
        let files = [
            "gpx/sweat__4078723797_strava.gpx", "strength/hevy-kg-settypes.csv", "tcx/dblocktcx__brighton-beach.tcx",
            "strength/strong-comma-noduration-kgfloat.csv",
        ].map { Corpus.url($0).path }
        let result = try ProcessRunner.run(EndToEnd.binary, ["inspect", "--format", "json"] + files)
        #expect(result.status == 0, "\(result.stderr)")
        let records = try Self.lines(result.stdout)
        #expect(records.map { $0["file"] as? String } == files)
        #expect(records.map { $0["status"] as? String } == ["ok", "ok", "empty", "ok"])
        #expect(records.map { $0["format"] as? String } == ["gpx", "hevy", nil, "strong"])
        // A log without any unit: kilograms assumed, with a warning, and the unit reported as unknown.
        #expect(records[3]["weightUnit"] as? String == "unknown")
        #expect((records[3]["warnings"] as? [String])?.contains { $0.contains("unit") } == true)
    }

    @Test func weightUnitFlagGivesUnitlessLogsTheirUnit() throws {
        let file = Corpus.url("strength/strong-comma-noduration-kgfloat.csv").path
        let result = try ProcessRunner.run(EndToEnd.binary, ["inspect", "--weight-unit", "lb", file])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(try Self.lines(result.stdout).first)
        #expect(record["weightUnit"] as? String == "lb")
        #expect((record["warnings"] as? [String])?.contains { $0.contains("unit") } != true)
    }

    @Test func anUnknownOrBrokenFileIsAnErrorAndTheOthersAreStillRead() throws {
        let folder = try TemporaryDirectory("inspect").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("just some notes\n".utf8).write(to: notes)
        let files = [
            notes.path, Corpus.url("malformed/agp__garminBaseCampExport-truncated.gpx").path,
            Corpus.url("strength/fitnotes-lb-8col.csv").path,
        ]
        let result = try ProcessRunner.run(EndToEnd.binary, ["inspect"] + files)
        #expect(result.status == 1)
        let records = try Self.lines(result.stdout)
        #expect(records.map { $0["status"] as? String } == ["error", "error", "ok"])
        let truncated = try #require(records[1]["error"] as? [String: Any])
        #expect((truncated["line"] as? Int ?? 0) > 0)
        #expect((truncated["column"] as? Int ?? 0) > 0)
    }
}
