import Foundation
import HipBalanceCore
import Testing

@testable import Ingest

/// How points become summaries and blocks: time handling, smoothing, cadence, power.
@Suite struct AccumulatorTests {
    /// `count` points one second apart heading north at `speed` m/s.
    static func steady(
        _ count: Int, speed: Double = 3, heartRate: Int? = 140, elevation: (Int) -> Double? = { _ in nil }
    )
        -> [TestPoint]
    {
        (0..<count).map { i in
            TestPoint(
                time: timestamp(i), latitude: 46 + Double(i) * speed / 111_195, longitude: 11, elevation: elevation(i),
                heartRate: heartRate)
        }
    }

    @Test func steadyOneHertzTrack() throws {
        let a = try readOne(gpxDocument(Self.steady(601), type: "running"))
        let s = a.summary
        #expect(s.start == Date(timeIntervalSince1970: 1_714_806_000))
        #expect(s.elapsedSeconds == 600 && s.movingSeconds == 600)
        #expect(abs(s.distanceMeters - 1800) < 2)
        #expect(s.heartRate == HeartRateStats(mean: 140, max: 140))
        #expect(a.blocks.count == 21)
        #expect(abs(a.blocks.map(\.durationSeconds).reduce(0, +) - 600) < 1e-9)
        #expect(abs(a.blocks.map(\.distanceMeters).reduce(0, +) - s.distanceMeters) < 0.1)
        #expect(a.blocks.allSatisfy { $0.heartRate == 140 })
    }

    @Test func backwardAndDuplicateTimesNeverGiveNegativeDurations() throws {
        let seconds = [0, 1, 1, 0, 6, 5, 7, 7, 10]
        var points = Self.steady(seconds.count)
        for (k, t) in seconds.enumerated() { points[k].time = timestamp(t) }
        let file = try ActivityReader.read(data: gpxDocument(points), source: "t.gpx")
        let s = file.activities[0].summary
        #expect(s.elapsedSeconds == 10)
        #expect(s.movingSeconds >= 0 && s.movingSeconds <= 10)
        #expect(file.activities[0].blocks.allSatisfy { $0.durationSeconds >= 0 })
        #expect(file.warnings.contains { $0.message.contains("2 points earlier") })
    }

    @Test func sentinelTimesAreNoUsableTime() throws {
        var points = Self.steady(20)
        for k in points.indices { points[k].time = "1901-12-13T20:45:52.2073437Z" }
        let file = try ActivityReader.read(data: gpxDocument(points), source: "t.gpx")
        let a = file.activities[0]
        #expect(
            file.warnings.map { $0.text(withPath: false) } == [
                "activity 1: timestamps are sentinels before 1990; durations are unknown"
            ])
        #expect(a.summary.start == nil && a.summary.elapsedSeconds == 0 && a.blocks.isEmpty)
        #expect(a.summary.distanceMeters > 50)
        #expect(a.summary.heartRate?.mean == 140)
    }

    @Test func identicalTimesAreNoUsableTime() throws {
        var points = Self.steady(20)
        for k in points.indices { points[k].time = timestamp(0) }
        let file = try ActivityReader.read(data: gpxDocument(points), source: "t.gpx")
        #expect(file.activities[0].summary.start == nil)
        #expect(file.warnings.contains { $0.message.contains("placeholders") })
    }

    @Test func placeholderTimesWithinASecondAreNoUsableTime() throws {
        var points = Self.steady(50)
        for k in points.indices { points[k].time = Timestamp.iso8601(1_714_806_000 + Double(k) / 100) }
        #expect(try readOne(gpxDocument(points)).summary.start == nil)
    }

    @Test func gpsNoiseOnAFlatCourseAddsLittleAscent() throws {
        // Deterministic ±4 m noise around 300 m (a linear congruential sequence).
        var state: UInt64 = 12_345
        let points = Self.steady(3600) { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return 300 + Double(state >> 33) / Double(1 << 31) * 8 - 4
        }
        let s = try readOne(gpxDocument(points)).summary
        // The raw sum of positive steps here is about 4,700 m.
        #expect(s.ascentMeters < 30 && s.descentMeters < 30)
    }

    @Test func aSteadyClimbIsCountedInFull() throws {
        let points = Self.steady(1001) { i in 100 + Double(i) / 10 }
        let s = try readOne(gpxDocument(points)).summary
        #expect(abs(s.ascentMeters - 100) < 5 && s.descentMeters == 0)
    }

    @Test func runningCadenceIsDoubledButCyclingIsNot() throws {
        var points = Self.steady(61)
        for k in points.indices { points[k].cadence = 85 }
        #expect(try readOne(gpxDocument(points, type: "running")).summary.cadence?.mean == 170)
        #expect(try readOne(gpxDocument(points, type: "cycling")).summary.cadence?.mean == 85)
        for k in points.indices { points[k].cadence = 172 }
        // A device that already wrote full steps per minute is not doubled again.
        #expect(try readOne(gpxDocument(points, type: "running")).summary.cadence?.mean == 172)
    }

    @Test func normalizedPowerOfSteadyAndOfAlternatingEfforts() throws {
        var points = Self.steady(601, speed: 9)
        for k in points.indices { points[k].power = 200 }
        let steady = try #require(try readOne(gpxDocument(points, type: "cycling")).summary.power)
        #expect(steady.mean == 200 && steady.max == 200 && abs(steady.normalized - 200) < 1e-9)

        // 60 s at 300 W, 60 s at 100 W: same mean, higher normalized power.
        for k in points.indices { points[k].power = (k / 60) % 2 == 0 ? 300 : 100 }
        let varied = try #require(try readOne(gpxDocument(points, type: "cycling")).summary.power)
        #expect(abs(varied.mean - 200) < 2 && varied.normalized > 215 && varied.normalized < 300)
    }

    @Test func unmarkedStopsAreElapsedButNotMovingAndHeldOnlyToTheLimit() throws {
        var points = Self.steady(121)
        for k in 61..<121 { points[k].time = timestamp(k + 600) }  // a 10-minute stop after one minute
        for k in 61..<121 { points[k].heartRate = 100 }
        let a = try readOne(gpxDocument(points))
        #expect(a.summary.elapsedSeconds == 720)
        #expect(abs(a.summary.movingSeconds - 119) < 1e-9)
        // The 140 read at 60 s holds for the hold limit into the gap, then 59 s at 100.
        let held = 60 + ReaderParameters.holdSeconds
        #expect(abs(try #require(a.summary.heartRate).mean - (held * 140 + 59 * 100) / (held + 59)) < 1e-9)
        #expect(a.blocks.allSatisfy { $0.durationSeconds <= 30 })
    }

    @Test func standingStillIsNotMoving() throws {
        let s = try readOne(gpxDocument(Self.steady(301, speed: 0.1))).summary
        #expect(s.elapsedSeconds == 300 && s.movingSeconds == 0)
    }

    @Test func implausibleHeartRatesAreIgnored() throws {
        var points = Self.steady(11)
        points[3].heartRate = 0
        points[4].heartRate = 255
        let hr = try #require(try readOne(gpxDocument(points)).summary.heartRate)
        #expect(hr.mean == 140 && hr.max == 140)
    }

    @Test func unparsableValuesAreWarnedAboutWithALine() throws {
        var text = String(decoding: gpxDocument(Self.steady(5)), as: UTF8.self)
        text = text.replacingOccurrences(of: "<gpxtpx:hr>140</gpxtpx:hr>", with: "<gpxtpx:hr>abc</gpxtpx:hr>")
        let file = try ActivityReader.read(data: Data(text.utf8), source: "t.gpx")
        #expect(file.activities[0].summary.heartRate == nil)
        let warning = try #require(file.warnings.first { $0.message == "ignored 5 unparsable heart rate values" })
        // The first bad value's line, as a location, and in words in the text.
        let line = try #require(warning.location?.line)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].contains("abc"))
        #expect(warning.text() == "t.gpx: line \(line): ignored 5 unparsable heart rate values")
    }

    @Test func unlabelledFastTrackIsTakenAsARideAndSaysSo() throws {
        let fast = try ActivityReader.read(data: gpxDocument(Self.steady(1801, speed: 8)), source: "f.gpx")
        #expect(fast.activities[0].summary.sport == .cycling && fast.activities[0].summary.sportLabel == nil)
        #expect(fast.warnings.contains { $0.message.contains("taken as cycling") })

        let slow = try ActivityReader.read(data: gpxDocument(Self.steady(1801, speed: 3)), source: "s.gpx")
        #expect(slow.activities[0].summary.sport == .other && slow.warnings.isEmpty)

        // A label always wins over the speed.
        #expect(try readOne(gpxDocument(Self.steady(1801, speed: 8), type: "running")).summary.sport == .running)
    }
}
