import Foundation
import HipBalanceCore
import Testing

@testable import Analysis

/// §7.3: effective sets, catalogue weights, timed holds, stretching and unknown exercises.
@Suite struct StrengthDoseTests {
    let p = ModelParameters.defaults
    let time = LocalDateTime(date: Synthetic.asOf, hour: 18, minute: 0)

    func set(rpe: Double? = nil, rir: Double? = nil, kind: SetKind = .working) -> StrengthSet {
        StrengthSet(
            time: time, exerciseName: "Squat (Barbell)", exerciseID: "squat-barbell", kind: kind, reps: 5, rpe: rpe,
            rir: rir)
    }

    /// (RPE, RIR, expected value); RIR wins when both are logged.
    static let effortCases: [(Double?, Double?, Double)] = [
        (nil, 0, 1), (nil, 3, 1), (nil, 4, 0.5), (nil, 5, 0.5), (nil, 6, 0), (10, nil, 1), (7, nil, 1),
        (6, nil, 0.5), (5, nil, 0.5), (4, nil, 0), (9, 6, 0),
    ]

    @Test(arguments: effortCases)
    func effortRule(rpe: Double?, rir: Double?, value: Double) {
        let result = StrengthDose.effectiveValue(of: set(rpe: rpe, rir: rir), p)
        #expect(result.value == value)
        #expect(result.quality == 1)
    }

    @Test func warmUpsCountNothingAndMissingEffortCountsThreeQuarters() {
        #expect(StrengthDose.effectiveValue(of: set(rpe: 9, kind: .warmup), p).value == 0)
        let missing = StrengthDose.effectiveValue(of: set(), p)
        #expect(missing.value == 0.75)
        #expect(missing.quality == 0.7)
        #expect(StrengthDose.effectiveValue(of: set(kind: .failure), p).value == 1)
    }

    @Test func setsAreWeightedByTheCatalogue() {
        let session = Synthetic.strength(
            on: Synthetic.asOf,
            [
                Synthetic.entry("squat-barbell", 4, reps: 5, rpe: 8),
                Synthetic.entry("hip-thrust-barbell", 2, reps: 10, rpe: 8),
            ])
        let dose = StrengthDose.of(session, catalogue: TestCatalogue.standard, parameters: p)
        #expect(dose.load.quads == 4 * 1 + 2 * 0.5)
        #expect(dose.load.glutes == 4 * 0.5 + 2 * 1)
        #expect(dose.load.lowBack == 2)
        #expect(
            dose.gluteSets == 4 * 0.5 + 2 * 1, "every set credits each muscle weighted at least 0.5, with that weight")
        #expect(dose.coreSets == 0, "the squat's 0.25 core weight is a stabiliser, not a core set")
        #expect(dose.effectiveSets == 6)
    }

    @Test func lowLoadGluteIsolationLoggedHonestlyGetsPartialCredit() {
        let honest = Synthetic.strength(on: Synthetic.asOf, [Synthetic.entry("clamshell", 6, reps: 15, rpe: 4)])
        let dose = StrengthDose.of(honest, catalogue: TestCatalogue.standard, parameters: p)
        #expect(dose.gluteSets == 6 * 0.5)
        #expect(dose.gluteSetsLogged == 6 * 0.5)
        let loaded = Synthetic.strength(
            on: Synthetic.asOf, [Synthetic.entry("hip-thrust-barbell", 6, reps: 15, rpe: 4)])
        #expect(
            StrengthDose.of(loaded, catalogue: TestCatalogue.standard, parameters: p).gluteSets == 0,
            "loaded and far from failure")
    }

    @Test func setsWithoutEffortCountAsDoneForProgressionAndPartlyForRisk() {
        let session = Synthetic.strength(on: Synthetic.asOf, [Synthetic.entry("clamshell", 4, reps: 15, rpe: nil)])
        let dose = StrengthDose.of(session, catalogue: TestCatalogue.standard, parameters: p)
        #expect(dose.gluteSets == 3)
        #expect(dose.gluteSetsLogged == 4)
        #expect(dose.gluteMissingEffortUnits == 4)
        #expect(dose.exercises["clamshell"]?.sets == 4)
    }

    @Test func timedHoldsCountAsSets() {
        let session = Synthetic.strength(on: Synthetic.asOf, [Synthetic.entry("side-plank", 3, seconds: 30, rpe: nil)])
        let dose = StrengthDose.of(session, catalogue: TestCatalogue.standard, parameters: p)
        #expect(dose.coreSets == 3 * 0.75)
        #expect(dose.gluteSets == 3 * 0.75 * 0.5, "side planks credit the glutes (weight 0.5)")
        #expect(dose.load.glutes == 3 * 0.75 * 0.5)
        #expect(dose.setsWithoutEffort == 3)
    }

    @Test func stretchSetsAddMinutesPerSideWithTheDefaultHoldWhenMissing() {
        let session = Synthetic.strength(
            on: Synthetic.asOf,
            [
                Synthetic.entry("hip-flexor-stretch", 2, seconds: 45, rpe: nil),
                Synthetic.entry("hamstring-stretch", 3, rpe: nil, kind: .warmup),
            ])
        let dose = StrengthDose.of(session, catalogue: TestCatalogue.standard, parameters: p)
        #expect(dose.stretchMinutes.hipFlexors == 1.5)
        #expect(dose.stretchMinutes.hamstrings == 1.5)
        #expect(dose.load == MuscleVector())
        #expect(dose.effectiveSets == 0)
    }

    @Test func unknownExercisesAreReportedNotCounted() {
        var session = Synthetic.strength(on: Synthetic.asOf, [Synthetic.entry("squat-barbell", 1, reps: 5)])
        session.sets.append(StrengthSet(time: time, exerciseName: "Zercher Hold", exerciseID: nil, reps: 5))
        session.sets.append(StrengthSet(time: time, exerciseName: "Mystery", exerciseID: "not-in-catalogue", reps: 5))
        let dose = StrengthDose.of(session, catalogue: TestCatalogue.standard, parameters: p)
        #expect(dose.unknownSets == ["Zercher Hold": 1, "Mystery": 1])
        #expect(dose.effectiveSets == 1)
    }
}
