import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Ingest
import Testing

@testable import Batch

/// `inspect` goes through the same sniffer as discovery; these pin what each kind of file gives.
@Suite struct InspectionTests {
    static let gpx = """
        <?xml version="1.0"?>
        <gpx version="1.1" creator="test"><trk><type>running</type><trkseg>
        <trkpt lat="46.0" lon="14.5"><time>2026-03-01T08:00:00Z</time></trkpt>
        <trkpt lat="46.001" lon="14.5"><time>2026-03-01T08:01:00Z</time></trkpt>
        </trkseg></trk></gpx>
        """

    static let strong = """
        Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
        2026-03-01 08:00:00,Legs,30m,Hip Thrust (Barbell),1,60,10,0,0,,,
        2026-03-01 08:00:00,Legs,30m,Moon Walk,1,0,10,0,0,,,
        """

    func withFiles(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = try TemporaryDirectory("inspection")
        defer { folder.cleanUp() }
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.url.appendingPathComponent(name))
        }
        try body(folder.url)
    }

    @Test func readsAnActivityFileByContent() throws {
        try withFiles(["ride.dat": Self.gpx]) { folder in
            let outcome = Inspection.inspect(folder.appendingPathComponent("ride.dat").path, weightUnit: nil)
            guard case .activity(let record) = outcome.record else {
                Issue.record("expected an activity record, got \(outcome)")
                return
            }
            #expect(record.status == .ok)
            #expect(record.format == .gpx)
            #expect(record.activities.count == 1)
            #expect(!outcome.failed)
            #expect(outcome.text().contains("gpx with 1 activity"))
        }
    }

    @Test func readsAStrengthLogAndNamesUnknownExercises() throws {
        try withFiles(["log.csv": Self.strong]) { folder in
            let outcome = Inspection.inspect(folder.appendingPathComponent("log.csv").path, weightUnit: .kg)
            guard case .strength(let record) = outcome.record else {
                Issue.record("expected a strength record, got \(outcome)")
                return
            }
            #expect(record.sets == 2)
            #expect(record.unknownExercises.map(\.name) == ["Moon Walk"])
            #expect(!outcome.failed)
            #expect(outcome.text().contains("unknown exercise: Moon Walk (1 set, warm-ups left out)"))
        }
    }

    @Test(arguments: [
        ("notes.txt", "hello", "not a GPX, TCX, FIT or known strength-log file"),
        ("empty.txt", "", "not a GPX, TCX, FIT or known strength-log file"),
        ("empty.gpx", "", "the file is empty"),
    ])
    func failsInPlainWords(name: String, text: String, message: String) throws {
        try withFiles([name: text]) { folder in
            let path = folder.appendingPathComponent(name).path
            let outcome = Inspection.inspect(path, weightUnit: nil)
            #expect(outcome.failed)
            #expect(outcome.text() == "\(path): error: \(message)")
        }
    }

    @Test func namesAFolderWithoutReadingIt() throws {
        try withFiles([:]) { folder in
            let outcome = Inspection.inspect(folder.path, weightUnit: nil)
            #expect(outcome.failed)
            #expect(outcome.jsonLine.contains("\"status\":\"error\""))
            #expect(!outcome.text().contains("Domain"))
        }
    }

    /// A record JSON cannot hold becomes, once, an `error` line for the same file, and the outcome
    /// says the file failed (so `inspect` exits 1).
    @Test func anUnencodableRecordIsAnErrorOutcome() throws {
        var record = InspectRecord(
            file: "a.gpx", activityFile: try ActivityReader.read(data: Data(Self.gpx.utf8), source: "a.gpx"))
        #expect(!Inspection.Outcome(.activity(record)).failed)
        record.activities[0].distanceMeters = .nan
        let outcome = Inspection.Outcome(.activity(record))
        #expect(outcome.failed)
        #expect(outcome.jsonLine.contains(#""file":"a.gpx""#) && outcome.jsonLine.contains(#""status":"error""#))
        guard case .activity(let shown) = outcome.record else {
            Issue.record("not an activity record")
            return
        }
        #expect(shown.jsonLine() == outcome.jsonLine)
    }
}
