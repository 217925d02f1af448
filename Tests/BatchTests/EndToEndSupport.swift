import Foundation
import Testing
import ZIPFoundation

@testable import Batch

/// Runs the built `hipbalance` binary on team folders assembled at run time from the corpus.
enum EndToEnd {
    /// The day every end-to-end run is analysed as of, so outputs are comparable.
    static let asOf = "2026-01-01"

    /// The built executable: `.build/debug/hipbalance` (built by `swift build --build-tests`),
    /// else the one in `swift build --show-bin-path`.
    static let binary: URL = {
        let candidates = [
            TestSupport.packageRoot.appendingPathComponent(".build/debug/hipbalance"),
            TestSupport.packageRoot.appendingPathComponent(".build/release/hipbalance"),
        ]
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) { return found }
        let binPath = try? run(URL(fileURLWithPath: "/usr/bin/env"), ["swift", "build", "--show-bin-path"], in: TestSupport.packageRoot)
        let folder = binPath?.stdout.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return URL(fileURLWithPath: folder).appendingPathComponent("hipbalance")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a process to its end, output captured through files (no pipe can fill up).
    static func run(_ executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = try start(executable, arguments, in: folder, environment: environment)
        process.process.waitUntilExit()
        return process.result()
    }

    struct Started {
        var process: Process
        var stdoutURL: URL
        var stderrURL: URL

        func result() -> Result {
            let out = (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? ""
            let err = (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: stdoutURL)
            try? FileManager.default.removeItem(at: stderrURL)
            return Result(status: process.terminationStatus, stdout: out, stderr: err)
        }
    }

    static func start(_ executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Started {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var env = ProcessInfo.processInfo.environment
        env["JOB_COMPLETION_INDEX"] = nil
        env["JOB_COMPLETIONS"] = nil
        env.merge(environment) { $1 }
        process.environment = env
        let stdoutURL = FileManager.default.temporaryDirectory.appendingPathComponent("hb-out-\(UUID().uuidString)")
        let stderrURL = FileManager.default.temporaryDirectory.appendingPathComponent("hb-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
        return Started(process: process, stdoutURL: stdoutURL, stderrURL: stderrURL)
    }

    /// `hipbalance run TEAM --out OUT --as-of … --quiet` plus `extra`.
    static func hipbalanceRun(team: URL, out: URL, _ extra: [String] = [], environment: [String: String] = [:]) throws -> Result {
        try run(binary, ["run", team.path, "--out", out.path, "--as-of", asOf, "--quiet"] + extra, environment: environment)
    }

    static func record(in out: URL) throws -> RunRecord {
        try RunRecord.decoder().decode(RunRecord.self, from: Data(contentsOf: out.appendingPathComponent(RunRecord.fileName)))
    }

    /// Every regular file under `folder` (relative path → bytes), hidden files and run.json left out.
    static func outputs(of folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return result }
        for case let url as URL in enumerator {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }), relative != RunRecord.fileName,
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
        let team = try TestSupport.temporaryFolder("team")
        func place(_ corpusPath: String, _ target: String) throws {
            let url = team.appendingPathComponent(target)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TestSupport.corpusFile(corpusPath), to: url)
        }
        try place("gpx/sweat__activity_5039744860.gpx", "ana/garmin/5039744860.gpx")
        try place("tcx/sweat__activity_5039744860.tcx", "ana/strava/5039744860.tcx")
        _ = try run(URL(fileURLWithPath: "/usr/bin/env"), ["gzip", team.appendingPathComponent("ana/strava/5039744860.tcx").path])
        try place("tcx/gc__argmac_Garmin_FR910XT_2015_01_31_10_17_02.tcx", "ana/garmin/argmac.tcx")
        try place("strength/generic-coach-sheet.synthetic.csv", "ana/coach-sheet.csv")
        try place("strength/strong-comma-noduration-kgfloat.csv", "ana/strong.csv")
        try place("tcx/gc__activity_790564009.tcx", "bor/activity_790564009.tcx")
        try place("gpx/gpxpy__korita-zbevnica.gpx", "bor/2024/06/week2/korita.gpx")
        try makeStravaZip(at: team.appendingPathComponent("bor/export_1234.zip"))
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

    /// A Strava bulk-export zip: `activities.csv` at the root and the linked file in `activities/`.
    static func makeStravaZip(at url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(with: "activities.csv", fileURL: TestSupport.corpusFile("exports/strava-activities.csv"))
        let gpx = try Data(contentsOf: TestSupport.corpusFile("exports/strava-activity-668551054.gpx"))
        try archive.addEntry(with: "activities/668551054.gpx", type: .file, uncompressedSize: Int64(gpx.count), compressionMethod: .deflate) {
            (position: Int64, size: Int) in gpx.subdata(in: Int(position)..<Int(position) + size)
        }
        try archive.addEntry(with: "profile.csv", type: .file, uncompressedSize: Int64(4)) { (_: Int64, _: Int) in Data("x,y\n".utf8) }
    }
}
