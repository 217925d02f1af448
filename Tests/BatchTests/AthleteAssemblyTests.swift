import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Ingest
import Logging
import Testing

@testable import Batch

@Suite struct AthleteAssemblyTests {
    static let time = LocalDateTime(date: LocalDate(year: 2025, month: 9, day: 1), hour: 7, minute: 0)

    static func log(names: [String?]) -> StrengthLog {
        let sessions = names.enumerated().map { index, name in
            StrengthSession(
                start: LocalDateTime(date: time.date.adding(days: index)),
                sets: [StrengthSet(time: time, exerciseName: "Squat")], athlete: name)
        }
        return StrengthLog(format: .generic, sessions: sessions, weightUnit: .kg)
    }

    static let ana = DiscoveredAthlete(
        folder: "ana", id: "ana", items: [], unknownFiles: [], rejected: [], metadataFiles: [])

    @Test func coachSheetKeepsOnlyTheAthletesRows() {
        let log = Self.log(names: ["A.  Novak", "J. Ortiz", nil, "ANA", "Ana Novak"])
        let entry = AthleteEntry(settings: AthleteSettings(name: "Ana Novak"), aliases: ["a. novak"])
        let (kept, foreign) = AthleteAssembly.sessions(of: log, for: Self.ana, entry: entry)
        #expect(kept.map(\.start.date.day) == [1, 3, 4, 5])
        #expect(foreign == 1)
    }

    @Test func logsWithoutNamesAreKeptWhole() {
        let log = Self.log(names: [nil, nil])
        let (kept, foreign) = AthleteAssembly.sessions(of: log, for: Self.ana, entry: nil)
        #expect(kept.count == 2)
        #expect(foreign == 0)
    }

    @Test func readersWarningsAreNamedByTheirTeamPathOnceWithTheirPlace() {
        func item(_ path: String, _ kind: InputKind) -> InputItem {
            InputItem(
                athleteFolder: "ana", path: path, location: .file(URL(fileURLWithPath: "/team/" + path)), kind: kind)
        }
        var athlete = Self.ana
        athlete.items = [item("ana/hevy.csv", .strength), item("ana/ride.fit", .activity)]
        // Readers name their input by the name they were given; the assembly by its team path.
        var log = Self.log(names: [nil])
        log.warnings = [Diagnostic(.warning, "no weight unit", at: SourceLocation(source: "hevy.csv"))]
        let fit = ActivityFile(
            format: .fit, activities: [], emptyReason: "no recorded activity",
            warnings: [
                Diagnostic(
                    .warning, "the FIT file checksum does not match", at: SourceLocation(source: "x", byteOffset: 769))
            ])
        let outcomes = [
            IngestOutcome(item: athlete.items[0], parsed: .strength(log), fromCache: false, cacheKey: "a"),
            IngestOutcome(item: athlete.items[1], parsed: .activities(fit), fromCache: true, cacheKey: "b"),
        ]
        let assembly = AthleteAssembly(
            athlete: athlete, entry: nil, outcomes: outcomes, resolver: .standard, timeZone: .gmt)
        #expect(
            assembly.inputs.warnings.map { $0.text() } == [
                "ana/hevy.csv: no weight unit",
                "ana/ride.fit: no recorded activity (no recorded activity)",
                "ana/ride.fit: byte 769: the FIT file checksum does not match",
            ])
        #expect(assembly.inputs.warnings[2].location == SourceLocation(source: "ana/ride.fit", byteOffset: 769))
    }

    /// A coach sheet naming athletes in the `athlete` column, in two athletes' folders: each run
    /// keeps each athlete's own sessions (and the unnamed ones), the second one from the cache.
    @Test func aCoachSheetIsSplitByAthleteAlsoFromTheCache() throws {
        let folder = try TemporaryDirectory("coach-sheet")
        defer { folder.cleanUp() }
        let team = folder.url.appendingPathComponent("team")
        let out = folder.url.appendingPathComponent("out")
        let sheet = """
            date,athlete,exercise,sets,reps,load,unit,rpe,notes
            2025-09-01,Ana,Back Squat,3,5,100,kg,7,
            2025-09-01,Jo,Back Squat,3,5,80,kg,7,
            2025-09-03,ANA,Hip Thrust,3,8,90,kg,8,
            2025-09-04,,Plank,3,45s,BW,,,
            2025-09-05,Zed,Back Squat,3,5,60,kg,7,
            """
        for athlete in ["ana", "jo"] {
            let url = team.appendingPathComponent("\(athlete)/coach.csv")
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(sheet.utf8).write(to: url)
        }
        for pass in 0..<2 {
            let outcome = TeamRun.execute(
                RunConfiguration(
                    teamDirectory: team, outputDirectory: out, asOf: LocalDate(year: 2025, month: 9, day: 10), jobs: 1))
            guard case .completed(let record) = outcome else {
                Issue.record("run \(pass) did not complete: \(outcome)")
                return
            }
            #expect(record.counts.fromCache == (pass == 0 ? 0 : 2))
            #expect(record.counts.parsed == (pass == 0 ? 2 : 0))
            // ana: her two named sessions and the unnamed one; jo: his and the unnamed one.
            for (athlete, sessions, sets) in [("ana", 3, 9), ("jo", 2, 6)] {
                let data = try Data(contentsOf: out.appendingPathComponent("\(athlete)/report.json"))
                let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                let inputs = try #require(report["inputs"] as? [String: Any])
                #expect(inputs["strengthSessions"] as? Int == sessions, "\(athlete), run \(pass)")
                #expect(inputs["strengthSets"] as? Int == sets, "\(athlete), run \(pass)")
            }
        }
    }

    /// The pipeline hands back each athlete with the outcomes of its own items.
    @Test func thePipelineGroupsOutcomesByAthlete() throws {
        let folder = try TemporaryDirectory("grouped")
        defer { folder.cleanUp() }
        func athlete(_ name: String, files: Int) throws -> DiscoveredAthlete {
            let items = try (0..<files).map { index in
                let url = folder.url.appendingPathComponent("\(name)-\(index).gpx")
                try Data(HardeningFixtures.gpx().utf8).write(to: url)
                return InputItem(
                    athleteFolder: name, path: "\(name)/\(index).gpx", location: .file(url), kind: .activity)
            }
            return DiscoveredAthlete(
                folder: name, id: name, items: items, unknownFiles: [], rejected: [], metadataFiles: [])
        }
        let athletes = [try athlete("ana", files: 2), try athlete("bo", files: 0), try athlete("cid", files: 3)]
        let cache = try ParseCache(url: folder.url.appendingPathComponent("c.sqlite"), logger: Logger(label: "t"))
        let pipeline = IngestPipeline(
            cache: cache, team: folder.url.path, jobs: 2, strengthReading: [:],
            tally: ProgressTally(total: 5, report: nil))
        let grouped = pipeline.run(athletes: athletes)
        #expect(grouped.map(\.athlete) == athletes)
        #expect(grouped.map { $0.outcomes.map(\.item) } == athletes.map(\.items))
    }
}
