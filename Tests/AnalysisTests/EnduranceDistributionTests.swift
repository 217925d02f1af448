import Foundation
import HipBalanceCore
import Testing

@testable import Analysis

/// §7.2: the grade-interpolated tables, the downhill factor, the ride split and k_e.
@Suite struct EnduranceDistributionTests {
    let p = ModelParameters.defaults
    let block = SeriesBlock(offsetSeconds: 0, durationSeconds: 30, movingSeconds: 30, distanceMeters: 90)

    func vector(_ activity: Activity, _ settings: AthleteSettings) -> MuscleVector {
        let load = SessionLoad.of(activity, settings: settings, parameters: p, asOf: Synthetic.asOf)
        return EnduranceDistribution.vector(for: activity, load: load, settings: settings, parameters: p)
    }

    @Test func flatRunningAloneHasBalanceRatioOfAboutOnePointThree() throws {
        let ratio = try #require(
            BalanceIndicators.ratio(vector(Synthetic.run(on: Synthetic.asOf, kilometres: 10), Synthetic.runnerSettings))
        )
        #expect(abs(ratio - 1.32) < 0.01)
    }

    @Test func seatedCyclingAloneHasBalanceRatioOfAboutTwoPointFour() throws {
        let ride = Synthetic.ride(on: Synthetic.asOf, minutes: 120, power: 180)
        let ratio = try #require(BalanceIndicators.ratio(vector(ride, AthleteSettings(ftp: 250))))
        #expect(abs(ratio - 2.39) < 0.01)
    }

    @Test func gradeInterpolatesAndSaturatesAtEightPercent() {
        let flat = EnduranceDistribution.distribution(sport: .running, grade: 0, block: block, ftp: nil, p)
        let halfUp = EnduranceDistribution.distribution(sport: .running, grade: 0.04, block: block, ftp: nil, p)
        let fullUp = EnduranceDistribution.distribution(sport: .running, grade: 0.08, block: block, ftp: nil, p)
        let steepUp = EnduranceDistribution.distribution(sport: .running, grade: 0.20, block: block, ftp: nil, p)
        #expect(flat == p.runFlat)
        #expect(fullUp == p.runUphill)
        #expect(steepUp == p.runUphill)
        #expect(abs(halfUp.glutes - (p.runFlat.glutes + p.runUphill.glutes) / 2) < 1e-12)
    }

    @Test func downhillRaisesQuadsByTheEccentricFactor() {
        let down = EnduranceDistribution.distribution(sport: .running, grade: -0.10, block: block, ftp: nil, p)
        #expect(abs(down.quads - p.runDownhill.quads * 1.3) < 1e-12)
        #expect(down.glutes == p.runDownhill.glutes)
        let halfDown = EnduranceDistribution.distribution(sport: .hiking, grade: -0.04, block: block, ftp: nil, p)
        #expect(abs(halfDown.quads - (p.runFlat.quads + p.runDownhill.quads) / 2 * 1.15) < 1e-12)
    }

    @Test func rideBlocksAtOrAboveFTPUseTheHighPowerRow() {
        var hard = block
        hard.power = 260
        var easy = block
        easy.power = 200
        #expect(
            EnduranceDistribution.distribution(sport: .cycling, grade: 0, block: hard, ftp: 250, p) == p.rideHighPower)
        #expect(
            EnduranceDistribution.distribution(sport: .cycling, grade: 0.1, block: easy, ftp: 250, p) == p.rideSeated)
    }

    @Test func withoutPowerSteepLowCadenceBlocksCountAsHighPower() {
        var climbing = block
        climbing.cadence = 64
        var spinning = block
        spinning.cadence = 90
        #expect(EnduranceDistribution.isHighPower(block: climbing, grade: 0.07, ftp: nil, p))
        #expect(!EnduranceDistribution.isHighPower(block: spinning, grade: 0.07, ftp: nil, p))
        #expect(!EnduranceDistribution.isHighPower(block: climbing, grade: 0.03, ftp: nil, p))
        #expect(EnduranceDistribution.isHighPower(block: block, grade: 0.07, ftp: nil, p), "no cadence: grade alone")
    }

    @Test func setEquivalentExamplesOfTheBrief() {
        // A 1-h easy run of about 50 TSSe ≈ 1.1 quad set-equivalents.
        var easy = Synthetic.run(on: Synthetic.asOf, kilometres: 10, paceSecondsPerKm: 360, heartRate: nil)
        easy.perceivedExertion = 4
        #expect(abs(vector(easy, AthleteSettings()).quads - 1.1) < 0.01)
        // A 3-h seated ride at IF 0.7 ≈ 5.6.
        let ride = Synthetic.ride(on: Synthetic.asOf, minutes: 180, power: 175)
        #expect(abs(vector(ride, AthleteSettings(ftp: 250)).quads - 5.6) < 0.05)
    }

    @Test func swimmingLoadsMostlyCoreAndOtherSportsNone() {
        var swim = Synthetic.run(on: Synthetic.asOf, kilometres: 3, paceSecondsPerKm: 1200, heartRate: nil)
        swim.summary.sport = .swimming
        let swimVector = vector(swim, AthleteSettings())
        #expect(swimVector.core > swimVector.quads)
        swim.summary.sport = .other
        #expect(vector(swim, AthleteSettings()) == MuscleVector())
    }

    @Test func gradeIsSmoothedOverNeighbouringBlocks() {
        var blocks = (0..<3).map {
            SeriesBlock(
                offsetSeconds: Double($0) * 30, durationSeconds: 30, movingSeconds: 30, distanceMeters: 100,
                elevationChangeMeters: 0)
        }
        blocks[1].elevationChangeMeters = 6
        let grades = ActivityBlocks.grades(blocks, p)
        #expect(abs(grades[1] - 0.02) < 1e-12)
        #expect(abs(grades[0] - 0.03) < 1e-12)
        #expect(
            ActivityBlocks.grades(
                blocks.map {
                    var b = $0
                    b.elevationChangeMeters = nil
                    return b
                }, p) == [0, 0, 0])
    }
}
