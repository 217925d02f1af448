import Foundation
import HipBalanceCore
import Testing

@testable import Ingest

@Suite struct ExerciseCatalogueTests {
    let catalogue = ExerciseCatalogue.standard
    let resolver = ExerciseResolver.standard

    @Test func shippedCatalogueIsLargeAndWellFormed() {
        #expect(catalogue.exercises.count >= 200)
        let allowed: Set<Double> = [0.25, 0.5, 0.75, 1]
        for exercise in catalogue.exercises {
            #expect(exercise.muscles.values.allSatisfy(allowed.contains), "\(exercise.id)")
            if exercise.pattern == .cardio { #expect(exercise.muscles.isEmpty, "\(exercise.id)") }
            if exercise.isStretch { #expect([.stretch, .mobility].contains(exercise.pattern), "\(exercise.id)") }
            if exercise.pattern == .stretch { #expect(exercise.timed, "\(exercise.id)") }
        }
    }

    /// Upper-body entries are recognised but never carry a primary lower-body weight.
    @Test func upperBodyExercisesLoadNoLowerBodyGroupAsPrimary() {
        let upper: Set<MovementPattern> = [.upperPush, .upperPull, .upperIsolation]
        let entries = catalogue.exercises.filter { upper.contains($0.pattern) }
        #expect(entries.count >= 60)
        for exercise in entries {
            #expect(exercise.muscles.values.allSatisfy { $0 <= 0.5 }, "\(exercise.id)")
        }
    }

    /// The model's starter weights (model.md §7.3) are the catalogue's weights.
    @Test(arguments: [
        ("squat-barbell", MuscleVector(quads: 1, glutes: 0.5, lowBack: 0.5, core: 0.25)),
        ("hip-thrust-barbell", MuscleVector(quads: 0.5, glutes: 1, hamstrings: 0.5)),
        ("romanian-deadlift-barbell", MuscleVector(glutes: 0.75, hamstrings: 1, lowBack: 1)),
        ("split-squat", MuscleVector(quads: 1, glutes: 0.75)),
        ("step-up", MuscleVector(quads: 0.75, glutes: 1)),
        ("hip-abduction-machine", MuscleVector(glutes: 1)),
        ("clamshell", MuscleVector(glutes: 1)),
        ("lateral-band-walk", MuscleVector(glutes: 1)),
        ("side-plank", MuscleVector(glutes: 0.5, core: 1)),
        ("bird-dog", MuscleVector(glutes: 0.5, lowBack: 0.5, core: 0.5)),
        ("back-extension", MuscleVector(glutes: 0.5, hamstrings: 0.5, lowBack: 1)),
        ("plank", MuscleVector(core: 1)),
        ("dead-bug", MuscleVector(core: 1)),
    ])
    func starterWeights(id: String, weights: MuscleVector) throws {
        #expect(try #require(catalogue[id]).weights == weights)
    }

    @Test func stretchesNameTheMuscleTheyLengthen() throws {
        #expect(try #require(catalogue["hamstring-stretch"]).lengthens == [.hamstrings])
        #expect(try #require(catalogue["hip-flexor-stretch"]).lengthens == [.hipFlexors])
        #expect(try #require(catalogue["couch-stretch"]).lengthens.contains(.hipFlexors))
        #expect(try #require(catalogue["pigeon-stretch"]).lengthens == [.glutes])
    }

    /// Every name and alias resolves to its own entry: no spelling is shadowed by another entry.
    @Test func everySpellingResolvesToItsOwnEntry() {
        for exercise in catalogue.exercises {
            for spelling in [exercise.name] + exercise.aliases {
                #expect(resolver.resolve(spelling) == exercise.id, "\(spelling)")
            }
        }
    }

    /// Spellings that are in no alias list, resolved by normalisation alone.
    @Test(arguments: [
        ("squats (bb)", "squat-barbell"), ("BB Back Squats", "squat-barbell"), ("barbell squat - paused", "squat-barbell"),
        ("DB RDLs", "romanian-deadlift-dumbbell"), ("rdl (barbell)", "romanian-deadlift-barbell"),
        ("SL RDL (Dumbbell)", "single-leg-rdl"), ("Hip Thrusts (BB)", "hip-thrust-barbell"),
        ("KB swings", "kettlebell-swing"), ("OHP", "overhead-press-barbell"), ("leg extensions (machine)", "leg-extension"),
        ("Romanian deadlift - dumbbells", "romanian-deadlift-dumbbell"), ("PLANKS", "plank"),
        ("side planks", "side-plank"), ("Farmers walks", "farmers-walk"), ("pushups", "push-up"),
        ("Squat Barbell", "squat-barbell"), ("Deadlifts - deficit", "deadlift-barbell"),
        ("Bulgarian split squats (DB)", "bulgarian-split-squat"), ("step-ups (dumbbell)", "step-up"),
        ("Glute bridges (banded)", "glute-bridge"), ("ischio-jambiers", "hamstring-stretch"),
        ("Leg Curl (Lying)", "lying-leg-curl"), ("Calf raises (smith)", "standing-calf-raise"),
    ])
    func normalisationResolvesUnlistedSpellings(name: String, id: String) {
        #expect(resolver.resolve(name) == id)
    }

    @Test(arguments: ["Intensity", "Zumba Toning", "", "   ", "xyz (Barbell)"])
    func unknownNamesStayUnknown(name: String) {
        #expect(resolver.resolve(name) == nil)
    }

    @Test func teamEntriesAddAndOverride() throws {
        let yaml = """
            exercises:
              - id: squat-barbell
                name: Squat (Barbell)
                pattern: squat
                muscles: {quads: 1, glutes: 1}
              - id: sandbag-carry
                name: Sandbag Carry
                aliases: [Bear Hug Carry]
                pattern: carry
                muscles: {core: 1, glutes: 0.5}
            """
        var team = catalogue
        for exercise in try ExerciseCatalogue.entries(fromYAML: yaml) { team.upsert(exercise) }
        #expect(team.exercises.count == catalogue.exercises.count + 1)
        #expect(team["squat-barbell"]?.weights == MuscleVector(quads: 1, glutes: 1))
        #expect(ExerciseResolver(catalogue: team).resolve("bear hug carries") == "sandbag-carry")
        #expect(resolver.resolve("bear hug carries") == nil)
        let bareList = try ExerciseCatalogue.entries(fromYAML: "- {id: a-b, name: A B, pattern: other}")
        #expect(bareList.map(\.id) == ["a-b"])
    }

    @Test(arguments: [
        ("- {id: x, name: X, pattern: wiggle}", "unknown pattern 'wiggle'"),
        ("- {id: x, name: X, pattern: squat, muscles: {biceps: 1}}", "unknown muscle group 'biceps'"),
        ("- {id: x, name: X, pattern: squat, muscles: {quads: 2}}", "must be in (0, 1]"),
        ("- {id: x, name: X, pattern: squat}\n- {id: x, name: Y, pattern: squat}", "duplicate id 'x'"),
        ("- {id: Bad Id, name: X, pattern: squat}", "id must be lower-case"),
        ("- {id: x, name: X, pattern: stretch, lengthens: [toes]}", "unknown muscle group 'toes'"),
        ("exercises: [{name: X}]", "exercise catalogue"),
    ])
    func invalidEntriesAreRejectedWithTheirPosition(yaml: String, message: String) {
        #expect {
            try ExerciseCatalogue.entries(fromYAML: yaml)
        } throws: { error in
            String(describing: error).contains(message)
        }
    }
}
