import Foundation
import HipBalanceCore
import Testing

@testable import Analysis

/// Synthetic athletes over ten weeks, each with the band `model.md` expects.
@Suite struct ScenarioTests {
    func assess(_ log: TrainingLog, _ settings: AthleteSettings) -> BalanceAssessment { Synthetic.assess(log, settings) }

    @Test func deskRunnerWithoutStrengthIsHighWithGluteFactor() {
        let result = assess(TrainingLog(activities: Synthetic.runnerActivities()), Synthetic.runnerSettings)
        let weeklyKilometres = Synthetic.runnerActivities().reduce(0) { $0 + $1.summary.distanceMeters } / 1000 / 10
        #expect((40...60).contains(weeklyKilometres))
        #expect(result.risk.band == .high || result.risk.band == .veryHigh)
        #expect(result.risk.factors.contains { $0.id == "glute-sets" })
        #expect(result.risk.factors.contains { $0.id == "stretching" })
        #expect(result.risk.confidence == .high)
        #expect(!result.risk.provisional)
    }

    @Test func cyclistWithQuadDominantGymIsHighOrVeryHigh() {
        let log = Synthetic.cyclistLog()
        let hours = log.activities.reduce(0) { $0 + $1.summary.elapsedSeconds } / 3600 / 10
        #expect((8...10).contains(hours))
        let result = assess(log, Synthetic.cyclistSettings)
        #expect(result.risk.band == .high || result.risk.band == .veryHigh)
        #expect((result.balance.ratio ?? 0) > 2)
        #expect(result.rideShare == 1)
        #expect(result.risk.factors.contains { $0.id == "balance-ratio" && $0.points >= 2 })
        let prescription = result.prescription
        #expect(prescription.gluteSets.target > 10 && prescription.coreSets.target == 9)
        #expect((3...5).contains(prescription.exercises.count))
        #expect(prescription.exercises.reduce(0) { $0 + $1.sets } == prescription.gluteSets.next + prescription.coreSets.next)
        #expect(prescription.hipFlexorStretchMinutesPerSide == 10)
    }

    @Test func runnerWithCorrectiveWorkIsLow() {
        let log = TrainingLog(activities: Synthetic.runnerActivities(), strengthSessions: Synthetic.correctiveSessions())
        let result = assess(log, Synthetic.runnerSettings)
        #expect(result.risk.band == .low)
        #expect(result.gluteSetsPerWeek >= 6)
        #expect(result.coreSetsPerWeek >= 4)
        #expect(result.hipFlexorStretchMinutesPerSide >= 5)
        #expect(result.risk.factors.allSatisfy { $0.id != "glute-sets" && $0.id != "stretching" })
        #expect(result.prescription.exercises.isEmpty, "both targets are met: nothing to add")
        #expect(result.prescription.rationale.filter { $0.hasSuffix("keep it.") }.count == 2)
    }

    @Test func balancedHybridIsLow() {
        let result = assess(Synthetic.hybridLog(), Synthetic.hybridSettings)
        #expect(result.risk.band == .low)
        #expect((result.balance.ratio ?? 9) <= 1.5)
        #expect(result.rideShare > 0 && result.rideShare < 0.5)
    }

    @Test func runnerWithoutHeartRateOrElevationIsProvisional() {
        var settings = Synthetic.runnerSettings
        settings.thresholdPaceSecondsPerKm = nil
        let log = TrainingLog(activities: Synthetic.runnerActivities(heartRate: false, elevation: false))
        let result = assess(log, settings)
        #expect(result.risk.band != nil)
        #expect(result.risk.band! <= .moderate)
        #expect(result.risk.points >= 4)
        #expect(result.risk.confidence == .low)
        #expect(result.risk.provisional)
        #expect(result.dataNotes.contains { $0.contains("no elevation") })
        #expect(result.missingSettings.contains("thresholdPaceSecondsPerKm"))
    }

    @Test func tenDaysOfHistoryGiveNoBandButLoads() {
        let tenDaysAgo = Synthetic.asOf.adding(days: -9)
        let recent = Synthetic.runnerActivities().filter { LocalDate($0.summary.start!, in: Synthetic.utc) > tenDaysAgo }
        let log = TrainingLog(activities: [Synthetic.run(on: tenDaysAgo, kilometres: 6)] + recent)
        let result = assess(log, Synthetic.runnerSettings)
        #expect(result.historyDays == 10)
        #expect(result.risk.band == nil)
        #expect(result.risk.noBandReason?.contains("10 days") == true)
        #expect(result.weeklyLoad.quads > 0)
        #expect(!result.weeks.isEmpty)
    }

    @Test func trainingThatStoppedLongAgoGivesNoBand() {
        let log = TrainingLog(activities: Synthetic.runnerActivities())
        let result = Synthetic.assess(log, Synthetic.runnerSettings, asOf: Synthetic.asOf.adding(days: 60))
        #expect(result.risk.band == nil)
        #expect(result.risk.noBandReason?.contains("last 28 days") == true)
        #expect(result.dataNotes.contains { $0.contains("Nothing was logged") })
        // The same log assessed on its last day still gets its band.
        #expect(assess(log, Synthetic.runnerSettings).risk.band != nil)
    }

    @Test func painAddsPointsAndClinicianNote() {
        var settings = Synthetic.runnerSettings
        settings.lowBackPain = true
        let log = TrainingLog(activities: Synthetic.runnerActivities(), strengthSessions: Synthetic.correctiveSessions())
        let result = assess(log, settings)
        #expect(result.risk.factors.contains { $0.id == "low-back-pain" && $0.points == 2 })
        #expect(result.risk.clinicianNote != nil)
        #expect(result.risk.band == .moderate)
    }
}
