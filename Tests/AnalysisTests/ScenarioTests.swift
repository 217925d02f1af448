import Foundation
import HipBalanceCore
import Testing

@testable import Analysis

/// Synthetic athletes over ten weeks, each with the band `docs/model.md` expects.
@Suite struct ScenarioTests {
    func assess(_ log: TrainingLog, _ settings: AthleteSettings) -> BalanceAssessment {
        Synthetic.assess(log, settings)
    }

    func factor(_ result: BalanceAssessment, _ id: String) -> RiskFactor? { result.risk.factors.first { $0.id == id } }

    @Test func deskRunnerWithoutAStrengthLogHasTheStrengthFactorsNotAssessed() throws {
        let result = assess(TrainingLog(activities: Synthetic.runnerActivities()), Synthetic.runnerSettings)
        let weeklyKilometres = Synthetic.runnerActivities().reduce(0) { $0 + $1.summary.distanceMeters } / 1000 / 10
        #expect((40...60).contains(weeklyKilometres))
        #expect(result.strengthTraining == .unknown)
        for id in ["glute-sets", "core-sets"] {
            let found = try #require(factor(result, id))
            #expect(found.status == .notAssessed && found.points == 0)
        }
        #expect(result.risk.provisional && result.risk.provisionalReasons.strengthNotAssessed)
        #expect(factor(result, "stretching")?.points == 1)
        #expect(result.risk.band == .low)
    }

    @Test func deskRunnerWhoDoesNoStrengthTrainingIsHighFromTheStrengthGroupAndSitting() throws {
        var settings = Synthetic.runnerSettings
        settings.strengthTraining = StrengthTraining.none
        let result = assess(TrainingLog(activities: Synthetic.runnerActivities()), settings)
        #expect(result.strengthTraining == .none)
        #expect(factor(result, "glute-sets")?.points == 2 && factor(result, "glute-sets")?.status == .scored)
        #expect(factor(result, "core-sets")?.points == 1)
        #expect(result.risk.band == .high)
        #expect(result.risk.confidence == .high)
        #expect(!result.risk.provisional)
    }

    @Test func cyclistWithQuadDominantGymIsHighButNotVeryHigh() {
        let log = Synthetic.cyclistLog()
        let hours = log.activities.reduce(0) { $0 + $1.summary.elapsedSeconds } / 3600 / 10
        #expect((8...10).contains(hours))
        let result = assess(log, Synthetic.cyclistSettings)
        #expect(result.risk.band == .high)
        #expect((result.balance.ratio ?? 0) > 2)
        #expect(result.rideShare == 1)
        #expect(factor(result, "balance-ratio")!.points >= 1)
        let prescription = result.prescription
        #expect(prescription.gluteSets.target > 10 && prescription.coreSets.target == 9)
        #expect((3...5).contains(prescription.exercises.count))
        #expect(
            !prescription.exercises.contains {
                ["squat-barbell", "leg-press", "back-extension"].contains($0.exerciseID)
            })
        let added = prescription.exercises.reduce(0) { $0 + $1.addedSets }
        let increase =
            prescription.gluteSets.next - Int(prescription.gluteSets.current.rounded())
            + prescription.coreSets.next - Int(prescription.coreSets.current.rounded())
        #expect(added == increase)
        #expect(prescription.hipFlexorStretchMinutesPerSide == 10)
    }

    @Test func runnerWithCorrectiveWorkIsLow() {
        let log = TrainingLog(
            activities: Synthetic.runnerActivities(), strengthSessions: Synthetic.correctiveSessions())
        let result = assess(log, Synthetic.runnerSettings)
        #expect(result.risk.band == .low)
        #expect(result.gluteSetsPerWeek >= 6)
        #expect(result.coreSetsPerWeek >= 4)
        #expect(result.hipFlexorStretchMinutesPerSide >= 5)
        #expect(result.risk.factors.allSatisfy { $0.points == 0 })
        #expect(
            !result.prescription.exercises.isEmpty
                && result.prescription.exercises.allSatisfy { $0.own && $0.addedSets == 0 },
            "both targets are met: the athlete's own exercises are kept, nothing is added")
        #expect(result.prescription.reasons.filter { if case .meetsTarget = $0 { true } else { false } }.count == 2)
    }

    @Test func balancedHybridIsLow() {
        let result = assess(Synthetic.hybridLog(), Synthetic.hybridSettings)
        #expect(result.risk.band == .low)
        #expect((result.balance.ratio ?? 9) <= 1.5)
        #expect(result.rideShare > 0 && result.rideShare < 0.5)
    }

    @Test func runnerWithoutHeartRateOrElevationIsProvisionalAndNotCapped() {
        var settings = Synthetic.runnerSettings
        settings.thresholdPaceSecondsPerKm = nil
        settings.strengthTraining = StrengthTraining.none
        let log = TrainingLog(activities: Synthetic.runnerActivities(heartRate: false, elevation: false))
        let result = assess(log, settings)
        #expect(result.risk.points >= 4)
        #expect(result.risk.band == .high, "low confidence marks the band provisional, it never lowers it")
        #expect(result.risk.confidence == .low)
        #expect(result.risk.provisional)
        #expect(result.dataNotes.contains(.runsWithoutElevation(count: 50)))
        #expect(result.missingSettings.contains(.thresholdPaceSecondsPerKm))
    }

    @Test func tenDaysOfHistoryGiveNoBandButLoads() {
        let tenDaysAgo = Synthetic.asOf.adding(days: -9)
        let recent = Synthetic.runnerActivities().filter {
            LocalDate($0.summary.start!, in: Synthetic.utc) > tenDaysAgo
        }
        let log = TrainingLog(activities: [Synthetic.run(on: tenDaysAgo, kilometres: 6)] + recent)
        let result = assess(log, Synthetic.runnerSettings)
        #expect(result.historyDays == 10)
        #expect(result.risk.band == nil && result.risk.bandProbabilities == nil)
        #expect(result.risk.noBandReason == .shortHistory(days: 10, needed: 28))
        #expect(result.balance.gluteRatio == nil, "no band, no glute ratio")
        #expect(result.weeklyLoad.quads > 0)
        #expect(!result.weeks.isEmpty)
    }

    @Test func trainingThatStoppedLongAgoGivesNoBand() {
        let log = TrainingLog(activities: Synthetic.runnerActivities())
        let result = Synthetic.assess(log, Synthetic.runnerSettings, asOf: Synthetic.asOf.adding(days: 60))
        #expect(result.risk.band == nil)
        #expect(result.risk.noBandReason == .nothingRecent(window: 28))
        #expect(result.dataNotes.contains(.nothingRecent(days: 28)))
        #expect(result.daysSinceLastTraining == 60)
        // The same log assessed on its last day still gets its band.
        #expect(assess(log, Synthetic.runnerSettings).risk.band != nil)
    }

    @Test func aTwoWeekGapIsNamedAndMakesTheBandProvisional() {
        let log = TrainingLog(
            activities: Synthetic.runnerActivities().filter {
                let day = LocalDate($0.summary.start!, in: Synthetic.utc)
                return !(Synthetic.asOf.adding(days: -20)...Synthetic.asOf.adding(days: -4)).contains(day)
            })
        let result = assess(log, Synthetic.runnerSettings)
        #expect(result.risk.band != nil)
        #expect(result.risk.provisional && result.risk.provisionalReasons.trainingGap)
        #expect(result.dataNotes.contains { if case .trainingGap(_, _, let days) = $0 { days >= 14 } else { false } })
    }

    @Test func assessedLongAfterTheDataTheFactIsExposed() {
        let log = TrainingLog(
            activities: Synthetic.runnerActivities(), strengthSessions: Synthetic.correctiveSessions())
        let result = Synthetic.assess(log, Synthetic.runnerSettings, asOf: Synthetic.asOf.adding(days: 20))
        #expect(result.daysSinceLastTraining == 20)
        #expect(result.dataNotes.contains(.lastTrainingLongAgo(days: 20, last: Synthetic.asOf)))
        #expect(result.risk.provisional)
        let early = Synthetic.assess(log, Synthetic.runnerSettings, asOf: Synthetic.firstMonday.adding(days: -30))
        #expect(early.historyDays == 0 && early.lastTrainingDay == nil)
        #expect(
            early.dataNotes.contains(
                .afterAsOf(activities: 50, strengthSessions: 30, asOf: Synthetic.firstMonday.adding(days: -30))))
    }

    @Test func painHoldsThePlanAndLeadsWithTheClinician() {
        var settings = Synthetic.runnerSettings
        settings.lowBackPain = true
        settings.strengthTraining = StrengthTraining.none
        let result = assess(TrainingLog(activities: Synthetic.runnerActivities()), settings)
        #expect(factor(result, "low-back-pain")?.points == 2)
        #expect(result.risk.clinicianReferral)
        let p = result.prescription
        #expect(p.holdForPain)
        #expect(p.gluteSets.next == 0 && p.coreSets.next == 0, "nothing is added to nothing")
        #expect(p.exercises.allSatisfy { $0.onceCleared })
        #expect(p.hipFlexorStretchMinutesPerSide == 0, "no stretching logged, none added")
        #expect(p.reasons.contains(.painHold(gluteSets: 0, coreSets: 0)))
    }

    @Test func painWithCorrectiveWorkKeepsItAsItIs() {
        var settings = Synthetic.runnerSettings
        settings.lowBackPain = true
        let log = TrainingLog(
            activities: Synthetic.runnerActivities(), strengthSessions: Synthetic.correctiveSessions())
        let result = assess(log, settings)
        #expect(result.risk.band == .moderate)
        let p = result.prescription
        #expect(
            Double(p.gluteSets.next) == p.gluteSets.current.rounded()
                && Double(p.coreSets.next) == p.coreSets.current.rounded())
        #expect(p.hipFlexorStretchMinutesPerSide <= result.hipFlexorStretchMinutesPerSide)
    }
}
