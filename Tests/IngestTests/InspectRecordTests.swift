import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// The JSON lines of `hipbalance inspect`: stable keys, explicit nulls.
@Suite struct InspectRecordTests {
    static func object(_ record: InspectRecord) throws -> [String: Any] {
        let line = record.jsonLine()
        #expect(!line.contains("\n"))
        return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test(.corpus) func okRecordHasEveryKeyWithNullsForAbsentValues() throws {
        let file = try ActivityReader.read(data: try Corpus.data("gpx", "runpandas__run.gpx"), source: "run.gpx")
        let json = try Self.object(InspectRecord(file: "data/run.gpx", activityFile: file))
        #expect(Set(json.keys) == ["file", "status", "format", "activities", "warnings"])
        #expect(
            json["file"] as? String == "data/run.gpx" && json["status"] as? String == "ok"
                && json["format"] as? String == "gpx")
        let activity = try #require((json["activities"] as? [[String: Any]])?.first)
        #expect(
            Set(activity.keys) == [
                "sport", "sportLabel", "start", "elapsedSeconds", "movingSeconds", "distanceMeters", "ascentMeters",
                "descentMeters", "points", "laps", "heartRate", "cadence", "power", "device",
            ])
        #expect(activity["heartRate"] is NSNull && activity["power"] is NSNull && activity["sportLabel"] is NSNull)
        #expect(activity["start"] as? String == "2017-05-27T08:13:01Z" && activity["points"] as? Int == 1424)
    }

    @Test(.corpus) func emptyRecordGivesTheReason() throws {
        let file = try ActivityReader.read(
            data: try Corpus.data("tcx", "dblocktcx__brighton-beach.tcx"), source: "b.tcx")
        let json = try Self.object(InspectRecord(file: "b.tcx", activityFile: file))
        #expect(Set(json.keys) == ["file", "status", "reason"])
        #expect(
            json["status"] as? String == "empty" && json["reason"] as? String == "course only, no recorded activity")
    }

    @Test func errorRecordGivesLineColumnAndMessage() throws {
        let located = InspectRecord(
            file: "x.gpx", error: IngestError("boom", at: SourceLocation(source: "x.gpx", line: 12, column: 5)))
        let json = try Self.object(located)
        #expect(Set(json.keys) == ["file", "status", "error"])
        let error = try #require(json["error"] as? [String: Any])
        #expect(error["line"] as? Int == 12 && error["column"] as? Int == 5 && error["message"] as? String == "boom")

        let unlocated = try Self.object(
            InspectRecord(file: "x", error: IngestError("no such file", at: SourceLocation(source: "x"))))
        let failure = try #require(unlocated["error"] as? [String: Any])
        #expect(failure["line"] is NSNull && failure["column"] is NSNull)
    }

    @Test(.corpus) func encodingIsDeterministic() throws {
        let file = try ActivityReader.read(data: try Corpus.data("tcx", "gc__2009_09_19_09_22_42.tcx"), source: "e.tcx")
        #expect(
            InspectRecord(file: "e.tcx", activityFile: file).jsonLine()
                == InspectRecord(file: "e.tcx", activityFile: file).jsonLine())
        #expect(InspectRecord(file: "e.tcx", activityFile: file).jsonLine().contains(#""power":{"max":484,"mean":"#))
    }
}

/// JSON has no NaN or infinity: a record holding one still gives its file one line, an error.
@Suite struct UnencodableInspectRecordTests {
    @Test func aNonFiniteValueBecomesAnErrorLineForTheSameFile() throws {
        let file = try ActivityReader.read(data: XMLPushParserTests.gpx(), source: "a.gpx")
        var record = InspectRecord(file: "a.gpx", activityFile: file)
        #expect(record.encodedJSON() != nil)
        record.activities[0].distanceMeters = .infinity
        #expect(record.encodedJSON() == nil)
        let line = record.jsonLine()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(json["file"] as? String == "a.gpx" && json["status"] as? String == "error")
        let message = try #require((json["error"] as? [String: Any])?["message"] as? String)
        #expect(message.contains("not a finite number"))
    }
}
