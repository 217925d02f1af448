import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Ingest
import Logging
import Testing

@testable import Batch

/// Garmin Connect "Export your data" zips, built at test time: FIT originals in nested
/// `UploadedFiles_*.zip` parts (stored and deflated), members that are not activities, a damaged
/// part, and the same activity also in a Strava export and as a loose file.
@Suite struct GarminExportTests {
    static let start = FitTeamRunTests.start
    static let uploads = "DI_CONNECT/DI-Connect-Uploaded-Files"

    /// A zip of `members`, each stored or deflated.
    static func makeZip(_ members: [(name: String, data: Data, deflate: Bool)], at url: URL) throws {
        try zipData(members).write(to: url)
    }

    static func zipData(_ members: [(name: String, data: Data, deflate: Bool)]) throws -> Data {
        try ZipWriter.data(members.map { ($0.name, $0.data, $0.deflate ? .deflated : .stored) })
    }

    /// Garmin's summary of the same workout, with the exercise as the athlete corrected it.
    static func summary(strengthAt start: Int64) -> Data {
        let local = (start + 3600) * 1000
        let json = """
            [{"summarizedActivitiesExport":[
            {"activityId":1,"name":"Legs","activityType":"strength_training","startTimeLocal":\(local),"startTimeGmt":\(start * 1000),
             "duration":1500000,"summarizedExerciseSets":[{"category":"HIP_RAISE","subCategory":"BARBELL_HIP_THRUST_WITH_BENCH",
             "reps":60,"sets":6,"maxWeight":40000}]},
            {"activityId":2,"name":"Run","activityType":"running","startTimeLocal":\(local - 86_400_000),"duration":1800000,"distance":600000}
            ]}]
            """
        return Data(json.utf8)
    }

    /// An athlete folder with a Garmin export, a Strava export and a loose FIT file.
    static func makeTeam(in folder: URL) throws -> URL {
        let team = folder.appendingPathComponent("team")
        let ana = team.appendingPathComponent("ana")
        try FileManager.default.createDirectory(at: ana, withIntermediateDirectories: true)
        let rideA = FitTeamRunTests.ride()
        let rideB = FitTeamRunTests.ride(from: start - 86_400)
        let workout = start + 2 * 86_400
        let part1 = try zipData(
            [
                (name: "ana@example.com_1001.fit", data: rideA, deflate: true),
                (name: "ana@example.com_1002.fit", data: FitTeamRunTests.nonActivity(type: 32), deflate: false),
                (
                    name: "ana@example.com_1003.fit",
                    data: FitTeamRunTests.strengthWorkout(at: workout, categories: [65534], subtypes: []), deflate: true
                ),
            ])
        let part2 = try zipData(
            [
                (name: "ana@example.com_2001.fit", data: rideB, deflate: true),
                (name: "ana@example.com_2002.fit", data: FitTeamRunTests.nonActivity(type: 2), deflate: true),
            ])
        let part3 = try zipData(
            [(name: "ana@example.com_3001.fit", data: rideB, deflate: true)])
        try makeZip(
            [
                (
                    name: "DI_CONNECT/DI-Connect-Fitness/ana@example.com_0_summarizedActivities.json",
                    data: summary(strengthAt: workout), deflate: true
                ),
                (
                    name: "DI_CONNECT/DI-Connect-User/user_profile.json", data: Data(#"{"userName":"ana"}"#.utf8),
                    deflate: true
                ),
                (name: "DI_CONNECT/DI-Connect-Wellness/2025_sleepData.json", data: Data("[]".utf8), deflate: true),
                // Part 1 stored (read in place), part 2 deflated (read from a copy), part 3 cut short.
                (name: "\(uploads)/UploadedFiles_0-_Part1.zip", data: part1, deflate: false),
                (name: "\(uploads)/UploadedFiles_0-_Part2.zip", data: part2, deflate: true),
                (name: "\(uploads)/UploadedFiles_0-_Part3.zip", data: part3.prefix(part3.count - 30), deflate: true),
            ], at: ana.appendingPathComponent("garmin-export.zip"))
        // The same ride A in a Strava export (gzipped, as Strava keeps originals) and loose.
        try makeZip(
            [(name: "activities/111.fit.gz", data: try gzipped(rideA), deflate: false)],
            at: ana.appendingPathComponent("strava-export.zip"))
        try rideA.write(to: ana.appendingPathComponent("ride-a.fit"))
        return team
    }

    @Test func nestedPartsAreReadInPlaceOrFromACopyAndTheCopyIsRemoved() throws {
        let folder = try TemporaryDirectory("garmin-export")
        defer { folder.cleanUp() }
        let team = try Self.makeTeam(in: folder.url)
        let scratchParent = folder.url.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: scratchParent, withIntermediateDirectories: true)
        let scratch = ScratchFolder(parent: scratchParent)
        let ana = try #require(try TeamDiscovery(teamDirectory: team, scratch: scratch).discover().athletes.first)

        let nested = ana.items.compactMap { item -> (String, NestedZip)? in
            if case .nestedArchiveEntry(let zip, _) = item.location { return (item.path, zip) }
            return nil
        }
        #expect(nested.count == 5)
        let part1 = nested.filter { $0.0.contains("_Part1.zip#") }.map(\.1)
        let part2 = nested.filter { $0.0.contains("_Part2.zip#") }.map(\.1)
        #expect(part1.count == 3 && part1.allSatisfy { $0.window != nil && $0.file == $0.archive })
        #expect(part2.count == 2 && part2.allSatisfy { $0.window == nil && $0.file.path.hasPrefix(scratchParent.path) })
        #expect(
            ana.rejected.map(\.location?.source) == ["ana/garmin-export.zip#\(Self.uploads)/UploadedFiles_0-_Part3.zip"]
        )
        #expect(ana.notTrainingData.count == 2)
        #expect(ana.unknownFiles.isEmpty)
        #expect(ana.items.contains { $0.kind == .strength && $0.path.hasSuffix("summarizedActivities.json") })
        // The account's e-mail address in upload names stays out of every path shown.
        #expect(part1.count == 3 && ana.items.filter { $0.path.contains("_Part1.zip#<e-mail>_100") }.count == 3)
        #expect(!(ana.items.map(\.path) + ana.notTrainingData.map(\.path)).contains { $0.contains("@") })
        #expect(
            TeamDiscovery.withoutEmailAddress("a_b.c@example.com_24732000953_tap-sync-31410-x.fit")
                == "<e-mail>_24732000953_tap-sync-31410-x.fit")
        #expect(TeamDiscovery.withoutEmailAddress("1001.fit") == "1001.fit")

        // Every member is read through the pipeline, from the outer file and from the copy.
        let cache = try ParseCache(
            url: folder.url.appendingPathComponent("cache.sqlite"), logger: Logger(label: "test"))
        let pipeline = IngestPipeline(
            cache: cache, team: team.path, jobs: 2, strengthReading: [:],
            tally: ProgressTally(total: ana.items.count, report: nil))
        let outcomes = pipeline.run(ana.items)
        // Each outcome names its own item.
        #expect(outcomes.map(\.item) == ana.items)
        for outcome in outcomes {
            if case .rejected(let error) = outcome.parsed { Issue.record("\(outcome.item.path): \(error.message)") }
        }
        let copy = try #require(scratch.url)
        #expect(FileManager.default.fileExists(atPath: copy.path))
        scratch.remove()
        #expect(!FileManager.default.fileExists(atPath: copy.path))
    }

    @Test func aGarminExportCountsEachActivityOnceAndListsWhatIsNotTraining() throws {
        let folder = try TemporaryDirectory("garmin-export-run")
        defer { folder.cleanUp() }
        let team = try Self.makeTeam(in: folder.url)
        let out = folder.url.appendingPathComponent("out")
        let outcome = TeamRun.execute(
            RunConfiguration(
                teamDirectory: team, outputDirectory: out, asOf: LocalDate(year: 2025, month: 11, day: 30), jobs: 2))
        guard case .completed(let record) = outcome else {
            Issue.record("run did not complete: \(outcome)")
            return
        }
        // The damaged part is the one error, named by its path; everything else was read.
        #expect(record.exitStatus == 1)
        #expect(
            record.errors.map(\.location?.source) == [
                "ana/garmin-export.zip#\(Self.uploads)/UploadedFiles_0-_Part3.zip"
            ])
        #expect(record.errors.first?.message.contains("zip archive") == true)
        #expect(record.unknownFiles.isEmpty)

        let inputs = try #require(try FitTeamRunTests.report(out, "ana")["inputs"] as? [String: Any])
        // Ride A (Garmin export, Strava export, loose file) once, ride B once.
        #expect(inputs["activities"] as? Int == 2)
        // The watch's strength workout and Garmin's summary of it: one session, the summary's.
        #expect(inputs["strengthSessions"] as? Int == 1)
        #expect(inputs["duplicatesDropped"] as? Int == 3)
        let warnings = (inputs["warnings"] as? [String]) ?? []
        #expect(warnings.contains { $0.hasPrefix("1 file: FIT monitoring file, not training data") })
        #expect(warnings.contains { $0.hasPrefix("1 file: FIT settings file, not training data") })
        #expect(warnings.contains { $0.hasPrefix("2 files: Garmin Connect export file, not training data") })
        #expect((inputs["unknownExercises"] as? [Any])?.isEmpty ?? true)
    }
}
