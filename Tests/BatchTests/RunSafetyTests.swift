import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Batch
@testable import Ingest

/// The lesser defects of the attack report and the first-hour surprises of issue 13.
@Suite struct RunSafetyTests {
    static let gpx = Data(HardeningFixtures.gpx().utf8)
    static let asOf = LocalDate(year: 2026, month: 11, day: 2)

    func run(_ team: URL, out: URL, asOf: LocalDate? = asOf) -> RunOutcome {
        TeamRun.execute(RunConfiguration(teamDirectory: team, outputDirectory: out, asOf: asOf, jobs: 1))
    }

    func message(_ outcome: RunOutcome) -> String {
        if case .invalid(let diagnostic) = outcome { return diagnostic.description }
        return "not invalid: \(outcome)"
    }

    /// An empty or mistyped team folder (a failed mount) is an error, not an empty team page.
    @Test func aTeamWithoutAthletesIsAnError() throws {
        let folder = try TemporaryDirectory("safety").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team(["stray.gpx": Self.gpx], in: folder)
        let out = folder.appendingPathComponent("out")
        let outcome = run(team, out: out)
        #expect(outcome.exitCode == 2)
        #expect(message(outcome).contains("no athlete folders"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }

    @Test func anAbsurdAsOfIsRefused() throws {
        let folder = try TemporaryDirectory("safety").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team(["ana/a.gpx": Self.gpx], in: folder)
        let outcome = run(
            team, out: folder.appendingPathComponent("out"), asOf: LocalDate(year: 9999, month: 12, day: 31))
        #expect(outcome.exitCode == 2)
        #expect(message(outcome).contains("--as-of"))
    }

    /// `--out TEAM/ana` dropped athlete ana silently; now it is refused.
    @Test func anOutputFolderInsideAnAthleteFolderIsRefused() throws {
        let folder = try TemporaryDirectory("safety").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team(["ana/a.gpx": Self.gpx, "bor/b.gpx": Self.gpx], in: folder)
        for out in ["ana", "ana/reports", "."] {
            let outcome = run(team, out: team.appendingPathComponent(out))
            #expect(outcome.exitCode == 2, "\(out)")
        }
        // A new folder at the top of the team folder is hipbalance's and is skipped by discovery.
        let reports = team.appendingPathComponent("reports")
        #expect(run(team, out: reports).exitCode == 0)
        guard case .completed(let record) = run(team, out: reports) else {
            Issue.record("second run failed")
            return
        }
        #expect(record.athletes.map(\.id) == ["ana", "bor"])
    }

    /// Staged outputs reach the folder only on publish; a failed run leaves the previous set.
    @Test func stagedOutputsAppearOnlyWhenPublished() throws {
        let folder = try TemporaryDirectory("safety").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        do {
            let output = try OutputFolder(root: out)
            try output.write("old A", to: ["a.txt"])
            try output.write("old B", to: ["b.txt"])
        }
        do {
            let output = try OutputFolder(root: out)
            try output.beginStaging()
            try output.write("new A", to: ["a.txt"])
            #expect(try String(contentsOf: out.appendingPathComponent("a.txt"), encoding: .utf8) == "old A")
            // The run fails here: nothing is published.
        }
        #expect(try String(contentsOf: out.appendingPathComponent("a.txt"), encoding: .utf8) == "old A")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".hipbalance.lock") }
                .sorted() == ["a.txt", "b.txt"])
        let output = try OutputFolder(root: out)
        try output.beginStaging()
        try output.write("new A", to: ["a.txt"])
        try output.write("new C", to: ["ana", "c.txt"])
        try output.publish()
        #expect(try String(contentsOf: out.appendingPathComponent("a.txt"), encoding: .utf8) == "new A")
        #expect(try String(contentsOf: out.appendingPathComponent("ana/c.txt"), encoding: .utf8) == "new C")
        #expect(
            !(try FileManager.default.contentsOfDirectory(atPath: out.path)).contains {
                $0.hasPrefix(OutputFolder.temporaryPrefix)
            })
    }

    @Test func anOutputPathThatIsAFileIsSaidInPlainWords() throws {
        let folder = try TemporaryDirectory("safety").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out")
        try Data("x".utf8).write(to: file)
        do {
            _ = try OutputFolder(root: file)
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("is a file, not a folder"))
            #expect(!error.message.contains("NSCocoaErrorDomain"))
            #expect(error.problem == .notAFolder && error.path == file.standardizedFileURL.path)
            #expect(error.diagnostic.location == SourceLocation(source: file.standardizedFileURL.path))
        }
    }

    @Test func anOutputFolderThatCannotBeCreatedNamesItsPathAndWhatToDo() throws {
        let folder = try TemporaryDirectory("safety").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: file)
        let out = file.appendingPathComponent("reports")
        do {
            _ = try OutputFolder(root: out)
            Issue.record("accepted")
        } catch {
            #expect(error.path == out.standardizedFileURL.path)
            // The reason is the system's in plain words (Foundation on Linux often gives only a
            // generic one here), then what to do.
            #expect(error.description.hasPrefix("\(out.standardizedFileURL.path): cannot create this folder: "))
            #expect(error.description.hasSuffix("; give --out a folder you can write to"))
            #expect(!error.description.contains("Domain") && !error.description.contains("Code="))
        }
    }

    /// Zero padding after the gzip data (tape-style block padding) is not a broken member.
    @Test func zeroPaddingAfterGzipIsAccepted() throws {
        let folder = try TemporaryDirectory("safety").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("a.gpx")
        try Self.gpx.write(to: plain)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-n", plain.path]
        try gzip.run()
        gzip.waitUntilExit()
        var data = try Data(contentsOf: folder.appendingPathComponent("a.gpx.gz"))
        data.append(Data(count: 512))
        let file = try ActivityReader.read(data: data, source: "a.gpx.gz")
        #expect(file.activities.count == 1)
        var damaged = data
        damaged.append(contentsOf: [0x00, 0x41, 0x42])
        #expect(throws: IngestError.self) { try ActivityReader.read(data: damaged, source: "a.gpx.gz") }
    }

    /// Strength CSVs: a hostile line costs no memory beyond its bytes and is named with its line.
    @Test func csvLinesAndFieldsAreCapped() throws {
        let header = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n"
        let good = "2026-11-01 10:00:00,W,Squat,1,100,5\n"
        let commas = String(repeating: ",", count: CSVLimits.maximumFields + 10) + "\n"
        let cell =
            "2026-11-01 10:00:00,W,\"" + String(repeating: "x", count: CSVLimits.maximumRecordBytes + 10) + "\",1,1,1\n"
        let text = header + good + commas + cell + good
        let log = try StrengthLogReader.read(
            data: Data(text.utf8), source: "s.csv", options: StrengthReadOptions(defaultWeightUnit: .kg))
        let errors = log.rowErrors.map { "\($0.location.line ?? 0): \($0.message)" }
        #expect(errors.contains { $0.hasPrefix("3:") && $0.contains("more than \(CSVLimits.maximumFields) fields") })
        #expect(errors.contains { $0.hasPrefix("4:") && $0.contains("longer than") })
        #expect(log.sessions.flatMap(\.sets).count == 2)
    }
}

@Suite struct AsOfWarningTests {
    @Test func aReferenceDayFarAfterTheDataIsWarnedAbout() {
        let newest = LocalDate(year: 2026, month: 10, day: 1)
        let oldest = LocalDate(year: 2026, month: 1, day: 5)
        #expect(
            TeamRun.asOfWarning(asOf: LocalDate(year: 2026, month: 10, day: 20), oldest: oldest, newest: newest) == nil)
        let warning = TeamRun.asOfWarning(asOf: LocalDate(year: 2027, month: 1, day: 1), oldest: oldest, newest: newest)
        #expect(warning?.message.contains("92 days before") == true && warning?.severity == .warning)
        #expect(TeamRun.asOfWarning(asOf: LocalDate(year: 2027, month: 1, day: 1), oldest: nil, newest: nil) == nil)
    }

    @Test func aReferenceDayBeforeAllTheDataIsWarnedAbout() throws {
        let oldest = LocalDate(year: 2026, month: 1, day: 5)
        let newest = LocalDate(year: 2026, month: 10, day: 1)
        let warning = try #require(
            TeamRun.asOfWarning(asOf: LocalDate(year: 2025, month: 12, day: 1), oldest: oldest, newest: newest))
        #expect(warning.severity == .warning)
        #expect(
            warning.message
                == "the oldest data of the team is from 2026-01-05, 35 days after the day analysed (2025-12-01): "
                + "only data up to that day counts, so every report is empty; check --as-of "
                + "(without it the run analyses up to today)")
        // One day before is still every report empty; the first day of the data is not.
        #expect(
            TeamRun.asOfWarning(asOf: LocalDate(year: 2026, month: 1, day: 4), oldest: oldest, newest: newest)?.message
                .contains("1 day after") == true)
        #expect(TeamRun.asOfWarning(asOf: oldest, oldest: oldest, newest: newest) == nil)
    }

    /// Strength sets and a run logged only after the day analysed: the run warns, and the page
    /// says "none up to that day" instead of "no strength log" or "no glute or core sets logged".
    @Test func aRunBeforeAllTheDataWarnsAndThePageSaysWhatIsLeftOut() throws {
        let folder = try TemporaryDirectory("as-of").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = HardeningFixtures.strongLog
        let team = try HardeningFixtures.team(
            ["ana/strong.csv": Data(csv.utf8), "ana/run.gpx": Data(HardeningFixtures.gpx().utf8)], in: folder)
        try Data("defaultWeightUnit: kg\n".utf8).write(to: team.appendingPathComponent("team.yaml"))
        let record = try #require(
            HardeningFixtures.completedRun(of: team, in: folder, asOf: LocalDate(year: 2026, month: 6, day: 1)))
        #expect(
            record.warnings.contains {
                $0.message.contains(
                    "the oldest data of the team is from 2026-10-01, 122 days after the day analysed (2026-06-01)")
            })
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/ana/report.md"), encoding: .utf8)
        let html = try String(contentsOf: folder.appendingPathComponent("out/ana/report.html"), encoding: .utf8)
        for page in [markdown, html] {
            #expect(!page.contains("no strength log"))
            #expect(!page.contains("No strength log"))
            #expect(page.contains("no strength session up to 2026-06-01 (2 sessions are dated after it)"))
            #expect(page.contains("1 activity and 2 strength sessions read are dated after it"))
            #expect(page.contains("no quad, low-back, glute or core load up to 2026-06-01"))
            #expect(page.contains("No strength sessions logged up to 2026-06-01 (2 sessions after it are not counted)"))
            #expect(page.contains("last activity 2026-11-01, after the day analysed"))
            #expect(page.contains("0 (1 more after 2026-06-01 is not counted)"))
            #expect(page.contains("3 in 2 sessions (2 sessions after 2026-06-01 not counted)"))
            #expect(page.contains("No strength session up to 2026-06-01: the 2 sessions logged are dated after it"))
        }
        #expect(html.contains("No glute or core sets logged up to 2026-06-01"))
        #expect(!html.contains("No glute or core sets logged<"))
    }
}

@Suite struct ImplausibleDateTests {
    /// A strength row dated in year 1 added hundreds of MB per athlete; it is left out with a warning.
    @Test func sessionsDatedInYearOneAreLeftOut() throws {
        let folder = try TemporaryDirectory("safety").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = """
            Date,Workout Name,Exercise Name,Set Order,Weight,Reps
            2026-10-01 10:00:00,W,Squat,1,100,5
            0001-01-01 10:00:00,W,Squat,1,100,5

            """
        let team = try HardeningFixtures.team(["ana/strong.csv": Data(csv.utf8)], in: folder)
        try Data("defaultWeightUnit: kg\n".utf8).write(to: team.appendingPathComponent("team.yaml"))
        let outcome = TeamRun.execute(
            RunConfiguration(
                teamDirectory: team, outputDirectory: folder.appendingPathComponent("out"),
                asOf: LocalDate(year: 2026, month: 10, day: 5), jobs: 1))
        guard case .completed(let record) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        let report = try String(contentsOf: folder.appendingPathComponent("out/ana/report.json"), encoding: .utf8)
        #expect(record.athletes.first?.strengthSessions == 1)
        #expect(report.contains("were left out"))
    }
}
