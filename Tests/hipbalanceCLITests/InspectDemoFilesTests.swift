import Foundation
import HipBalanceTestSupport
import Testing

/// `hipbalance inspect` on files of the committed demo team (no corpus needed): JSON lines in
/// input order, the text form for people, and exit 1 when a file is an error.
@Suite struct InspectDemoFilesTests {
    static let demo = PackageRoot.url.appendingPathComponent("Fixtures/demo-team")

    /// One plain GPX, one gzipped TCX, two strength logs and an unrelated text file.
    static let files = [
        "ana/activity_22924457105.gpx", "marko/2026-08-18 18.50.36.tcx.gz", "maja/strong.csv", "tina/hevy_workouts.csv",
        "maja/notes.txt",
    ].map { demo.appendingPathComponent($0).path }

    static func lines(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func jsonLinesInInputOrder() throws {
        let result = try ProcessRunner.run(EndToEnd.binary, ["inspect", "--weight-unit", "lb"] + Self.files)
        #expect(result.status == 1, "notes.txt is an error: \(result.stderr)")
        let records = try Self.lines(result.stdout)
        #expect(records.map { $0["file"] as? String } == Self.files)
        #expect(records.map { $0["status"] as? String } == ["ok", "ok", "ok", "ok", "error"])
        #expect(records.map { $0["format"] as? String } == ["gpx", "tcx", "strong", "hevy", nil])
        // Maja's Strong export names no unit; --weight-unit gives it the one her team.yaml gives.
        #expect(records[2]["weightUnit"] as? String == "lb")
        let activity = try #require((records[0]["activities"] as? [[String: Any]])?.first)
        #expect(activity["sport"] as? String == "running" && (activity["distanceMeters"] as? Double ?? 0) > 1000)
    }

    @Test func textFormatForPeople() throws {
        let result = try ProcessRunner.run(
            EndToEnd.binary, ["inspect", "--format", "text", "--weight-unit", "lb"] + Self.files)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let gpx = try #require(lines.firstIndex { $0.hasPrefix(Self.files[0] + ": gpx with 1 activity") })
        #expect(lines[gpx + 1].hasPrefix("  running, 20"))
        #expect(lines[gpx + 1].contains(" km, elapsed ") && lines[gpx + 1].contains("HR "))
        #expect(lines.contains { $0.hasPrefix(Self.files[2] + ": strong log, ") && $0.contains("weights in lb") })
        #expect(lines.contains { $0.hasPrefix(Self.files[3] + ": hevy log, ") })
        #expect(lines.last?.hasPrefix(Self.files[4] + ": error: ") == true)
    }

    @Test func aCutDownloadIsAnErrorWithItsLineAndColumn() throws {
        let folder = try TemporaryDirectory("inspect")
        defer { folder.cleanUp() }
        let whole = try Data(contentsOf: URL(fileURLWithPath: Self.files[0]))
        let cut = folder.url.appendingPathComponent("cut.gpx")
        try whole.prefix(whole.count * 3 / 5).write(to: cut)
        let result = try ProcessRunner.run(EndToEnd.binary, ["inspect", cut.path])
        #expect(result.status == 1)
        let error = try #require(try Self.lines(result.stdout).first?["error"] as? [String: Any])
        #expect((error["line"] as? Int ?? 0) > 1 && (error["column"] as? Int ?? 0) > 0)
        #expect((error["message"] as? String ?? "").isEmpty == false)
    }
}
