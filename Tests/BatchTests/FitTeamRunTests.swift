import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Ingest
import Testing

@testable import Batch

/// `run` over FIT files: anywhere in an athlete's folder, inside Strava bulk exports, the same
/// activity or strength workout from two sources counted once, non-activity FIT files listed as
/// not training data.
@Suite struct FitTeamRunTests {
    static let start: Int64 = 1_763_800_000  // 2025-11-22T08:26:40Z

    static func ride(from start: Int64 = start, minutes: Int64 = 30) -> Data {
        var w = FitActivityWriter()
        w.fileID(created: start)
        for t in 0...(minutes * 60) {
            w.record(
                .init(
                    time: start + t, latitude: 46.05 + Double(t) * 0.00006, longitude: 14.5, altitude: 300,
                    distance: Double(t) * 7, heartRate: 130 + t % 20, cadence: 88, power: 200, speed: 7))
        }
        w.session(
            .init(
                start: start, elapsed: Double(minutes * 60), distance: Double(minutes * 60 * 7), sport: 2, subSport: 7))
        return w.bytes()
    }

    /// A watch strength workout of six sets (10 × 40 kg), by default recognised as category 10
    /// sub-type 1; `categories: [65534]` is a set the watch did not recognise.
    static func strengthWorkout(at start: Int64, categories: [Int64] = [10], subtypes: [Int64] = [1]) -> Data {
        var w = FitActivityWriter()
        w.fileID(created: start)
        w.session(.init(start: start, elapsed: 1500, sport: 10, subSport: 20))
        w.activity(at: start + 1500, localOffsetSeconds: 3600)
        for t in stride(from: Int64(0), through: 1500, by: 5) { w.record(.init(time: start + t, heartRate: 100)) }
        for i in Int64(0)..<6 {
            w.set(
                .init(
                    start: start + 60 + i * 200, duration: 40, reps: 10, weightKilograms: 40,
                    categories: categories, subtypes: subtypes))
        }
        return w.bytes()
    }

    /// A FIT file that is not an activity (`file_id.type`: 2 settings, 32 monitoring, …).
    static func nonActivity(type: Int64) -> Data {
        var w = FitActivityWriter()
        w.fileID(type: type, created: start)
        return w.bytes()
    }

    static func write(_ data: Data, _ path: String, in team: URL) throws {
        let url = team.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    static func report(_ out: URL, _ athlete: String) throws -> [String: Any] {
        let data = try Data(contentsOf: out.appendingPathComponent("\(athlete)/report.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func fitAnywhereStravaZipMembersAndDuplicatesCountedOnce() throws {
        let folder = try TemporaryDirectory("fit-team")
        defer { folder.cleanUp() }
        let team = folder.url.appendingPathComponent("team")
        let out = folder.url.appendingPathComponent("out")
        // The same ride as a Garmin original deep in the folder and inside a Strava export zip
        // (gzipped, as Strava keeps originals); a second ride only in the zip.
        try Self.write(Self.ride(), "ana/garmin/2025/ride.fit", in: team)
        let zipURL = team.appendingPathComponent("ana/export_123.zip")
        try ZipWriter.data([
            ("activities/111.fit.gz", try gzipped(Self.ride()), .stored),
            ("activities/222.fit.gz", try gzipped(Self.ride(from: Self.start - 86_400)), .stored),
        ]).write(to: zipURL)
        // A watch strength workout, and the same workout logged in a strength app 10 minutes later.
        let workoutStart = Self.start + 2 * 86_400
        try Self.write(Self.strengthWorkout(at: workoutStart), "ana/watch/strength.FIT", in: team)
        let local = Date(timeIntervalSince1970: Double(workoutStart + 3600 + 600))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        var csv =
            "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes\n"
        for i in 1...6 {
            csv += "\(formatter.string(from: local));\"Legs\";\"Hip Thrust (Barbell)\";\(i);40;kg;10;;;;0;;\n"
        }
        try Self.write(Data(csv.utf8), "ana/strong.csv", in: team)
        try Self.write(Self.nonActivity(type: 32), "ana/watch/monitor.fit", in: team)

        let outcome = TeamRun.execute(
            RunConfiguration(
                teamDirectory: team, outputDirectory: out, asOf: LocalDate(year: 2025, month: 11, day: 30), jobs: 2))
        guard case .completed = outcome else {
            Issue.record("run did not complete: \(outcome)")
            return
        }
        let inputs = try #require(try Self.report(out, "ana")["inputs"] as? [String: Any])
        #expect(inputs["activities"] as? Int == 2)
        #expect(inputs["strengthSessions"] as? Int == 1)
        #expect(inputs["duplicatesDropped"] as? Int == 2)
        #expect(inputs["rejectedFiles"] as? Int == 0)
        let warnings = (inputs["warnings"] as? [String]) ?? []
        #expect(warnings.contains { $0.contains("monitor.fit") && $0.contains("not training data") })
    }

    @Test func stravaFilesWithSpacesBeforeTheXMLDeclarationAreRead() throws {
        let gpx = """
                      <?xml version="1.0" encoding="UTF-8"?>
            <gpx creator="StravaGPX" version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>
            <trkpt lat="46.0" lon="14.5"><time>2025-11-22T08:00:00Z</time></trkpt>
            <trkpt lat="46.001" lon="14.5"><time>2025-11-22T08:00:30Z</time></trkpt>
            </trkseg></trk></gpx>
            """
        let file = try ActivityReader.read(data: Data(gpx.utf8), source: "strava.gpx")
        #expect(file.activities.count == 1)
        #expect(file.activities.first?.summary.elapsedSeconds == 30)
        let gzip = try ActivityReader.read(data: try gzipped(Data(gpx.utf8)), source: "strava.gpx")
        #expect(gzip == file)
    }
}
