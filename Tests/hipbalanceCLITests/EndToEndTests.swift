import Foundation
import HipBalanceTestSupport
import Testing

@testable import Batch

/// The built binary on temporary team folders: what a cron operator relies on.
@Suite(.corpus, .serialized) struct EndToEndTests {
    /// Inputs of the standard team that readers see (activity files, logs, archive members).
    static let readableInputs = 11

    @Test func firstRunWritesEverythingAndExitsOneForTheRejectedFile() throws {
        let team = try EndToEnd.makeTeam()
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }

        let result = try EndToEnd.hipbalanceRun(team: team, out: out)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let record = try EndToEnd.record(in: out)
        #expect(record.teamName == "Test Harriers")
        #expect(record.asOf.description == EndToEnd.asOf)
        #expect(record.exitStatus == 1)
        #expect(record.athletes.map(\.id) == ["ana", "bor", "cene"])
        #expect(record.counts.parsed == Self.readableInputs)
        #expect(record.counts.fromCache == 0)
        #expect(record.counts.rejected == 1)
        #expect(record.counts.metadata == 2)
        #expect(record.counts.duplicates >= 1)
        #expect(record.counts.unknown == 2)  // cene/notes.txt and profile.csv inside bor's zip
        #expect(record.counts.filesSeen == Self.readableInputs + 2 + 2)  // + unknown + metadata
        let error = try #require(record.errors.first)
        #expect(error.location?.source == "cene/truncated.gpx")
        #expect(error.location?.line != nil)
        #expect(Set(record.unknownFiles.map(\.path)) == ["cene/notes.txt", "bor/export_1234.zip#profile.csv"])

        for athlete in ["ana", "bor", "cene"] {
            for file in ["report.json", "report.html", "report.md"] {
                #expect(
                    FileManager.default.fileExists(atPath: out.appendingPathComponent("\(athlete)/\(file)").path),
                    "\(athlete)/\(file)")
            }
        }
        for file in ["team.json", "team.csv", "index.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        // The GPX and the gzipped TCX of one run count once.
        let ana = try #require(record.athletes.first { $0.id == "ana" })
        #expect(ana.counts.duplicates == 1)
        #expect(ana.activities == 2)
        let anaReport = try String(contentsOf: out.appendingPathComponent("ana/report.json"), encoding: .utf8)
        #expect(anaReport.contains(#""duplicatesDropped" : 1"#))
    }

    @Test func coachSheetRowsGoToTheNamedAthleteOnly() throws {
        let team = try TemporaryDirectory("team").url
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        for athlete in ["ana", "jo", "zed"] {
            let folder = team.appendingPathComponent(athlete)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Corpus.url("strength/generic-coach-sheet.synthetic.csv"),
                to: folder.appendingPathComponent("sheet.csv"))
        }
        try Data("athletes:\n  ana:\n    aliases: [A. Novak]\n  jo:\n    name: J. Ortiz\n".utf8)
            .write(to: team.appendingPathComponent("team.yaml"))
        let result = try EndToEnd.hipbalanceRun(team: team, out: out, ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try EndToEnd.record(in: out)
        let sessions = Dictionary(uniqueKeysWithValues: record.athletes.map { ($0.id, $0.strengthSessions) })
        #expect(sessions["ana"] == 2)  // 2025-09-01 and 2025-09-02
        #expect(sessions["jo"] == 2)  // 2025-09-01 and 2025-09-03
        #expect(sessions["zed"] == 0)
        let zed = try String(contentsOf: out.appendingPathComponent("zed/report.json"), encoding: .utf8)
        #expect(zed.contains("aliases"))
    }

    @Test func everyInputReadExitsZero() throws {
        let team = try TemporaryDirectory("team").url
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        try FileManager.default.createDirectory(
            at: team.appendingPathComponent("solo"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Corpus.url("gpx/georust__wahoo_example.gpx"), to: team.appendingPathComponent("solo/ride.gpx"))
        let result = try EndToEnd.hipbalanceRun(team: team, out: out, ["--format", "json", "--json-summary"])
        #expect(result.status == 0, "\(result.stderr)")
        // Standard output holds exactly run.json.
        #expect(
            result.stdout.data(using: .utf8).map { try? RunRecord.decoder().decode(RunRecord.self, from: $0) } != nil)
        #expect(try EndToEnd.record(in: out).counts.parsed == 1)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("solo/report.json").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("solo/report.html").path))
    }

    @Test func secondRunParsesNothingAndWritesTheSameBytes() throws {
        let team = try EndToEnd.makeTeam()
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        _ = try EndToEnd.hipbalanceRun(team: team, out: out)
        let first = EndToEnd.outputs(of: out)
        let firstRecord = try EndToEnd.record(in: out)

        let again = try EndToEnd.hipbalanceRun(team: team, out: out)
        #expect(again.status == 1)
        let record = try EndToEnd.record(in: out)
        #expect(record.counts.parsed == 0)
        #expect(record.counts.fromCache == Self.readableInputs)
        #expect(record.errors == firstRecord.errors)
        #expect(EndToEnd.outputs(of: out) == first)
    }

    @Test func outputsDoNotDependOnTheNumberOfJobs() throws {
        let team = try EndToEnd.makeTeam()
        let one = try TemporaryDirectory("one").url
        let two = try TemporaryDirectory("two").url
        defer { for url in [team, one, two] { try? FileManager.default.removeItem(at: url) } }
        _ = try EndToEnd.hipbalanceRun(team: team, out: one, ["--jobs", "1"])
        _ = try EndToEnd.hipbalanceRun(team: team, out: two, ["--jobs", "4"])
        #expect(!EndToEnd.outputs(of: one).isEmpty)
        #expect(EndToEnd.outputs(of: one) == EndToEnd.outputs(of: two))
        #expect(try EndToEnd.record(in: one).counts == EndToEnd.record(in: two).counts)
    }

    @Test func changedFileIsReparsedAndDeletedFileDropped() throws {
        let team = try EndToEnd.makeTeam()
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        _ = try EndToEnd.hipbalanceRun(team: team, out: out)
        let before = try EndToEnd.record(in: out)

        let changed = team.appendingPathComponent("bor/2024/06/week2/korita.gpx")
        let handle = try FileHandle(forWritingTo: changed)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n<!-- edited -->\n".utf8))
        try handle.close()
        try FileManager.default.removeItem(at: team.appendingPathComponent("ana/garmin/argmac.tcx"))
        // Only the time changes here: the content hash keeps it a cache hit.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 60)],
            ofItemAtPath: team.appendingPathComponent("cene/wahoo.gpx").path)

        _ = try EndToEnd.hipbalanceRun(team: team, out: out)
        let after = try EndToEnd.record(in: out)
        #expect(after.counts.parsed == 1)
        #expect(after.counts.fromCache == Self.readableInputs - 2)
        #expect(after.counts.filesSeen == before.counts.filesSeen - 1)
        let anaBefore = try #require(before.athletes.first { $0.id == "ana" })
        let anaAfter = try #require(after.athletes.first { $0.id == "ana" })
        #expect(anaAfter.activities == anaBefore.activities - 1)
    }

    @Test func damagedCacheOfOursIsMovedAsideAndRebuiltWithAWarning() throws {
        let team = try EndToEnd.makeTeam()
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        _ = try EndToEnd.hipbalanceRun(team: team, out: out)
        let first = EndToEnd.outputs(of: out)
        let cache = out.appendingPathComponent(RunConfiguration.defaultCacheName)
        // Keep the SQLite header (it says the file is ours), wreck every page after it.
        var bytes = try Data(contentsOf: cache)
        bytes.replaceSubrange(100..<bytes.count, with: Data(repeating: 0x42, count: bytes.count - 100))
        try bytes.write(to: cache)

        let result = try EndToEnd.hipbalanceRun(team: team, out: out)
        #expect(result.status == 1)
        let record = try EndToEnd.record(in: out)
        #expect(record.counts.parsed == Self.readableInputs)
        #expect(record.warnings.contains { $0.text().contains("moved to") && $0.text().contains("rebuilt") })
        #expect(EndToEnd.outputs(of: out) == first)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.contains { $0.hasPrefix(RunConfiguration.defaultCacheName + ".damaged-") })
    }

    /// D1: something that is not our cache at the cache path stops the run (exit 2), untouched.
    @Test func foreignFileAtTheCachePathIsLeftAloneAndTheRunStops() throws {
        let team = try EndToEnd.makeTeam()
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        let teamYAML = team.appendingPathComponent("team.yaml")
        let before = try Data(contentsOf: teamYAML)
        let result = try EndToEnd.hipbalanceRun(team: team, out: out, ["--cache", teamYAML.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("left untouched"))
        #expect(try Data(contentsOf: teamYAML) == before)
    }

    /// D2 as a coach meets it: overrides in `team.yaml` that once crashed the run (allocation
    /// failure, Double→Int trap) stop it with exit 2 naming the key and its range, before any
    /// output is written.
    @Test(arguments: [("acuteDays", "9223372036854775807"), ("startingSets", "1e300")])
    func anAbsurdModelOverrideInTeamYAMLStopsTheRunNamingTheKey(key: String, value: String) throws {
        let team = try EndToEnd.makeTeam(teamYAML: EndToEnd.defaultTeamYAML + "\nmodel:\n  \(key): \(value)\n")
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        let result = try EndToEnd.hipbalanceRun(team: team, out: out, [])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(key) && result.stderr.contains("from"), "\(result.stderr)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: out.path))?.contains("index.html") != true)
    }

    @Test func killedRunIsFollowedByACompleteCleanRun() throws {
        let team = try EndToEnd.makeTeam()
        // Athletes after the first three, so the kill lands while reports are being written.
        for copy in 0..<4 {
            let folder = team.appendingPathComponent("extra\(copy)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Corpus.url("tcx/sweat__3173437224.tcx"), to: folder.appendingPathComponent("long.tcx"))
        }
        let out = try TemporaryDirectory("out").url
        let reference = try TemporaryDirectory("reference").url
        defer { for url in [team, out, reference] { try? FileManager.default.removeItem(at: url) } }

        let started = try ProcessRunner.start(
            EndToEnd.binary, ["run", team.path, "--out", out.path, "--as-of", EndToEnd.asOf, "--quiet", "--jobs", "1"])
        let firstReport = out.appendingPathComponent("ana/report.json")
        let deadline = Date(timeIntervalSinceNow: 60)
        while !FileManager.default.fileExists(atPath: firstReport.path) && started.process.isRunning
            && Date() < deadline
        {
            usleep(1_000)
        }
        kill(started.process.processIdentifier, SIGKILL)
        started.process.waitUntilExit()
        _ = started.result()

        let result = try EndToEnd.hipbalanceRun(team: team, out: out)
        #expect(result.status == 1, "\(result.stderr)")
        _ = try EndToEnd.hipbalanceRun(team: team, out: reference)
        #expect(EndToEnd.outputs(of: out) == EndToEnd.outputs(of: reference))
        let leftovers =
            FileManager.default.enumerator(atPath: out.path)?.compactMap { $0 as? String }
            .filter { $0.contains(OutputFolder.temporaryPrefix) } ?? []
        #expect(leftovers.isEmpty)
    }

    @Test func aRunHoldingTheFolderMakesTheSecondExitWithAClearMessage() throws {
        let team = try EndToEnd.makeTeam()
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        try EndToEnd.expectHeldFolderRefusedThenFree(team: team, out: out, exitStatusWhenFree: 1)
    }

    @Test func twoConcurrentRunsNeverInterleave() throws {
        let team = try EndToEnd.makeTeam()
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        let arguments = ["run", team.path, "--out", out.path, "--as-of", EndToEnd.asOf, "--quiet"]
        let first = try ProcessRunner.start(EndToEnd.binary, arguments)
        let second = try ProcessRunner.start(EndToEnd.binary, arguments)
        first.process.waitUntilExit()
        second.process.waitUntilExit()
        let results = [first.result(), second.result()]
        for result in results {
            #expect([1, 3].contains(result.status), "\(result.stderr)")
            if result.status == 3 { #expect(result.stderr.contains("another hipbalance run")) }
        }
        #expect(results.contains { $0.status == 1 })
        let record = try EndToEnd.record(in: out)
        #expect(record.athletes.count == 3)
        for athlete in ["ana", "bor", "cene"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(athlete)/report.json").path))
        }
    }

    @Test func badTeamYAMLExitsTwoAndWritesNothing() throws {
        let team = try EndToEnd.makeTeam(teamYAML: "athletes:\n  ana:\n    name: Ana\n    sitingHours: 9\n")
        let out = team.appendingPathComponent("../\(team.lastPathComponent)-out").standardizedFileURL
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        let result = try EndToEnd.hipbalanceRun(team: team, out: out)
        #expect(result.status == 2)
        #expect(result.stderr.contains("team.yaml:4"))
        #expect(result.stderr.contains("athlete ana"))
        #expect(result.stderr.contains("sitingHours"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func shardsRunAsSeparateProcessesMergeToTheSingleRun() throws {
        let team = try EndToEnd.makeTeam()
        let work = try TemporaryDirectory("shards").url
        defer { for url in [team, work] { try? FileManager.default.removeItem(at: url) } }
        let single = work.appendingPathComponent("single")
        _ = try EndToEnd.hipbalanceRun(team: team, out: single)

        let count = 3
        let shardOuts = (0..<count).map { work.appendingPathComponent("shard\($0)") }
        // The first with --shard, the others as a Kubernetes Indexed Job starts them (the shard
        // from the environment); all in parallel.
        let processes = try (0..<count).map { index in
            let common = ["run", team.path, "--out", shardOuts[index].path, "--as-of", EndToEnd.asOf, "--quiet"]
            return index == 0
                ? try ProcessRunner.start(EndToEnd.binary, common + ["--shard", "1/\(count)"])
                : try ProcessRunner.start(
                    EndToEnd.binary, common,
                    environment: ["JOB_COMPLETION_INDEX": "\(index)", "JOB_COMPLETIONS": "\(count)"])
        }
        for started in processes {
            started.process.waitUntilExit()
            let result = started.result()
            #expect([0, 1].contains(result.status), "\(result.stderr)")
        }
        let shardRecords = try shardOuts.map(EndToEnd.record(in:))
        #expect(shardRecords.map(\.shard) == (1...count).map { "\($0)/\(count)" })

        let merged = work.appendingPathComponent("merged")
        let merge = try ProcessRunner.run(
            EndToEnd.binary, ["merge", "--out", merged.path, "--quiet"] + shardOuts.map(\.path))
        #expect(merge.status == 1, "\(merge.stderr)")
        #expect(EndToEnd.outputs(of: merged) == EndToEnd.outputs(of: single))
        let singleRecord = try EndToEnd.record(in: single)
        let mergedRecord = try EndToEnd.record(in: merged)
        #expect(mergedRecord.counts == singleRecord.counts)
        #expect(mergedRecord.athletes == singleRecord.athletes)
        #expect(mergedRecord.errors == singleRecord.errors)
        #expect(mergedRecord.unknownFiles == singleRecord.unknownFiles)

        let incomplete = try ProcessRunner.run(
            EndToEnd.binary,
            ["merge", "--out", work.appendingPathComponent("partial").path] + shardOuts.prefix(2).map(\.path))
        #expect(incomplete.status == 2)
        #expect(incomplete.stderr.contains("3/3 missing"))
    }
}
