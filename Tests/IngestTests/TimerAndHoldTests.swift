import Foundation
import HipBalanceCore
import Testing

@testable import Ingest

/// Pauses (timer events, segment breaks) and per-channel hold weighting, fed straight into the
/// accumulator the GPX, TCX and FIT readers share.
@Suite struct TimerAndHoldTests {
    static let t0 = 1_714_806_000.0

    /// A point `seconds` after `t0`, `meters` north of 46° N.
    static func point(
        _ seconds: Double, meters: Double? = nil, heartRate: Double? = nil, cadence: Double? = nil,
        power: Double? = nil, distance: Double? = nil
    ) -> TrackPoint {
        var p = TrackPoint()
        p.time = t0 + seconds
        if let meters {
            p.latitude = 46 + meters / 111_195
            p.longitude = 11
        }
        p.heartRate = heartRate ?? .nan
        p.cadence = cadence ?? .nan
        p.power = power ?? .nan
        p.distance = distance ?? .nan
        return p
    }

    @Test func aStoppedTimerIsElapsedButNeitherMovingNorHeld() throws {
        var a = ActivityAccumulator()
        a.sportLabel = "running"
        a.timerStarted(at: Self.t0)
        for s in 0...60 { a.add(Self.point(Double(s), meters: Double(s) * 3, heartRate: 140)) }
        a.timerStopped(at: Self.t0 + 60)
        // Recorded while stopped (some devices do): counted as a point, but never moving time or weight.
        a.add(Self.point(300, meters: 180 + 1000, heartRate: 200))
        a.timerStarted(at: Self.t0 + 660)
        for s in 660...720 { a.add(Self.point(Double(s), meters: 2000 + Double(s - 660) * 3, heartRate: 100)) }
        a.timerStopped(at: Self.t0 + 720)

        let s = a.finish(source: "t").activity.summary
        #expect(s.start == Date(timeIntervalSince1970: Self.t0))
        #expect(s.elapsedSeconds == 720)
        #expect(abs(s.movingSeconds - 120) < 1e-9)
        // 60 s at 140 and 60 s at 100; the 200 read while stopped is not held.
        #expect(abs(try #require(s.heartRate).mean - 120) < 1e-9)
        // No distance across the stop: 60 steps of 3 m on each side, plus the point read while
        // stopped, which the stopped timer's distance never crosses.
        #expect(abs(s.distanceMeters - 360 - 1000) < 1)
    }

    @Test func noReadingIsHeldAcrossAStopAndStart() throws {
        var a = ActivityAccumulator()
        for s in 0...60 { a.add(Self.point(Double(s), heartRate: 140)) }
        a.timerStopped(at: Self.t0 + 60)
        a.timerStarted(at: Self.t0 + 70)
        // No heart rate until 80 s: the 140 from before the stop must not fill 70–80.
        for s in 71...79 { a.add(Self.point(Double(s))) }
        for s in 80...140 { a.add(Self.point(Double(s), heartRate: 100)) }
        let s = a.finish(source: "t").activity.summary
        #expect(abs(try #require(s.heartRate).mean - (60 * 140 + 60 * 100) / 120.0) < 1e-9)
        // Indoors (no distance) the recorded time is moving: 0–60 and 71–140 (the step from the
        // last point before the stop to the first after the start is the pause).
        #expect(abs(s.movingSeconds - 129) < 1e-9)
        #expect(s.elapsedSeconds == 140)
    }

    @Test func timerEventsBeforeTheFirstPointAndRepeatedEventsAreHarmless() throws {
        var a = ActivityAccumulator()
        a.timerStarted(at: Self.t0)
        a.timerStarted(at: Self.t0)
        for s in 0...100 { a.add(Self.point(Double(s), meters: Double(s) * 3, heartRate: 150)) }
        a.timerStopped(at: Self.t0 + 100)
        a.timerStopped(at: Self.t0 + 100)
        let s = a.finish(source: "t").activity.summary
        #expect(s.elapsedSeconds == 100 && abs(s.movingSeconds - 100) < 1e-9)
        #expect(s.heartRate?.mean == 150)
    }

    @Test func eachChannelIsWeightedBySpacingOfItsOwnSamples() throws {
        // 1-s GPS; heart rate only at 0, 9, 10, 19, 20, …: 100 holds 9 s, 200 holds 1 s.
        var a = ActivityAccumulator()
        for s in 0...600 {
            let hr: Double? = s % 10 == 0 ? 100 : (s % 10 == 9 ? 200 : nil)
            a.add(Self.point(Double(s), meters: Double(s) * 3, heartRate: hr))
        }
        let hr = try #require(a.finish(source: "t").activity.summary.heartRate)
        #expect(abs(hr.mean - 110) < 1e-9)
        #expect(hr.max == 200)
    }

    @Test func aReadingHoldsAtMostTheHoldLimit() throws {
        var a = ActivityAccumulator()
        for s in 0...10 { a.add(Self.point(Double(s), heartRate: 150)) }
        for s in 1010...1020 { a.add(Self.point(Double(s), heartRate: 100)) }
        let s = a.finish(source: "t").activity.summary
        let held = 10 + ReaderParameters.holdSeconds
        #expect(abs(try #require(s.heartRate).mean - (held * 150 + 10 * 100) / (held + 10)) < 1e-9)
        // Without distance, only steps within the hold limit are recorded (moving) time.
        #expect(abs(s.movingSeconds - 20) < 1e-9)
    }

    @Test func aLongGapInsideARunningTimerKeepsItsWeightAndIsMovingTime() throws {
        // Smart recording: a TCX or FIT file marks its pauses, so a 4-minute silence is the device
        // writing nothing new while the timer runs.
        var a = ActivityAccumulator()
        a.hasTimerSignals = true
        for s in 0...60 { a.add(Self.point(Double(s), heartRate: 150)) }
        for s in 300...360 { a.add(Self.point(Double(s), heartRate: 100)) }
        let s = a.finish(source: "t").activity.summary
        #expect(abs(s.movingSeconds - 360) < 1e-9)
        #expect(abs(try #require(s.heartRate).mean - (300 * 150 + 60 * 100) / 360.0) < 1e-9)
        // A silence beyond the hold limit is still timer time, but the reading stops holding.
        a.add(Self.point(360 + 1800, heartRate: 100))
        let longer = a.finish(source: "t").activity.summary
        #expect(abs(longer.movingSeconds - 2160) < 1e-9)
        let held = 300 * 150 + (60 + ReaderParameters.timerHoldSeconds) * 100
        #expect(abs(try #require(longer.heartRate).mean - held / (360 + ReaderParameters.timerHoldSeconds)) < 1e-9)
        // The same file without timer signals (GPX) stops the hold and the recorded time at the limit.
        var g = ActivityAccumulator()
        for s in 0...60 { g.add(Self.point(Double(s), heartRate: 150)) }
        for s in 300...360 { g.add(Self.point(Double(s), heartRate: 100)) }
        #expect(abs(g.finish(source: "t").activity.summary.movingSeconds - 120) < 1e-9)
    }

    @Test func aFewSamplesAreAveragedTrapezoidally() throws {
        var a = ActivityAccumulator()
        a.add(Self.point(0, heartRate: 100))
        a.add(Self.point(10, heartRate: 120))
        a.add(Self.point(20, heartRate: 160))
        // Holding would give (100·10 + 120·10)/20 = 110; between samples the mean is 125.
        #expect(a.finish(source: "t").activity.summary.heartRate?.mean == 125)
    }

    @Test func aSegmentBreakIsAPause() throws {
        var a = ActivityAccumulator()
        for s in 0...60 { a.add(Self.point(Double(s), meters: Double(s) * 3, heartRate: 140)) }
        a.beginSegment()
        for s in 90...150 { a.add(Self.point(Double(s), meters: 180 + Double(s - 90) * 3, heartRate: 100)) }
        let s = a.finish(source: "t").activity.summary
        #expect(s.elapsedSeconds == 150 && abs(s.movingSeconds - 120) < 1e-9)
        #expect(abs(try #require(s.heartRate).mean - 120) < 1e-9)
    }
}

/// The conventions issue 11 asks for, on inputs built here.
@Suite struct DeviceConventionTests {
    typealias P = TimerAndHoldTests

    @Test func indoorSessionWhoseDistancesAreAllZeroIsMoving() throws {
        var a = ActivityAccumulator()
        a.sportLabel = "Biking"
        for s in 0...3600 { a.add(P.point(Double(s), heartRate: 130, cadence: 90, distance: 0)) }
        let (activity, _) = a.finish(source: "t")
        #expect(activity.summary.movingSeconds == 3600 && activity.summary.distanceMeters == 0)
        #expect(activity.blocks.allSatisfy { $0.movingSeconds == $0.durationSeconds })
    }

    @Test func allZeroChannelsAreAbsent() throws {
        var a = ActivityAccumulator()
        for s in 0...600 { a.add(P.point(Double(s), meters: Double(s) * 3, heartRate: 140, cadence: 0, power: 0)) }
        let (activity, _) = a.finish(source: "t")
        #expect(activity.summary.cadence == nil && activity.summary.power == nil)
        #expect(!activity.summary.channels.cadence && !activity.summary.channels.power)
        #expect(activity.blocks.allSatisfy { $0.cadence == nil && $0.power == nil })
        // One non-zero reading makes the channel real, zeros included in its mean.
        var b = ActivityAccumulator()
        for s in 0...600 { b.add(P.point(Double(s), meters: Double(s) * 3, power: s < 300 ? 0 : 200)) }
        #expect(try #require(b.finish(source: "t").activity.summary.power).mean == 100)
    }

    @Test func cadenceScaleIsDecidedOnMovingSamplesAndTheMeanLeavesOutZeros() throws {
        // 20 minutes standing with cadence 0, then 10 minutes running: 544 standing zeros once
        // pulled a 165-spm run to 119 (a per-foot verdict on a mean that included them).
        func run(_ moving: Double) throws -> Double {
            var a = ActivityAccumulator()
            a.sportLabel = "Running"
            for s in 0...1200 { a.add(P.point(Double(s), meters: 0, cadence: 0)) }
            for s in 1201...1800 { a.add(P.point(Double(s), meters: Double(s - 1200) * 3, cadence: moving)) }
            return try #require(a.finish(source: "t").activity.summary.cadence).mean
        }
        #expect(try run(165) == 165)
        #expect(try run(82) == 164)
    }

    @Test func backwardPointsAddNoDistanceAndTheStartIsTheEarliestTime() throws {
        var a = ActivityAccumulator()
        // The first point is stamped 5 s late; the rest are a steady 3 m/s.
        a.add(P.point(5, meters: 0))
        for s in 1...100 { a.add(P.point(Double(s), meters: Double(s) * 3)) }
        let s = a.finish(source: "t").activity.summary
        #expect(s.start == Date(timeIntervalSince1970: P.t0 + 1))
        #expect(s.elapsedSeconds == 99)
        // Points 1–4 are earlier than the first: left out; distance resumes from point 0.
        #expect(abs(s.distanceMeters - 300) < 0.5)
        #expect(a.backwardSteps == 4)
    }

    @Test func aTrackWrittenTwiceIsCountedOnce() throws {
        var a = ActivityAccumulator()
        a.laps = 2
        a.beginSegment()
        for s in 0...600 { a.add(P.point(Double(s), heartRate: 140, distance: Double(s) * 1.5)) }
        a.beginSegment()
        for s in 0...600 { a.add(P.point(Double(s), heartRate: 180, distance: Double(s) * 1.5)) }
        let s = a.finish(source: "t").activity.summary
        #expect(s.distanceMeters == 900 && s.elapsedSeconds == 600)
        #expect(s.heartRate?.mean == 140)
    }

    @Test func distanceIsMeasuredSinceThePreviousTimedPoint() throws {
        // A route timed on every tenth point only: each timed step covers ten 3-m segments in 10 s.
        var a = ActivityAccumulator()
        for k in 0...600 {
            var p = P.point(Double(k), meters: Double(k) * 3)
            if k % 10 != 0 { p.time = .nan }
            a.add(p)
        }
        let s = a.finish(source: "t").activity.summary
        #expect(s.elapsedSeconds == 600 && abs(s.movingSeconds - 600) < 1e-9)
        #expect(abs(s.distanceMeters - 1800) < 1)
    }

    @Test func valuesOutsidePhysicalRangesAreDroppedWithAWarning() throws {
        var points = AccumulatorTests.steady(61)
        points[3].power = 1_000_000
        points[4].cadence = 400
        points[5].elevation = 1e200
        for k in points.indices where k != 3 { points[k].power = 200 }
        let file = try ActivityReader.read(data: gpxDocument(points, type: "cycling"), source: "t.gpx")
        let s = file.activities[0].summary
        #expect(s.power?.max == 200 && s.cadence == nil && s.ascentMeters.isFinite)
        #expect(
            file.warnings.map { $0.text(withPath: false) }.contains(
                "activity 1: ignored 1 power value outside 0–3000 W"))
        #expect(
            file.warnings.map { $0.text(withPath: false) }.contains(
                "activity 1: ignored 1 cadence value outside 0–300 rpm"))
        #expect(
            file.warnings.map { $0.text(withPath: false) }.contains(
                "activity 1: ignored 1 elevation value outside -500–9000 m"))
    }

    @Test func speedTemperatureAndDistanceOutsideTheirRangesAreCountedAndNotUsed() throws {
        var a = ActivityAccumulator()
        a.sportLabel = "running"
        for s in 0...60 {
            var p = TimerAndHoldTests.point(Double(s), distance: Double(s) * 3)
            p.speed = 3
            p.temperature = 20
            switch s {
            case 10: p.speed = 1e9
            case 11: p.temperature = 500
            case 12: p.distance = 1e30
            case 13: p.speed = -5
            default: break
            }
            a.add(p)
        }
        #expect(a.rejected == RejectedValues(speed: 2, temperature: 1, distance: 1))
        #expect(
            a.rejected.phrases == [
                "2 speed values outside 0–100 m/s", "1 temperature value outside -60–70 °C",
                "1 distance value outside 0–20000000 m",
            ])
        let s = a.finish(source: "t").activity.summary
        // The absurd odometer reading is skipped: 60 steps of 3 m.
        #expect(abs(s.distanceMeters - 180) < 1e-6)
        #expect(s.elapsedSeconds == 60 && s.movingSeconds.isFinite)
    }
}
