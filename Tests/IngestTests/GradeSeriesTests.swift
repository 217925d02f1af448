import Analysis
import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// The grade series the model splits load by (`ActivityBlocks.grades` over the reader's 30-s
/// blocks), on synthetic hills of known grade: a 6 % climb and a 6 % descent between flats,
/// sampled densely and sparsely, with and without satellite noise.
@Suite struct GradeSeriesTests {
    /// The model's grades per block, with the course's own grade at each block's middle.
    private func grades(_ course: SyntheticCourse, points: [TestPoint]) throws -> [(model: Double, truth: Double)] {
        let activity = try readOne(gpxDocument(points, type: "running"))
        let grades = ActivityBlocks.grades(activity.blocks, ModelParameters())
        return zip(activity.blocks, grades).map { block, grade in
            (grade, course.grade(at: (block.offsetSeconds + ReaderParameters.blockSeconds / 2) * course.speed))
        }
    }

    /// Blocks whose window of three (the model's `gradeWindowBlocks`) lies well inside one part of
    /// the course: 120 s away from every change of grade.
    private func inside(_ course: SyntheticCourse, _ series: [(model: Double, truth: Double)], truth: Double)
        -> [Double]
    {
        series.enumerated().filter { index, pair in
            let middle = (Double(index) + 0.5) * ReaderParameters.blockSeconds * course.speed
            let window = 120 * course.speed
            func near(_ grade: Double) -> Bool { abs(grade - truth) < 1e-9 }
            return near(pair.truth) && near(course.grade(at: max(1, middle - window)))
                && near(course.grade(at: min(course.lengthMeters - 1, middle + window)))
        }.map(\.element.model)
    }

    @Test(arguments: [1, 5, 15, 30])
    func aSixPercentHillWithoutNoise(every: Int) throws {
        let course = SyntheticCourse.hill(grade: 0.06, climbMeters: 120, flatMeters: 1500)
        let series = try grades(course, points: course.points(every: every))
        let up = inside(course, series, truth: 0.06)
        let down = inside(course, series, truth: -0.06)
        let flat = inside(course, series, truth: 0)
        #expect(up.count >= 5 && down.count >= 5 && flat.count >= 2)
        for grade in up { #expect(abs(grade - 0.06) <= 0.006, "uphill block \(grade), points every \(every) s") }
        for grade in down { #expect(abs(grade + 0.06) <= 0.006, "downhill block \(grade), points every \(every) s") }
        for grade in flat { #expect(abs(grade) <= 0.006, "flat block \(grade), points every \(every) s") }
    }

    /// Satellite noise of 1.5 m on every point (seeded): each block's grade stays on the right side
    /// and the mean over each part is within 10 % of the truth.
    @Test(arguments: [(1, 7), (1, 8), (5, 9), (15, 10)] as [(Int, UInt64)])
    func aSixPercentHillWithSatelliteNoise(every: Int, seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let course = SyntheticCourse.hill(grade: 0.06, climbMeters: 120, flatMeters: 1500)
        let series = try grades(course, points: course.points(every: every) { _ in 1.5 * random.gaussian() })
        let up = inside(course, series, truth: 0.06)
        let down = inside(course, series, truth: -0.06)
        #expect(up.count >= 5 && down.count >= 5)
        #expect(up.allSatisfy { $0 > 0.02 } && down.allSatisfy { $0 < -0.02 }, "\(up) \(down)")
        let meanUp = up.reduce(0, +) / Double(up.count)
        let meanDown = down.reduce(0, +) / Double(down.count)
        #expect(abs(meanUp - 0.06) <= 0.006 && abs(meanDown + 0.06) <= 0.006, "\(meanUp) \(meanDown)")
    }

    /// What the grades are for: the uphill blocks of a run load the glutes more than its flat
    /// blocks, the downhill blocks the quads.
    @Test func theModelSplitsTheHillUphillAndDownhill() throws {
        let course = SyntheticCourse.hill(grade: 0.06, climbMeters: 120, flatMeters: 1500)
        let activity = try readOne(gpxDocument(course.points(every: 5), type: "running"))
        let p = ModelParameters()
        let grades = ActivityBlocks.grades(activity.blocks, p)
        func share(_ grade: Double) -> MuscleVector {
            EnduranceDistribution.distribution(
                sport: .running, grade: grade, block: activity.blocks[0], ftp: nil, p)
        }
        let steepest = grades.max() ?? 0
        let lowest = grades.min() ?? 0
        #expect(steepest > 0.05 && lowest < -0.05)
        #expect(share(steepest)[.glutes] > share(0)[.glutes])
        #expect(share(lowest)[.quads] > share(0)[.quads])
    }
}
