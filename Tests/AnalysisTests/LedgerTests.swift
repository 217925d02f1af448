import Foundation
import HipBalanceCore
import Testing

@testable import Analysis

/// §7.4: day placement, the as-of cut, EWMA seeding and weekly history.
@Suite struct LedgerTests {
    let p = ModelParameters.defaults

    func assess(_ log: TrainingLog, asOf: LocalDate = Synthetic.asOf, timeZone: TimeZone = Synthetic.utc)
        -> BalanceAssessment
    {
        Synthetic.assess(log, Synthetic.runnerSettings, asOf: asOf, timeZone: timeZone)
    }

    func ledger(_ log: TrainingLog, asOf: LocalDate = Synthetic.asOf, timeZone: TimeZone = Synthetic.utc)
        -> MuscleLoadLedger
    {
        MuscleLoadLedger.build(
            log, settings: Synthetic.runnerSettings, catalogue: TestCatalogue.standard, parameters: p, asOf: asOf,
            timeZone: timeZone)
    }

    @Test func constantDailyLoadGivesWeeklyDoseOfSevenDaysAndACWROfOne() throws {
        let runs = (0..<70).map { Synthetic.run(on: Synthetic.day($0), kilometres: 8) }
        let result = assess(TrainingLog(activities: runs))
        let daily = ledger(TrainingLog(activities: runs)).days[0].total
        #expect(abs(result.weeklyLoad.quads - 7 * daily.quads) < 1e-9)
        #expect(abs(try #require(result.acuteChronicQuads) - 1) < 1e-12)
        #expect(result.weeks.count == 10)
        #expect(result.weeks.allSatisfy { abs($0.load.quads - 7 * daily.quads) < 1e-9 })
    }

    @Test func averagesAreSeededWithTheMeanOfTheFirstFourteenDays() {
        // One run every other day: the seed is half a run's load, not zero.
        let runs = stride(from: 0, to: 28, by: 2).map { Synthetic.run(on: Synthetic.day($0), kilometres: 8) }
        let built = ledger(TrainingLog(activities: runs), asOf: Synthetic.day(27))
        let perRun = built.days[0].total.quads
        let series = built.exponentialAverageSeries(lambda: 0.5, seedDays: 14)
        #expect(abs(series[0].total.quads - (0.5 * perRun + 0.5 * perRun / 2)) < 1e-12)
    }

    @Test func activitiesFallOnTheirLocalDayAndLaterOnesAreLeftOut() {
        let late = Synthetic.run(on: Synthetic.asOf, kilometres: 8, hour: 23)
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        #expect(ledger(TrainingLog(activities: [late])).historyDays == 1)
        let shifted = ledger(TrainingLog(activities: [late]), timeZone: berlin)
        #expect(shifted.firstDay == nil)
        #expect(shifted.counts.activitiesAfterAsOf == 1)
        let result = assess(TrainingLog(activities: [late]), timeZone: berlin)
        #expect(result.dataNotes.contains(.afterAsOf(activities: 1, strengthSessions: 0, asOf: Synthetic.asOf)))
        #expect(result.risk.band == nil)
        #expect(result.historyDays == 0)
    }

    @Test func strengthSessionsUseTheirLocalDate() {
        let session = Synthetic.strength(
            on: Synthetic.asOf.adding(days: 1), [Synthetic.entry("hip-thrust-barbell", 3, reps: 10)])
        #expect(ledger(TrainingLog(strengthSessions: [session])).counts.strengthSessionsAfterAsOf == 1)
        let today = Synthetic.strength(
            on: Synthetic.asOf, [Synthetic.entry("hip-thrust-barbell", 3, reps: 10)], hour: 23)
        #expect(ledger(TrainingLog(strengthSessions: [today])).days.last?.gluteSets == 3)
    }

    @Test func activitiesWithoutStartAreSkippedAndNoted() {
        var undated = Synthetic.run(on: Synthetic.asOf, kilometres: 5)
        undated.summary.start = nil
        let result = assess(TrainingLog(activities: [undated] + Synthetic.runnerActivities()))
        #expect(result.dataNotes.contains(.activitiesWithoutStart(count: 1)))
        #expect(
            result
                == {
                    var plain = assess(TrainingLog(activities: Synthetic.runnerActivities()))
                    plain.dataNotes = result.dataNotes
                    return plain
                }())
    }

    @Test func weeksStartOnMondayAndCoverAtMostTheConfiguredSpan() {
        let runs = (0..<300).map { Synthetic.run(on: Synthetic.asOf.adding(days: -$0), kilometres: 5) }
        let result = assess(TrainingLog(activities: runs), asOf: Synthetic.asOf.adding(days: -3))
        #expect(result.weeks.count == 26)
        #expect(result.weeks.allSatisfy { $0.start.isoWeekday == 1 })
        #expect(result.weeks.last?.start == Synthetic.asOf.adding(days: -3).weekStart)
        #expect(result.weeks.last!.load.quads < result.weeks[0].load.quads, "the current week is partial")
    }

    @Test func staleDataIsFlaggedAndHasNoConfidence() {
        let old = (0..<40).map { Synthetic.run(on: Synthetic.day($0), kilometres: 8) }
        let result = assess(TrainingLog(activities: old))
        #expect(result.historyDays == 70)
        #expect(result.risk.confidenceScore == 0)
        #expect(result.risk.provisional)
        #expect(result.dataNotes.contains(.nothingRecent(days: 28)))
        #expect(result.dataNotes.contains(.lastTrainingLongAgo(days: 30, last: Synthetic.day(39))))
        #expect(result.daysSinceLastTraining == 30)
    }

    @Test func noDataGivesAnEmptyButValidAssessment() {
        let result = assess(TrainingLog())
        #expect(result.historyDays == 0)
        #expect(result.risk.band == nil)
        #expect(result.risk.confidence == .low)
        #expect(result.weeks.isEmpty)
        #expect(result.balance.ratio == nil)
        #expect(result.prescription.gluteSets.next == 4)
        #expect(result.dataNotes.contains(.noStrengthSessions(.unknown)))
        #expect(result.strengthTraining == .unknown)
        #expect(result.disclaimer.contains("not a diagnosis"))
    }
}
