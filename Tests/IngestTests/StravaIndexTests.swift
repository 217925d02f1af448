import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

@Suite struct StravaIndexTests {
    @Test(.corpus) func readsTheRealExportIndex() throws {
        let data = try Data(contentsOf: Corpus.url("exports/strava-activities.csv"))
        #expect(
            InputSniffer.sniff(prefix: data.prefix(InputSniffer.prefixLength), name: "activities.csv") == .stravaIndex)
        let index = try StravaIndex(data: data, source: "activities.csv")
        let info = try #require(index.info(forFilename: "activities/668551054.gpx"))
        #expect(info.activityType == "Run")
        #expect(info.sport == .running)
    }

    @Test func appliesSportAndExertionOnlyWhereTheFileHadNone() {
        let info = StravaActivityInfo(activityType: "Ride", perceivedExertion: 6)
        let unknown = Activity(
            summary: ActivitySummary(
                sport: .other, start: nil, elapsedSeconds: 1, movingSeconds: 1, distanceMeters: 0, points: 1))
        let applied = info.applied(to: unknown)
        #expect(applied.summary.sport == .cycling)
        #expect(applied.perceivedExertion == 6)
        var known = unknown
        known.summary.sport = .running
        known.perceivedExertion = 4
        #expect(info.applied(to: known).summary.sport == .running)
        #expect(info.applied(to: known).perceivedExertion == 4)
    }

    @Test func manualEntriesAreCountedNotDropped() throws {
        let csv =
            "Activity ID,Activity Type,Filename\n1,Run,activities/1.gpx\n2,Weight Training,\n3,Weight Training,\n4,Yoga,\n"
        let index = try StravaIndex(data: Data(csv.utf8), source: "a/activities.csv")
        #expect(index.manualEntries == ["Weight Training": 2, "Yoga": 1])
        let note = try #require(index.manualEntriesNote(source: "a/activities.csv"))
        #expect(note.severity == .note && note.location == SourceLocation(source: "a/activities.csv"))
        #expect(note.text().hasPrefix("a/activities.csv: 3 manual entries"))
    }

    @Test func headerWithoutFilenameIsAnError() {
        #expect(throws: IngestError.self) {
            try StravaIndex(data: Data("Activity ID,Activity Type\n1,Run\n".utf8), source: "a.csv")
        }
    }

    @Test func csvHandlesQuotesCRLFAndEmbeddedLineBreaks() {
        let records = CSVReader.records(in: "a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\r\n", delimiter: ",")
        #expect(records.map(\.fields) == [["a", "b,1", "say \"hi\""], ["two\nlines", "x", ""]])
        #expect(records.map(\.line) == [1, 2])
    }

    /// Strava's activity types go through the same sport table as GPX and TCX labels.
    @Test(arguments: [
        ("Run", Sport.running), ("Trail Run", .running), ("Virtual Run", .running),
        ("Ride", .cycling), ("Virtual Ride", .cycling), ("E-Bike Ride", .cycling), ("Mountain Bike Ride", .cycling),
        ("Gravel Ride", .cycling), ("Velomobile", .cycling), ("Handcycle", .cycling),
        ("Swim", .swimming), ("Walk", .walking), ("Hike", .hiking),
    ])
    func stravaTypesMapToTheModelsSports(type: String, sport: Sport) {
        #expect(StravaActivityInfo(activityType: type).sport == sport)
    }

    @Test func typesWithoutAModelledSportHaveNone() {
        for type in ["Weight Training", "Yoga", "Workout", "Rowing", "Elliptical", "Alpine Ski", "Rock Climb"] {
            #expect(StravaActivityInfo(activityType: type).sport == nil, "\(type)")
        }
        #expect(StravaActivityInfo(activityType: nil).sport == nil)
    }

    @Test func untranslatedHeaderKeysKeepTheirLastWord() {
        #expect(
            StravaIndex.headerName(
                "translation missing: en-US.lib.export.portability_exporter.activities.horton_values.type") == "type")
        #expect(StravaIndex.headerName("<span class=\"translation_missing\">Type</span>") == "Type")
    }
}
