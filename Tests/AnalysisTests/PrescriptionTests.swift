import Foundation
import HipBalanceCore
import Testing

@testable import Analysis

/// §7.8: targets, capped progression, the ramp rule, stretching and exercise choice.
@Suite struct PrescriptionTests {
    let p = ModelParameters.defaults

    @Test(arguments: [(1.2, 10), (1.5, 10), (2.1, 13), (3.0, 18), (5.0, 20)])
    func gluteTargetRisesWithTheRatio(ratio: Double, target: Int) {
        #expect(PrescriptionBuilder.gluteTarget(ratio: ratio, unbounded: false, p) == target)
    }

    @Test func targetsWithoutARatio() {
        #expect(PrescriptionBuilder.gluteTarget(ratio: nil, unbounded: true, p) == 20)
        #expect(PrescriptionBuilder.gluteTarget(ratio: nil, unbounded: false, p) == 10)
        #expect(PrescriptionBuilder.coreTarget(ratio: nil, unbounded: true, p) == 12)
    }

    @Test(arguments: [(1.0, 6), (2.0, 6), (2.5, 9), (3.0, 9), (3.5, 12)])
    func coreTargetByRatioBand(ratio: Double, target: Int) {
        #expect(PrescriptionBuilder.coreTarget(ratio: ratio, unbounded: false, p) == target)
    }

    @Test(arguments: [(0, 10, 4), (4, 10, 6), (12, 20, 15), (9, 10, 10), (25, 12, 25), (2, 3, 3), (1, 10, 3)])
    func progressionIsCappedAndNeverBelowWhatWasDone(done: Int, target: Int, next: Int) {
        #expect(PrescriptionBuilder.nextWeek(done: done, target: target, p) == next)
        #expect(next >= done)
    }

    @Test func newCorrectiveExercisesHaveLowQuadInvolvementAndAddUpToTheIncrease() throws {
        for (glute, core) in [(4, 4), (8, 6), (14, 9), (1, 1)] {
            let exercises =
                PrescriptionBuilder.grow(.glutes, own: [], add: Double(glute), TestCatalogue.standard, p)
                + PrescriptionBuilder.grow(.core, own: [], add: Double(core), TestCatalogue.standard, p)
            #expect((2...5).contains(exercises.count))
            for item in exercises {
                let exercise = try #require(TestCatalogue.standard[item.exerciseID])
                #expect((exercise.muscles[.quads] ?? 0) <= 0.5)
                #expect(!exercise.isStretch && !item.own)
                #expect(item.sets >= 1 && item.addedSets == item.sets)
            }
            #expect(exercises.filter { $0.muscle == .glutes }.reduce(0) { $0 + $1.sets } == glute)
            #expect(exercises.filter { $0.muscle == .core }.reduce(0) { $0 + $1.sets } == core)
        }
        let start =
            PrescriptionBuilder.grow(.glutes, own: [], add: 4, TestCatalogue.standard, p)
            + PrescriptionBuilder.grow(.core, own: [], add: 4, TestCatalogue.standard, p)
        #expect(start.map(\.exerciseID) == ["clamshell", "single-leg-glute-bridge", "side-plank", "dead-bug"])
        #expect(start[0].reps == 12 && start[0].perSide)
        #expect(start[2].holdSeconds == 30 && start[2].perSide)
    }

    @Test func theAthletesOwnExercisesAreProgressedFirst() throws {
        var own = ExerciseSets()
        own.add(sets: 6, glutes: 6, core: 0)
        let thrust = try #require(TestCatalogue.standard["hip-thrust-barbell"])
        let small = PrescriptionBuilder.grow(.glutes, own: [(thrust, own)], add: 2, TestCatalogue.standard, p)
        #expect(small.count == 1)
        #expect(
            small[0].exerciseID == "hip-thrust-barbell" && small[0].own && small[0].sets == 8 && small[0].addedSets == 2
        )
        let large = PrescriptionBuilder.grow(.glutes, own: [(thrust, own)], add: 4, TestCatalogue.standard, p)
        #expect(large.map(\.exerciseID) == ["hip-thrust-barbell", "clamshell"])
        #expect(large.map(\.addedSets) == [2, 2], "at most 2 more sets of one exercise a week, then a new one")
    }

    @Test func withoutPreferencesExercisesAreRankedByLowQuadHipFlexorAndLowBackInvolvement() throws {
        var parameters = p
        parameters.correctivePreferences = []
        let glute = PrescriptionBuilder.candidates(for: .glutes, TestCatalogue.standard, parameters).map(\.id)
        #expect(glute.prefix(3) == ["clamshell", "side-lying-hip-abduction", "single-leg-glute-bridge"])
        #expect(!glute.contains("step-up"), "quad weight 0.75 is above the limit")
        let core = PrescriptionBuilder.candidates(for: .core, TestCatalogue.standard, parameters).map(\.id)
        #expect(core.last == "hanging-leg-raise")
        #expect(!core.contains("bird-dog"), "its primary muscle is glutes by the catalogue's tie rule")
        parameters.correctivePreferences = ["hip-thrust-barbell", "not-in-this-catalogue"]
        #expect(
            PrescriptionBuilder.candidates(for: .glutes, TestCatalogue.standard, parameters).first?.id
                == "hip-thrust-barbell")
    }

    @Test func anEmptyCatalogueGivesNoExercisesButStillTargets() {
        let result = BalanceModel.assess(
            TrainingLog(activities: Synthetic.runnerActivities()), settings: Synthetic.runnerSettings,
            catalogue: ExerciseCatalogue([]), parameters: p, asOf: Synthetic.asOf, timeZone: Synthetic.utc)
        #expect(result.prescription.exercises.isEmpty)
        #expect(result.prescription.gluteSets.next == 4)
    }

    @Test func stretchingIsRaisedForSittersAndDeliveredOnAtLeastThreeDays() {
        func prescription(_ settings: AthleteSettings) -> Prescription {
            Synthetic.assess(TrainingLog(activities: Synthetic.runnerActivities()), settings).prescription
        }
        let sitter = prescription(Synthetic.runnerSettings)
        #expect(sitter.hipFlexorStretchMinutesPerSide == 10)
        #expect(sitter.hamstringStretchMinutesPerSide == 10)
        #expect(sitter.stretchDaysPerWeek == 5)
        #expect(sitter.holdSeconds == 30)
        var active = Synthetic.runnerSettings
        active.sittingHoursPerDay = 4
        #expect(prescription(active).hipFlexorStretchMinutesPerSide == 5)
        #expect(prescription(active).stretchDaysPerWeek == 3)
        active.thomasTestPositive = true
        #expect(prescription(active).hipFlexorStretchMinutesPerSide == 10)
    }

    @Test func aSteepEnduranceRampLimitsNewStrengthSets() {
        // Four weeks of 3 h a week, then two weeks of 10 h: CTL climbs well over 5 points a week.
        var activities: [Activity] = []
        for week in 0..<6 {
            let minutes = week < 4 ? 60.0 : 200.0
            for offset in [1, 3, 5] {
                activities.append(Synthetic.ride(on: Synthetic.day(week * 7 + offset), minutes: minutes, power: 180))
            }
        }
        let sessions = (0..<6).map { week in
            Synthetic.strength(on: Synthetic.day(week * 7), [Synthetic.entry("squat-barbell", 5, reps: 5, rpe: 8)])
        }
        let result = Synthetic.assess(
            TrainingLog(activities: activities, strengthSessions: sessions), Synthetic.cyclistSettings,
            asOf: Synthetic.day(41))
        #expect(result.rampPerWeek > 5)
        let p = result.prescription
        let added =
            p.gluteSets.next - Int(p.gluteSets.current.rounded()) + p.coreSets.next - Int(p.coreSets.current.rounded())
        #expect(added == 2, "at least the minimum of 2 sets, not 4 + 4")
        #expect(p.reasons.contains { if case .rampLimited = $0 { true } else { false } })
    }
}
