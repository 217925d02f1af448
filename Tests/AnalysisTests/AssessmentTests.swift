import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Analysis

/// Whole assessments: factors, confidence, notes and determinism.
@Suite struct AssessmentTests {
    func assess(_ log: TrainingLog, _ settings: AthleteSettings, asOf: LocalDate = Synthetic.asOf) -> BalanceAssessment
    {
        Synthetic.assess(log, settings, asOf: asOf)
    }

    @Test func aSuddenSpikeAddsTheLoadSpikeFactor() throws {
        let easy = (0..<42).filter { $0 % 2 == 0 }.map { Synthetic.run(on: Synthetic.day($0), kilometres: 5) }
        let spike = (42..<49).map { Synthetic.run(on: Synthetic.day($0), kilometres: 14) }
        let result = assess(TrainingLog(activities: easy + spike), Synthetic.runnerSettings, asOf: Synthetic.day(48))
        #expect(try #require(result.acuteChronicQuads) > 1.5)
        let factor = try #require(result.risk.factors.first { $0.id == "load-spike" })
        #expect(factor.points == 1)
        guard case .enduranceLoadChange(let quads, _, let limit) = factor.kind else {
            Issue.record("\(factor.kind)")
            return
        }
        #expect(try #require(quads) > limit)
    }

    @Test func aSteadyWeeklyRhythmIsNotASpikeOnAnyWeekday() throws {
        // A weekend rider: one hour on Saturday, three on Sunday, every week for ten weeks.
        let rides = (0..<10).flatMap { week in
            [(5, 60.0), (6, 180.0)].map {
                Synthetic.ride(on: Synthetic.day(week * 7 + $0.0), minutes: $0.1, power: 170)
            }
        }
        for weekday in 0..<7 {
            let result = assess(
                TrainingLog(activities: rides), Synthetic.cyclistSettings, asOf: Synthetic.day(63 + weekday))
            #expect(try #require(result.acuteChronicQuads) < 1.3, "weekday \(weekday)")
            #expect(result.risk.factors.first { $0.id == "load-spike" }?.points == 0)
        }
        var ewma = ModelParameters.defaults
        ewma.acuteRollingMean = false
        let sunday = Synthetic.assess(
            TrainingLog(activities: rides), Synthetic.cyclistSettings, asOf: Synthetic.day(69), parameters: ewma)
        #expect(try #require(sunday.acuteChronicQuads) > 1.5, "the EWMA of daily loads flags the calendar")
    }

    @Test func aWeeklySessionGivesTheSameWeeklyDoseOnEveryWeekday() {
        let sessions = (0..<10).map { week in
            Synthetic.strength(on: Synthetic.day(week * 7), [Synthetic.entry("clamshell", 6, reps: 15, rpe: 8)])
        }
        var raw = ModelParameters.defaults
        raw.chronicSmoothingDays = 1
        var doses: [Double] = []
        var rawDoses: [Double] = []
        for weekday in 0..<7 {
            let asOf = Synthetic.day(63 + weekday)
            doses.append(
                assess(TrainingLog(strengthSessions: sessions), Synthetic.runnerSettings, asOf: asOf).gluteSetsPerWeek)
            rawDoses.append(
                Synthetic.assess(
                    TrainingLog(strengthSessions: sessions), Synthetic.runnerSettings, asOf: asOf, parameters: raw
                ).gluteSetsPerWeek)
        }
        #expect(doses.allSatisfy { abs($0 - 6) < 0.05 }, "\(doses)")
        #expect(doses.max()! - doses.min()! < 0.01, "no weekday ripple: \(doses)")
        #expect(
            rawDoses.min()! < 5.5 && rawDoses.max()! > 6.5, "the raw daily EWMA swings through the week: \(rawDoses)")
    }

    @Test func lowConfidenceMarksTheBandProvisionalAndNeverLowersIt() {
        var settings = Synthetic.runnerSettings
        settings.thresholdPaceSecondsPerKm = nil
        settings.strengthTraining = StrengthTraining.none
        let result = assess(
            TrainingLog(activities: Synthetic.runnerActivities(heartRate: false, elevation: false)), settings)
        #expect(result.risk.confidence == .low)
        #expect(result.risk.provisional && result.risk.provisionalReasons.lowConfidence)
        #expect(result.risk.band == RiskScoring.band(points: result.risk.points, .defaults))
        #expect(result.risk.band! >= .high)
    }

    @Test func everyFactorGroupIsListedWithItsFactsAndPointsAddUp() {
        let result = assess(Synthetic.cyclistLog(), Synthetic.cyclistSettings)
        let ids = result.risk.factors.map(\.id)
        #expect(ids == ["balance-ratio", "glute-sets", "core-sets", "stretching", "load-spike", "low-back-pain"])
        #expect(result.risk.points == result.risk.factors.reduce(0) { $0 + $1.points })
        guard case .balanceRatio(let ratio, _, _, _, _, _) = result.risk.factors[0].kind else {
            Issue.record("the balance factor comes first")
            return
        }
        #expect(ratio == result.balance.ratio)
    }

    @Test func strengthAndEnduranceRatiosAreSplit() throws {
        let result = assess(Synthetic.cyclistLog(), Synthetic.cyclistSettings)
        let endurance = try #require(result.balance.enduranceRatio)
        let strength = try #require(result.balance.strengthRatio)
        #expect(endurance > 2 && endurance < 2.4)
        #expect(abs(strength - 2) < 1e-9, "squats, leg press, back extensions: 12 vs 6")
        #expect(
            abs(result.weeklyLoad.quads - result.enduranceWeeklyLoad.quads - result.strengthWeeklyLoad.quads) < 1e-9)
    }

    @Test func missingSettingsAreListedForWhatTheAthleteDoes() {
        let runner = assess(TrainingLog(activities: Synthetic.runnerActivities()), AthleteSettings())
        #expect(runner.missingSettings.contains(.thresholdPaceSecondsPerKm))
        #expect(!runner.missingSettings.contains(.ftp))
        #expect(runner.missingSettings.contains(.hrMax))
        #expect(runner.missingSettings.contains(.sittingHoursPerDay))
        #expect(runner.missingSettings.contains(.strengthTraining), "no strength log and nothing said about it")
        let complete = assess(Synthetic.cyclistLog(), Synthetic.cyclistSettings)
        #expect(complete.missingSettings == [])
    }

    @Test func notesCountMethodsEffortAndUnknownExercises() {
        var log = Synthetic.cyclistLog()
        log.strengthSessions[0].sets.append(
            StrengthSet(time: log.strengthSessions[0].start, exerciseName: "Cossack Squat", reps: 8))
        log.strengthSessions[0].sets.append(
            StrengthSet(
                time: log.strengthSessions[0].start, exerciseName: "Squat (Barbell)", exerciseID: "squat-barbell",
                reps: 8))
        let result = assess(log, Synthetic.cyclistSettings)
        #expect(
            result.dataNotes.contains(
                .loadMethods(activities: 50, methods: [MethodCount(method: .power, activities: 50)])))
        #expect(result.dataNotes.contains(.setsWithoutEffort(count: 1, of: 201, value: 0.75)))
        #expect(
            result.dataNotes.contains(
                .unknownExercises(
                    sets: 1, share: 1.0 / 202, names: [UnknownExercise(name: "Cossack Squat", sets: 1)], more: false)))
    }

    @Test func outputIsByteIdenticalForTheSameInputInAnyOrder() throws {
        let log = Synthetic.hybridLog()
        var generator = SplitMix64(seed: 99)
        let shuffled = TrainingLog(
            activities: log.activities.shuffled(using: &generator),
            strengthSessions: log.strengthSessions.shuffled(using: &generator))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let first = try encoder.encode(assess(log, Synthetic.hybridSettings))
        let second = try encoder.encode(assess(shuffled, Synthetic.hybridSettings))
        #expect(first == second)
    }

    @Test func parameterOverridesChangeTheResult() throws {
        let log = TrainingLog(activities: Synthetic.runnerActivities())
        let strict = try ModelParameters.defaults.applying(
            overridesJSON: Data(#"{"balanceCutoffs": [1.0, 1.2, 1.4]}"#.utf8))
        let result = Synthetic.assess(log, Synthetic.runnerSettings, parameters: strict)
        #expect(result.risk.factors.first?.id == "balance-ratio")
        #expect(result.risk.factors.first?.points == 2)
        #expect(result.balanceCutoffs == [1.0, 1.2, 1.4])
        #expect(result.risk.band == .moderate)
        #expect(Synthetic.assess(log, Synthetic.runnerSettings).risk.band == .low)
    }
}
