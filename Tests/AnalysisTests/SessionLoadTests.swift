import Foundation
import HipBalanceCore
import Testing

@testable import Analysis

/// The fallback chain of §7.1 and the load formulas behind it.
@Suite struct SessionLoadTests {
    let p = ModelParameters.defaults
    let day = Synthetic.asOf

    func load(_ activity: Activity, _ settings: AthleteSettings) -> SessionLoad {
        SessionLoad.of(activity, settings: settings, parameters: p, asOf: day)
    }

    @Test func oneHourAtFTPIsOneHundredPowerTSS() {
        let ride = Synthetic.ride(on: day, minutes: 60, power: 250)
        let result = load(ride, AthleteSettings(ftp: 250))
        #expect(result.method == .power)
        #expect(result.quality == 1.0)
        #expect(abs(result.tss - 100) < 1e-6)
        #expect(abs(result.blockShares.reduce(0, +) - 1) < 1e-9)
    }

    @Test func normalisedPowerWeighsSurgesMoreThanAverage() {
        let steady = Synthetic.ride(on: day, minutes: 60, power: 200)
        var surging = steady
        for index in surging.blocks.indices { surging.blocks[index].power = index % 2 == 0 ? 100 : 300 }
        let settings = AthleteSettings(ftp: 250)
        #expect(load(surging, settings).tss > load(steady, settings).tss)
    }

    @Test func oneHourAtThresholdPaceOnTheFlatIsOneHundredRTSS() {
        let run = Synthetic.run(on: day, kilometres: 12, paceSecondsPerKm: 300, heartRate: nil)
        let result = load(run, AthleteSettings(thresholdPaceSecondsPerKm: 300))
        #expect(result.method == .pace)
        #expect(result.quality == 0.85)
        #expect(abs(result.tss - 100) < 1e-6)
    }

    @Test func gpsJumpsAreLeftOutOfGradedPace() {
        var run = Synthetic.run(on: day, kilometres: 12, paceSecondsPerKm: 300, heartRate: nil)
        run.blocks[10].distanceMeters = 900
        let result = load(run, AthleteSettings(thresholdPaceSecondsPerKm: 300))
        #expect(abs(result.tss - 100) < 1e-6, "the glitch block is filled at the session's mean intensity")
        #expect(abs(result.blockShares[10] - result.blockShares[11]) < 1e-12)
    }

    @Test func gradedPaceMakesUphillHarderAndSteepDownhillHarderThanGentle() {
        #expect(SessionLoad.gradedSpeed(3, grade: 0.08, p) > 3)
        #expect(SessionLoad.gradedSpeed(3, grade: -0.08, p) < 3)
        #expect(SessionLoad.gradedSpeed(3, grade: -0.40, p) > SessionLoad.gradedSpeed(3, grade: -0.15, p))
        #expect(SessionLoad.gradedSpeed(3, grade: 0, p) == 3)
    }

    @Test func trailRunsWithHeartRatePreferHeartRateOverPace() {
        let trail = Synthetic.run(on: day, kilometres: 10, terrain: .constant(0.07))
        let settings = AthleteSettings(hrMax: 190, hrRest: 50, thresholdPaceSecondsPerKm: 280)
        #expect(trail.summary.ascentMeters / 10 >= p.trailAscentMetersPerKm)
        #expect(load(trail, settings).method == .heartRate)
        var road = Synthetic.run(on: day, kilometres: 10)
        #expect(load(road, settings).method == .pace)
        road.summary.sportLabel = "Trail Running"
        #expect(load(road, settings).method == .heartRate)
    }

    @Test func banisterTRIMPIsScaledToOneHundredPerHourNearThreshold() {
        for sex in [Sex.male, .female, nil] {
            let tss = SessionLoad.trimpTSS(minutes: 60, reserve: 0.83, sex: sex, p)
            #expect(abs(tss - 100) < 1.5, "sex \(String(describing: sex)): \(tss)")
        }
        #expect(SessionLoad.trimpTSS(minutes: 60, reserve: -0.2, sex: .male, p) == 0)
    }

    @Test func lthrGivesOneHundredForAnHourAtThreshold() {
        var run = Synthetic.run(on: day, kilometres: 12, paceSecondsPerKm: 300)
        for index in run.blocks.indices { run.blocks[index].heartRate = 170 }
        let result = load(run, AthleteSettings(lthr: 170))
        #expect(result.method == .heartRate)
        #expect(abs(result.tss - 100) < 1e-6)
    }

    @Test func heartRateGapsAreFilledAtTheSessionMeanRate() {
        var run = Synthetic.run(on: day, kilometres: 12, paceSecondsPerKm: 300)
        for index in run.blocks.indices { run.blocks[index].heartRate = 170 }
        for index in run.blocks.indices where index % 4 == 0 { run.blocks[index].heartRate = nil }
        #expect(abs(load(run, AthleteSettings(lthr: 170)).tss - 100) < 1e-6)
        for index in run.blocks.indices where index % 4 != 3 { run.blocks[index].heartRate = nil }
        #expect(load(run, AthleteSettings(lthr: 170)).method == .durationOnly, "under half the time covered")
    }

    @Test func agePredictedMaximumIsUsedWithBirthYearOnly() {
        #expect(SessionLoad.predictedHRMax(age: 40, p) == 180)
        let run = Synthetic.run(on: day, kilometres: 10)
        let result = load(run, AthleteSettings(birthYear: day.year - 40))
        #expect(result.method == .heartRateAgePredicted)
        #expect(result.quality == 0.55)
        let known = load(run, AthleteSettings(hrMax: 180, hrRest: 60))
        #expect(abs(known.tss - result.tss) < 1e-9, "HRmax 180 and HRrest 60 are what the prediction assumes")
    }

    @Test(arguments: [(2.0, 30.0), (3, 30), (4, 50), (5, 50), (6, 65), (7, 80), (8, 95), (9, 110), (10, 110)])
    func sessionRPEBands(rpe: Double, perHour: Double) {
        #expect(SessionLoad.tssPerHour(rpe: rpe, p) == perHour)
        var run = Synthetic.run(on: day, kilometres: 12, paceSecondsPerKm: 300, heartRate: nil)
        run.perceivedExertion = rpe
        let result = load(run, AthleteSettings())
        #expect(result.method == .sessionRPE)
        #expect(abs(result.tss - perHour) < 1e-6)
    }

    @Test func durationOnlyIsTheLastResort() {
        let run = Synthetic.run(on: day, kilometres: 12, paceSecondsPerKm: 300, heartRate: nil)
        let result = load(run, AthleteSettings(ftp: 250))
        #expect(result.method == .durationOnly)
        #expect(result.quality == 0.3)
        #expect(abs(result.tss - 45) < 1e-6)
    }

    @Test func stationarySessionsCountRecordedTime() {
        var trainer = Synthetic.ride(on: day, minutes: 60, power: nil, heartRate: nil)
        for index in trainer.blocks.indices {
            trainer.blocks[index].movingSeconds = index == 0 ? 1 : 0
            trainer.blocks[index].distanceMeters = 0
        }
        trainer.perceivedExertion = 6
        let result = load(trainer, AthleteSettings())
        #expect(result.method == .sessionRPE)
        #expect(abs(result.tss - 65) < 1e-9)
        #expect(abs(result.blockShares[5] - 1.0 / 120) < 1e-12)
        var paused = Synthetic.run(on: day, kilometres: 12, paceSecondsPerKm: 300, heartRate: nil)
        for index in paused.blocks.indices where index < 40 { paused.blocks[index].movingSeconds = 0 }
        #expect(abs(load(paused, AthleteSettings()).tss - 45 * 80 / 120) < 1e-9, "a run with stops counts moving time")
    }

    @Test func activityWithoutBlocksUsesItsSummary() {
        let full = Synthetic.run(on: day, kilometres: 12, paceSecondsPerKm: 300)
        let bare = Activity(summary: full.summary)
        let settings = AthleteSettings(hrMax: 190, hrRest: 50)
        let result = load(bare, settings)
        #expect(result.method == .heartRate)
        #expect(result.blockShares == [1])
        #expect(result.tss > 0)
    }
}
