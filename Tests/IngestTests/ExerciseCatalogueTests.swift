import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

@Suite struct ExerciseCatalogueTests {
    let catalogue = ExerciseCatalogue.standard
    let resolver = ExerciseResolver.standard

    /// The weight tiers of docs/catalogue.md: primary, secondary, stabiliser; nothing else.
    static let weightTiers: Set<Double> = [1, 0.5, 0.25]
    static let upperBody: Set<MovementPattern> = [.upperPush, .upperPull, .upperIsolation]

    @Test func shippedCatalogueIsLargeAndWellFormed() {
        #expect(catalogue.exercises.count >= 200)
        for exercise in catalogue.exercises {
            #expect(exercise.muscles.values.allSatisfy(Self.weightTiers.contains), "\(exercise.id)")
            if exercise.pattern == .cardio { #expect(exercise.muscles.isEmpty, "\(exercise.id)") }
            if exercise.isStretch { #expect([.stretch, .mobility].contains(exercise.pattern), "\(exercise.id)") }
            if exercise.pattern == .stretch { #expect(exercise.timed, "\(exercise.id)") }
        }
    }

    /// Every exercise that loads one of the model's groups has a primary (weight 1.0); upper-body
    /// entries, whose prime movers the model does not track, and mobility drills are the exceptions.
    @Test func everyLoadingExerciseHasAPrimaryMuscle() {
        let exempt = Self.upperBody.union([.stretch, .mobility])
        let loading = catalogue.exercises.filter { !$0.muscles.isEmpty && !exempt.contains($0.pattern) }
        #expect(loading.count >= 100)
        for exercise in loading {
            #expect(exercise.muscles.values.contains(1), "\(exercise.id) has no primary muscle")
        }
    }

    /// Upper-body entries are recognised but never carry a primary lower-body weight, and the
    /// trunk is a stabiliser in them (core < 0.5), never a target.
    @Test func upperBodyExercisesLoadNoLowerBodyGroupAsPrimary() {
        let entries = catalogue.exercises.filter { Self.upperBody.contains($0.pattern) }
        #expect(entries.count >= 60)
        for exercise in entries {
            #expect(exercise.muscles.values.allSatisfy { $0 <= 0.5 }, "\(exercise.id)")
            #expect(exercise.weights.core < 0.5, "\(exercise.id)")
        }
    }

    /// The exercises a coach names as glute or trunk work are credited (weight ≥ 0.5) for it, by
    /// the names athletes log them under.
    @Test(arguments: [
        ("Back Squat", MuscleGroup.glutes), ("Squat (Barbell)", .glutes), ("Front Squat", .glutes),
        ("Deadlift", .glutes), ("Trap Bar Deadlift", .glutes), ("Sumo Deadlift", .glutes),
        ("RDL", .glutes), ("Romanian Deadlift (Dumbbell)", .glutes), ("Stiff Leg Deadlift", .glutes),
        ("Single Leg RDL", .glutes), ("Split Squat", .glutes), ("Bulgarian Split Squat", .glutes),
        ("Lunge", .glutes), ("Walking Lunge", .glutes), ("Reverse Lunge", .glutes), ("Step Up", .glutes),
        ("Hip Thrust", .glutes), ("Glute Bridge", .glutes), ("Kettlebell Swing", .glutes),
        ("Side Plank", .glutes), ("Side Plank with Hip Abduction", .glutes), ("Clamshell", .glutes),
        ("Side Plank", .core), ("Plank", .core), ("Dead Bug", .core), ("Bird Dog", .core),
        ("Pallof Press", .core), ("Suitcase Carry", .core), ("Ab Wheel Rollout", .core),
    ])
    func namedHipAndTrunkExercisesAreCredited(name: String, muscle: MuscleGroup) throws {
        let exercise = try #require(resolver.exercise(named: name), "\(name)")
        #expect(exercise.weights[muscle] >= 0.5, "\(name) → \(exercise.id)")
    }

    /// Presses, push-ups and rows hold the trunk still: core stays a stabiliser (< 0.5).
    @Test(arguments: [
        "Push Up", "Pushups", "Overhead Press", "OHP", "Military Press", "Dumbbell Shoulder Press", "Push Press",
        "Z Press", "Split Jerk", "Bench Press", "Inverted Row", "Bent Over Row", "Landmine Press",
    ])
    func trunkIsAStabiliserInPressesAndPushUps(name: String) throws {
        let exercise = try #require(resolver.exercise(named: name), "\(name)")
        #expect(exercise.weights.core < 0.5, "\(name) → \(exercise.id)")
    }

    /// The audited weights of docs/catalogue.md for the exercise families the model relies on.
    @Test(arguments: [
        ("squat-barbell", MuscleVector(quads: 1, glutes: 0.5, lowBack: 0.5, core: 0.25)),
        ("deadlift-barbell", MuscleVector(quads: 0.5, glutes: 1, hamstrings: 0.5, lowBack: 1, core: 0.25)),
        ("hip-thrust-barbell", MuscleVector(quads: 0.25, glutes: 1, hamstrings: 0.5)),
        ("romanian-deadlift-barbell", MuscleVector(glutes: 0.5, hamstrings: 1, lowBack: 1)),
        ("split-squat", MuscleVector(quads: 1, glutes: 1)),
        ("bulgarian-split-squat", MuscleVector(quads: 1, glutes: 1)),
        ("step-up", MuscleVector(quads: 1, glutes: 1)),
        ("hip-abduction-machine", MuscleVector(glutes: 1)),
        ("clamshell", MuscleVector(glutes: 1)),
        ("lateral-band-walk", MuscleVector(glutes: 1)),
        ("side-plank", MuscleVector(glutes: 0.5, core: 1)),
        ("side-plank-abduction", MuscleVector(glutes: 1, core: 1)),
        ("bird-dog", MuscleVector(glutes: 0.5, lowBack: 0.25, core: 1)),
        ("back-extension", MuscleVector(glutes: 0.5, hamstrings: 0.5, lowBack: 1)),
        ("plank", MuscleVector(core: 1)),
        ("dead-bug", MuscleVector(core: 1)),
        ("push-up", MuscleVector(core: 0.25)),
        ("overhead-press-barbell", MuscleVector(core: 0.25)),
    ])
    func auditedWeights(id: String, weights: MuscleVector) throws {
        #expect(try #require(catalogue[id]).weights == weights)
    }

    /// docs/catalogue.md lists every exercise id with exactly its weights, so the documented
    /// audit cannot drift from the shipped file.
    @Test func documentationListsEveryExerciseWithItsWeights() throws {
        let url = PackageRoot.url.appendingPathComponent("docs/catalogue.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let order: [MuscleGroup] = [.quads, .glutes, .hamstrings, .lowBack, .core, .hipFlexors, .calves]
        var documented: [String: MuscleVector] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 8 else { continue }
            let id = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            var vector = MuscleVector()
            for (group, cell) in zip(order, cells.dropFirst()) where !cell.isEmpty {
                vector[group] = try #require(Double(cell.hasPrefix(".") ? "0" + cell : cell), "\(id): \(cell)")
            }
            #expect(documented.updateValue(vector, forKey: id) == nil, "\(id) listed twice")
        }
        #expect(Set(documented.keys) == Set(catalogue.exercises.map(\.id)))
        for exercise in catalogue.exercises {
            #expect(documented[exercise.id] == exercise.weights, "\(exercise.id)")
        }
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
        ("squats (bb)", "squat-barbell"), ("BB Back Squats", "squat-barbell"),
        ("barbell squat - paused", "squat-barbell"),
        ("DB RDLs", "romanian-deadlift-dumbbell"), ("rdl (barbell)", "romanian-deadlift-barbell"),
        ("SL RDL (Dumbbell)", "single-leg-rdl"), ("Hip Thrusts (BB)", "hip-thrust-barbell"),
        ("KB swings", "kettlebell-swing"), ("OHP", "overhead-press-barbell"),
        ("leg extensions (machine)", "leg-extension"),
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
        ("- {id: x, name: X, pattern: squat, muscles: {quads: 2}}", "must be more than 0 and at most 1, found 2"),
        ("- {id: x, name: X, pattern: squat}\n- {id: x, name: Y, pattern: squat}", "duplicate id 'x'"),
        ("- {id: Bad Id, name: X, pattern: squat}", "id must be lower-case"),
        ("- {id: x, name: X, pattern: stretch, lengthens: [toes]}", "unknown muscle group 'toes'"),
        ("exercises: [{name: X}]", "exercise catalogue: 'id' is missing at exercises.1"),
        (
            "exercises: [{id: x, name: X, pattern: squat, timed: often}]",
            "the value at exercises.1.timed is not true or false"
        ),
    ])
    func invalidEntriesAreRejectedWithTheirPosition(yaml: String, message: String) {
        #expect {
            try ExerciseCatalogue.entries(fromYAML: yaml)
        } throws: { error in
            String(describing: error).contains(message)
        }
    }
}
