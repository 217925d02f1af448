import Foundation
import HipBalanceTestSupport
import Testing

@testable import Batch

/// Runs the built `hipbalance` binary on team folders assembled at run time from the corpus.
enum EndToEnd {
    /// The day every end-to-end run is analysed as of, so outputs are comparable.
    static let asOf = "2026-01-01"

    /// The `hipbalance` built beside these tests (the target depends on the executable).
    static let binary: URL = {
        // The test runner lives in the build folder, next to the executable (on macOS inside
        // `hipbalancePackageTests.xctest/Contents/MacOS`): look in its folder and a few above.
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("hipbalance")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        preconditionFailure(
            "no hipbalance executable beside the test runner \(runner.path): run swift build --build-tests")
    }()

    /// `hipbalance run TEAM --out OUT --as-of … --quiet` plus `extra`.
    static func hipbalanceRun(team: URL, out: URL, _ extra: [String] = [], environment: [String: String] = [:]) throws
        -> ProcessRunner.Result
    {
        try ProcessRunner.run(
            binary, ["run", team.path, "--out", out.path, "--as-of", asOf, "--quiet"] + extra, environment: environment)
    }

    /// While this process holds `out`, a run exits 3 with a clear message and writes nothing;
    /// once the holder is gone (as when a process dies), the folder is free again.
    static func expectHeldFolderRefusedThenFree(
        team: URL, out: URL, exitStatusWhenFree: Int32, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        do {
            let holder = try OutputFolder(root: out)
            let blocked = try hipbalanceRun(team: team, out: out)
            #expect(blocked.status == 3, sourceLocation: sourceLocation)
            #expect(blocked.stderr.contains("another hipbalance run"), sourceLocation: sourceLocation)
            #expect(
                !FileManager.default.fileExists(atPath: out.appendingPathComponent(RunRecord.fileName).path),
                sourceLocation: sourceLocation)
            _ = holder
        }
        #expect(try hipbalanceRun(team: team, out: out).status == exitStatusWhenFree, sourceLocation: sourceLocation)
    }

    static func record(in out: URL) throws -> RunRecord {
        try RunRecord.decoder().decode(
            RunRecord.self, from: Data(contentsOf: out.appendingPathComponent(RunRecord.fileName)))
    }

    /// Every regular file under `folder` (relative path → bytes), hidden files and run.json left out.
    static func outputs(of folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return result }
        for case let url as URL in enumerator {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                relative != RunRecord.fileName,
                (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
            else { continue }
            result[relative] = try? Data(contentsOf: url)
        }
        return result
    }

    /// A three-athlete team from corpus files:
    /// - `ana`: one run as GPX and as gzipped TCX (a duplicate), another TCX, a coach sheet naming
    ///   several athletes (`A. Novak` is her alias), a Strong log;
    /// - `bor`: a TCX, a GPX three folders deep, a Strava bulk-export zip;
    /// - `cene`: a GPX, a truncated GPX (rejected), a text file (unknown), an unpacked Strava export.
    static func makeTeam(teamYAML: String? = defaultTeamYAML) throws -> URL {
        let team = try TemporaryDirectory("team").url
        func place(_ corpusPath: String, _ target: String) throws {
            let url = team.appendingPathComponent(target)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Corpus.url(corpusPath), to: url)
        }
        try place("gpx/sweat__activity_5039744860.gpx", "ana/garmin/5039744860.gpx")
        try place("tcx/sweat__activity_5039744860.tcx", "ana/strava/5039744860.tcx")
        _ = try ProcessRunner.run("gzip", [team.appendingPathComponent("ana/strava/5039744860.tcx").path])
        try place("tcx/gc__argmac_Garmin_FR910XT_2015_01_31_10_17_02.tcx", "ana/garmin/argmac.tcx")
        try place("strength/generic-coach-sheet.synthetic.csv", "ana/coach-sheet.csv")
        try place("strength/strong-comma-noduration-kgfloat.csv", "ana/strong.csv")
        try place("tcx/gc__activity_790564009.tcx", "bor/activity_790564009.tcx")
        try place("gpx/gpxpy__korita-zbevnica.gpx", "bor/2024/06/week2/korita.gpx")
        try StravaExportZip.make(at: team.appendingPathComponent("bor/export_1234.zip"))
        try place("gpx/georust__wahoo_example.gpx", "cene/wahoo.gpx")
        try place("malformed/agp__garminBaseCampExport-truncated.gpx", "cene/truncated.gpx")
        try Data("shopping list\n".utf8).write(to: team.appendingPathComponent("cene/notes.txt"))
        try place("exports/strava-activities.csv", "cene/strava/activities.csv")
        try place("exports/strava-activity-668551054.gpx", "cene/strava/activities/668551054.gpx")
        if let teamYAML { try Data(teamYAML.utf8).write(to: team.appendingPathComponent("team.yaml")) }
        return team
    }

    static let defaultTeamYAML = """
        name: Test Harriers
        timeZone: Europe/Ljubljana
        defaultWeightUnit: kg
        athletes:
          ana:
            name: Ana Novak
            aliases: [A. Novak]
            sex: female
            hrMax: 190
          bor:
            thresholdPace: "4:10"
        """
}
