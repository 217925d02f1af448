import Foundation
import HipBalanceCore
import Testing

@testable import Analysis

/// The cases a coach found in the model review (issue 9, "What a coach saw"), one test each,
/// each athlete built here.
@Suite struct CoachScenarioTests {
    func factor(_ result: BalanceAssessment, _ id: String) -> RiskFactor? { result.risk.factors.first { $0.id == id } }

    /// Ten weeks of `entries` twice a week (Tuesday and Friday).
    func twiceAWeek(_ entries: [Synthetic.Entry], fromWeek: Int = 0) -> [StrengthSession] {
        (fromWeek..<10).flatMap { week in [1, 4].map { Synthetic.strength(on: Synthetic.day(week * 7 + $0), entries) } }
    }

    @Test func aRunnerWithNoStrengthLogIsNotScoredAsDoingNoGluteWork() {
        let result = Synthetic.assess(TrainingLog(activities: Synthetic.runnerActivities()), Synthetic.runnerSettings)
        #expect(factor(result, "glute-sets")?.status == .notAssessed)
        #expect(factor(result, "core-sets")?.status == .notAssessed)
        #expect(result.risk.provisional)
        #expect(result.prescription.reasons.contains(.strengthUnknown))
    }

    @Test func aLogFullOfUnknownNamesIsNotReadAsNoWork() {
        let sessions = twiceAWeek([
            Synthetic.Entry(id: nil, name: "Izpadni korak", sets: 4, reps: 10, rpe: 8),
            Synthetic.Entry(id: nil, name: "Most z eno nogo", sets: 4, reps: 10, rpe: 8),
        ])
        let log = TrainingLog(activities: Synthetic.runnerActivities(), strengthSessions: sessions)
        let result = Synthetic.assess(log, Synthetic.runnerSettings)
        #expect(result.strengthTraining == .logged)
        let glute = factor(result, "glute-sets")
        #expect(glute?.status == .notAssessed && glute?.points == 0)
        if case .gluteDose(_, _, _, let reason) = glute?.kind {
            #expect(reason == .unknownExercises(share: 1, limit: 0.3))
        }
        let known = Synthetic.assess(
            TrainingLog(activities: Synthetic.runnerActivities()),
            {
                var settings = Synthetic.runnerSettings
                settings.strengthTraining = .logged
                return settings
            }())
        #expect(
            result.risk.confidenceScore < known.risk.confidenceScore, "unknown sets lower confidence by their share")
        #expect(result.risk.confidenceScore == 0)
    }

    @Test func compoundLiftsAndSidePlanksCreditTheGlutesAndPressesAreNotCoreWork() {
        let lifts = twiceAWeek([
            Synthetic.entry("squat-barbell", 3, reps: 5), Synthetic.entry("deadlift", 3, reps: 5),
            Synthetic.entry("romanian-deadlift", 3, reps: 8), Synthetic.entry("split-squat", 3, reps: 8),
        ])
        let lifter = Synthetic.assess(
            TrainingLog(activities: Synthetic.runnerActivities(), strengthSessions: lifts), Synthetic.runnerSettings)
        // 2 × (3 · 0.5 + 3 · 0.75 + 3 · 0.75 + 3 · 0.75) = 16.5 credited glute sets a week.
        #expect(abs(lifter.prescription.gluteSets.current - 16.5) < 1e-9)
        #expect(factor(lifter, "glute-sets")?.points == 0)
        let planks = twiceAWeek([Synthetic.entry("side-plank", 4, seconds: 30)])
        let planker = Synthetic.assess(
            TrainingLog(activities: Synthetic.runnerActivities(), strengthSessions: planks), Synthetic.runnerSettings)
        #expect(abs(planker.prescription.gluteSets.current - 4) < 1e-9, "side planks credit the glutes 0.5 a set")
        let presses = twiceAWeek([
            Synthetic.entry("push-up", 6, reps: 12), Synthetic.entry("overhead-press", 6, reps: 8),
        ])
        let presser = Synthetic.assess(
            TrainingLog(activities: Synthetic.runnerActivities(), strengthSessions: presses), Synthetic.runnerSettings)
        #expect(presser.coreSetsPerWeek == 0 && presser.prescription.coreSets.current == 0)
        #expect(factor(presser, "core-sets")?.points == 1)
    }

    @Test func startingRDLsAndBirdDogsNeverRaisesTheBand() {
        let base = twiceAWeek([
            Synthetic.entry("hip-thrust-barbell", 3, reps: 10), Synthetic.entry("plank", 3, seconds: 45),
        ])
        let before = Synthetic.assess(
            TrainingLog(activities: Synthetic.runnerActivities(), strengthSessions: base), Synthetic.runnerSettings)
        let added = twiceAWeek(
            [Synthetic.entry("romanian-deadlift", 4, reps: 8), Synthetic.entry("bird-dog", 4, reps: 10)], fromWeek: 8)
        let after = Synthetic.assess(
            TrainingLog(activities: Synthetic.runnerActivities(), strengthSessions: base + added),
            Synthetic.runnerSettings)
        #expect(after.risk.points <= before.risk.points)
        #expect(after.risk.band! <= before.risk.band!)
        #expect(factor(after, "load-spike")?.points == 0, "the spike factor reads endurance load only")
    }

    @Test func aRoadCyclistWithoutGymWorkIsAtMostHigh() {
        let rides = (0..<10).flatMap { week in
            [(1, 90.0), (2, 60.0), (3, 90.0), (5, 180.0), (6, 150.0)].map {
                Synthetic.ride(on: Synthetic.day(week * 7 + $0.0), minutes: $0.1, power: 175)
            }
        }
        var settings = Synthetic.cyclistSettings
        settings.sittingHoursPerDay = 9
        settings.strengthTraining = StrengthTraining.none
        let none = Synthetic.assess(TrainingLog(activities: rides), settings)
        #expect(none.risk.band == .high)
        #expect(none.risk.confidence == .high)
        #expect(factor(none, "balance-ratio")?.points == 0, "the strength group already counts the missing gym work")
        settings.strengthTraining = nil
        let unknown = Synthetic.assess(TrainingLog(activities: rides), settings)
        #expect(unknown.risk.band! <= .high && unknown.risk.provisional)
    }

    @Test func withLowBackPainThePlanAddsNothing() {
        var settings = Synthetic.runnerSettings
        settings.lowBackPain = true
        let some = twiceAWeek([Synthetic.entry("clamshell", 2, reps: 15)])
        let result = Synthetic.assess(
            TrainingLog(activities: Synthetic.runnerActivities(), strengthSessions: some), settings)
        let p = result.prescription
        #expect(p.holdForPain && result.risk.clinicianReferral)
        #expect(p.gluteSets.next == 4 && p.coreSets.next == 0)
        #expect(p.exercises.allSatisfy { $0.addedSets == 0 })
        #expect(p.exercises.contains { $0.exerciseID == "clamshell" && $0.own && $0.sets == 4 }, "current work is kept")
    }

    @Test func downhillRunningLoadsTheQuadsMoreThanFlatRunningAtEqualTimeAndHeartRate() throws {
        func quadShare(_ terrain: Synthetic.Terrain) -> Double {
            let runs = (0..<10).flatMap { week in
                [1, 3, 6].map {
                    Synthetic.run(on: Synthetic.day(week * 7 + $0), kilometres: 12, heartRate: 150, terrain: terrain)
                }
            }
            var settings = Synthetic.runnerSettings
            settings.thresholdPaceSecondsPerKm = nil
            let result = Synthetic.assess(TrainingLog(activities: runs), settings)
            return result.enduranceWeeklyLoad.quads / result.enduranceWeeklyLoad.total
        }
        let flat = quadShare(.flat)
        #expect(quadShare(.rolling(amplitude: 0.10, periodBlocks: 40)) > flat, "long climbs and descents")
        #expect(quadShare(.constant(-0.06)) > flat, "descending")
    }

    @Test func removingHeartRateFromATrailRunnerNeverRaisesConfidence() {
        func trail(heartRate: Bool) -> TrainingLog {
            TrainingLog(
                activities: (0..<10).flatMap { week in
                    [1, 3, 6].map {
                        var run = Synthetic.run(
                            on: Synthetic.day(week * 7 + $0), kilometres: 12, paceSecondsPerKm: 420,
                            heartRate: heartRate ? 150 : nil, terrain: .rolling(amplitude: 0.12, periodBlocks: 30))
                        run.summary.sportLabel = "Trail Running"
                        return run
                    }
                })
        }
        let with = Synthetic.assess(trail(heartRate: true), Synthetic.runnerSettings)
        let without = Synthetic.assess(trail(heartRate: false), Synthetic.runnerSettings)
        #expect(
            with.dataNotes.contains {
                if case .loadMethods(_, let m) = $0 { m.first?.method == .heartRate } else { false }
            })
        #expect(without.risk.confidenceScore <= with.risk.confidenceScore)
        #expect(without.risk.band == RiskScoring.band(points: without.risk.points, .defaults), "no cap")
    }
}
