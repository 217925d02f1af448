import Foundation
import HipBalanceCore
import Testing

@testable import Ingest

/// TCX shapes the corpus does not cover: activities without trackpoints, lap totals.
@Suite struct TCXStructureTests {
    static func tcx(_ activities: String) -> Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
            <Activities>\(activities)</Activities></TrainingCenterDatabase>
            """.utf8)
    }

    static func lap(start: String, seconds: Double, meters: Double, mean: Int, max: Int) -> String {
        """
        <Lap StartTime="\(start)"><TotalTimeSeconds>\(seconds)</TotalTimeSeconds><DistanceMeters>\(meters)</DistanceMeters>
        <AverageHeartRateBpm><Value>\(mean)</Value></AverageHeartRateBpm><MaximumHeartRateBpm><Value>\(max)</Value></MaximumHeartRateBpm>
        <Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod></Lap>
        """
    }

    @Test func lapOnlyActivityIsSummarisedFromItsLaps() throws {
        let laps =
            Self.lap(start: "2024-03-01T18:00:00Z", seconds: 600, meters: 2000, mean: 140, max: 150)
            + Self.lap(start: "2024-03-01T18:10:00Z", seconds: 1200, meters: 3000, mean: 170, max: 182)
        let file = try ActivityReader.read(
            data: Self.tcx(#"<Activity Sport="Running"><Id>2024-03-01T18:00:00Z</Id>\#(laps)</Activity>"#),
            source: "t.tcx")
        let s = try #require(file.activities.first).summary
        #expect(s.start == Date(timeIntervalSince1970: 1_709_316_000))
        #expect(s.elapsedSeconds == 1800 && s.movingSeconds == 1800 && s.distanceMeters == 5000)
        #expect(s.points == 0 && s.laps == 2 && s.sport == .running)
        #expect(s.heartRate == HeartRateStats(mean: 160, max: 182))
        #expect(
            file.warnings.map { $0.text(withPath: false) } == [
                "activity 1: no trackpoints; summary from the lap totals"
            ])
        // The activity is the warning's place, not part of its message.
        #expect(file.warnings.first?.location?.activity == 1)
        #expect(file.warnings.first?.message == "no trackpoints; summary from the lap totals")
    }

    @Test func lapTotalsDoNotLeakIntoActivitiesWithTrackpoints() throws {
        let laps = Self.lap(start: "2024-03-01T18:00:00Z", seconds: 600, meters: 99_999, mean: 100, max: 100)
            .replacingOccurrences(
                of: "</Lap>",
                with: """
                    <Track><Trackpoint><Time>2024-03-01T18:00:00Z</Time><DistanceMeters>0</DistanceMeters></Trackpoint>
                    <Trackpoint><Time>2024-03-01T18:00:10Z</Time><DistanceMeters>30</DistanceMeters>
                    <HeartRateBpm><Value>120</Value></HeartRateBpm></Trackpoint></Track></Lap>
                    """)
        let s = try #require(
            try ActivityReader.read(data: Self.tcx(#"<Activity Sport="Biking">\#(laps)</Activity>"#), source: "t.tcx")
                .activities.first
        ).summary
        #expect(s.distanceMeters == 30 && s.elapsedSeconds == 10 && s.heartRate?.max == 120 && s.points == 2)
    }

    @Test func activityWithNeitherPointsNorLapTimeIsEmpty() throws {
        let file = try ActivityReader.read(
            data: Self.tcx(#"<Activity Sport="Other"><Id>2024-03-01T18:00:00Z</Id></Activity>"#), source: "t.tcx")
        #expect(file.activities.isEmpty && file.emptyReason == "activity without trackpoints")
    }

    /// A track of points every 5 s from `from` to `to` seconds after 18:00, 2 m/s, heart rate `hr`.
    static func track(_ from: Int, _ to: Int, hr: Int) -> String {
        let points = stride(from: from, through: to, by: 5).map { t in
            "<Trackpoint><Time>\(Timestamp.iso8601(1_709_316_000 + Double(t)))</Time>"
                + "<DistanceMeters>\(2 * t)</DistanceMeters><HeartRateBpm><Value>\(hr)</Value></HeartRateBpm></Trackpoint>"
        }
        return "<Track>" + points.joined() + "</Track>"
    }

    static func lap(_ start: Int, seconds: Int, _ tracks: String) -> String {
        "<Lap StartTime=\"\(Timestamp.iso8601(1_709_316_000 + Double(start)))\"><TotalTimeSeconds>\(seconds)</TotalTimeSeconds>\(tracks)</Lap>"
    }

    @Test func lapsThatJoinAreOneTimerAndASecondTrackIsAPause() throws {
        // Lap 1 0–600 s, then a rest lap 600–720 s without points, lap 3 from 720 s with a stop
        // (a second track) between 900 and 1200 s.
        let laps =
            Self.lap(0, seconds: 600, Self.track(0, 595, hr: 150))
            + Self.lap(600, seconds: 120, "")
            + Self.lap(720, seconds: 480, Self.track(740, 900, hr: 120) + Self.track(1200, 1500, hr: 120))
        let s = try #require(
            try ActivityReader.read(data: Self.tcx(#"<Activity Sport="Running">\#(laps)</Activity>"#), source: "t.tcx")
                .activities.first
        ).summary
        #expect(s.elapsedSeconds == 1500)
        // Timer time: 0–900 s, then 1200–1500 s; the stop between the tracks is the only pause.
        #expect(s.movingSeconds == 1200)
        // Each reading holds until the next one: 150 over 0–740 s, 120 over 740–900 and 1200–1500.
        #expect(abs(try #require(s.heartRate).mean - (740 * 150 + 460 * 120) / 1200.0) < 1e-9)

        // The same laps with a gap between lap 1's end and lap 2's start: a pause.
        let gapped =
            Self.lap(0, seconds: 500, Self.track(0, 595, hr: 150))
            + Self.lap(720, seconds: 480, Self.track(740, 900, hr: 120) + Self.track(1200, 1500, hr: 120))
        let g = try #require(
            try ActivityReader.read(
                data: Self.tcx(#"<Activity Sport="Running">\#(gapped)</Activity>"#), source: "t.tcx"
            )
            .activities.first
        ).summary
        #expect(g.movingSeconds == 595 + 160 + 300)
    }
}
