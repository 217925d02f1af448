import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// Climb and descent: barometric and satellite altitude told apart, hysteresis, the raw-sum ceiling
/// and the device's own totals.
@Suite struct AscentTests {
    @Test func hysteresisIgnoresSmallSwingsAndCountsConfirmedSwingsWhole() {
        var small = Hysteresis(threshold: 3)
        for value in [0.0, 2, 0, 2, 0, 2.9, 0.1] { small.add(value) }
        #expect(small.totalAscent == 0 && small.totalDescent == 0)

        var swings = Hysteresis(threshold: 3)
        for value in [0.0, 5, 4, 10, 8, 0, 1, 6] { swings.add(value) }
        // 0 → 10 (the dip to 4 is too small), 10 → 0, then 0 → 6 still under way.
        #expect(swings.totalAscent == 16 && swings.totalDescent == 10)
        #expect(swings.ascent == 10)

        var fallingFirst = Hysteresis(threshold: 3)
        for value in [5.0, 6, 2, 9] { fallingFirst.add(value) }
        #expect(fallingFirst.totalDescent == 4 && fallingFirst.totalAscent == 7)
    }

    /// The case: a hill recorded by a point every 20–60 s must keep its height (the
    /// per-point smoothing read 7 m of a 91-m hill).
    @Test(arguments: [20, 40, 60])
    func aSparseSatelliteHillKeepsItsHeight(every: Int) throws {
        let course = SyntheticCourse.hill(grade: 0.06, climbMeters: 91)
        let s = try readOne(gpxDocument(course.points(every: every))).summary
        #expect(abs(s.ascentMeters - 91) <= 9.1, "\(s.ascentMeters) m")
        #expect(abs(s.descentMeters - 91) <= 9.1, "\(s.descentMeters) m")
    }

    @Test func aSparseHillIsClassedAsSatelliteAltitude() throws {
        var accumulator = ActivityAccumulator()
        for p in SyntheticCourse.hill(grade: 0.06, climbMeters: 91).points(every: 30) {
            accumulator.add(trackPoint(p))
        }
        #expect(accumulator.altitudeSource == .gps)
    }

    /// A barometric altimeter at 1 Hz: 0.2-m steps with a decimetre or two of jitter on a 50-m climb
    /// and descent. It is recognised as barometric and its jitter adds nothing.
    @Test func barometricJitterDoesNotInflateTheClimb() throws {
        var random = SplitMix64(seed: 11)
        let course = SyntheticCourse.hill(grade: 0.05, climbMeters: 50)
        let points = course.points(every: 1) { _ in
            Double(Int(random.uniform(-1.5...1.5).rounded())) * 0.2
        }
        let quantised = points.map { p -> TestPoint in
            var q = p
            q.elevation = p.elevation.map { ($0 * 5).rounded() / 5 }
            return q
        }
        var accumulator = ActivityAccumulator()
        for p in quantised { accumulator.add(trackPoint(p)) }
        #expect(accumulator.altitudeSource == .barometric)
        let s = try readOne(gpxDocument(quantised)).summary
        #expect(abs(s.ascentMeters - 50) <= 5 && abs(s.descentMeters - 50) <= 5, "\(s.ascentMeters)/\(s.descentMeters)")
        // The plain sum of positive steps is twice the climb.
        #expect(accumulator.rawClimb.ascent > 100)

        var flat = ActivityAccumulator()
        for (index, p) in AccumulatorTests.steady(3600).enumerated() {
            var point = trackPoint(p)
            point.elevation = 300 + Double(index % 3 == 0 ? 1 : 0) * 0.2 - Double(index % 7 == 0 ? 1 : 0) * 0.2
            flat.add(point)
        }
        #expect(flat.altitudeSource == .barometric && flat.countedClimb.ascent < 1)
    }

    /// Satellite altitude at 1 Hz with metres of noise on a 90-m hill: recognised as satellite, and
    /// the climb stays within 15 % (the noise alone would add thousands of metres of plain sum).
    @Test(arguments: [1, 2, 3] as [UInt64])
    func satelliteNoiseOnADenseHill(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let course = SyntheticCourse.hill(grade: 0.06, climbMeters: 90)
        let points = course.points(every: 1) { _ in 1.5 * random.gaussian() }
        var accumulator = ActivityAccumulator()
        for p in points { accumulator.add(trackPoint(p)) }
        #expect(accumulator.altitudeSource == .gps)
        let climb = accumulator.countedClimb
        #expect(abs(climb.ascent - 90) <= 13.5 && abs(climb.descent - 90) <= 13.5, "\(climb)")
        #expect(accumulator.rawClimb.ascent > 1000)
    }

    /// Whatever the series, the counts never exceed the plain sums of positive and negative steps.
    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func neverAboveThePlainSums(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var profile = ElevationProfile()
        var time = 1_714_806_000.0
        var elevation = random.uniform(0...1000)
        let scale = random.uniform(0.1...20)
        for _ in 0..<Int(random.uniform(1...600)) {
            elevation += random.uniform(-scale...scale)
            let untimed = random.uniform(0...1) < 0.05
            time += random.uniform(0...1) < 0.5 ? 1 : random.uniform(0...120)
            profile.add(elevation, at: untimed ? .nan : time)
        }
        let totals = profile.totals
        #expect(totals.ascent >= 0 && totals.ascent <= profile.rawAscent + 1e-9)
        #expect(totals.descent >= 0 && totals.descent <= profile.rawDescent + 1e-9)
    }

    /// A FIT session's own totals are reported, capped by the plain sums of the records.
    @Test func theDevicesTotalsAreReportedWithinThePlainSums() {
        func climb(device: Double?, elevations: [Double]) -> (ascent: Double, descent: Double) {
            var accumulator = ActivityAccumulator()
            accumulator.deviceAscentMeters = device
            accumulator.deviceDescentMeters = device
            for (index, e) in elevations.enumerated() {
                accumulator.add(TrackPoint(time: 1_714_806_000 + Double(index), elevation: e))
            }
            return accumulator.climb
        }
        // Up 50 m and down again, then a minute level so the smoothed profile settles.
        let hill = (0...260).map { 100 + 50 * sin(Double(min($0, 200)) / 200 * Double.pi) }
        #expect(climb(device: 42, elevations: hill) == (42, 42))
        let capped = climb(device: 80, elevations: hill)
        #expect(abs(capped.ascent - 50) < 1e-9 && abs(capped.descent - 50) < 1e-9)
        #expect(climb(device: 42, elevations: []) == (42, 42))
        let counted = climb(device: nil, elevations: hill)
        #expect(abs(counted.ascent - 50) < 2 && abs(counted.descent - 50) < 2)
    }

    private func trackPoint(_ p: TestPoint) -> TrackPoint {
        let time = p.time.flatMap { text -> Double? in
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBufferPointer { Timestamp.parse(UnsafeBufferPointer($0))?.seconds }
        }
        return TrackPoint(
            time: time ?? .nan, latitude: p.latitude, longitude: p.longitude, elevation: p.elevation ?? .nan)
    }
}
