import Foundation
import HipBalanceTestSupport

@testable import Ingest

/// A straight course heading north with a known elevation profile, sampled like a device would.
struct SyntheticCourse {
    /// Elevation (m) at `distance` metres from the start.
    var profile: (Double) -> Double
    var lengthMeters: Double
    /// Metres per second.
    var speed = 3.0

    /// `flatMeters` flat, `climbMeters` of climb at `grade`, the same back down, `flatMeters` flat.
    static func hill(grade: Double, climbMeters: Double, flatMeters flat: Double = 600) -> SyntheticCourse {
        let side = climbMeters / grade
        return SyntheticCourse(
            profile: { d in
                if d <= flat { return 200 }
                if d <= flat + side { return 200 + (d - flat) * grade }
                if d <= flat + 2 * side { return 200 + climbMeters - (d - flat - side) * grade }
                return 200
            }, lengthMeters: 2 * flat + 2 * side)
    }

    var durationSeconds: Double { lengthMeters / speed }

    /// Points every `every` seconds; `noise` adds to each elevation (given the point's index).
    func points(every: Int, noise: (Int) -> Double = { _ in 0 }) -> [TestPoint] {
        stride(from: 0, through: Int(durationSeconds), by: every).enumerated().map { index, t in
            let d = Double(t) * speed
            return TestPoint(
                time: timestamp(t), latitude: 46 + d / 111_195, longitude: 11, elevation: profile(d) + noise(index))
        }
    }

    /// The grade of the profile around `distance` (over ±1 m).
    func grade(at distance: Double) -> Double { (profile(distance + 1) - profile(distance - 1)) / 2 }
}

extension SplitMix64 {
    /// A standard normal deviate (Box–Muller).
    mutating func gaussian() -> Double {
        let u = uniform(Double.leastNonzeroMagnitude...1)
        let v = uniform(0...1)
        return (-2 * Foundation.log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
