import HipBalanceCore
import Testing

@testable import Ingest

/// The FIT `exercise_category` / sub-type table against the shipped exercise catalogue.
@Suite struct FitExerciseCatalogueTests {
    let catalogue = ExerciseCatalogue.standard
    let resolver = ExerciseResolver.standard

    /// Every `exercise_category` value of FIT profile 21.218 (48 and 51 are unassigned there).
    static let profileCategories: [UInt16] = Array(0...47) + [49, 50, 52, 53]

    /// The categories whose sets load the hips or trunk, and the generic exercise each one means
    /// when the watch names no sub-type.
    static let hipAndTrunkGenerics: [(category: UInt16, id: String, credited: MuscleGroup)] = [
        (1, "standing-calf-raise", .calves), (3, "farmers-walk", .core), (4, "woodchop", .core),
        (5, "core-exercise", .core), (6, "crunch", .core), (8, "deadlift-barbell", .glutes),
        (10, "glute-bridge", .glutes), (11, "side-lying-hip-abduction", .glutes), (12, "kettlebell-swing", .glutes),
        (13, "back-extension", .lowBack), (15, "lying-leg-curl", .hamstrings), (16, "lying-leg-raise", .core),
        (17, "lunge-dumbbell", .glutes), (19, "plank", .core), (27, "sit-up", .core), (28, "squat-barbell", .quads),
    ]

    @Test func everyProfileCategoryHasAGenericExercise() {
        #expect(FitExerciseCatalogue.categories.count == Self.profileCategories.count)
        for category in Self.profileCategories {
            let name = FitExerciseCatalogue.exerciseName(category: category, subtype: nil)
            #expect(name != nil, "category \(category)")
        }
    }

    /// Every name in the table, generic or per sub-type, is one the catalogue resolves.
    @Test func everyMappedNameResolvesInTheCatalogue() {
        var names = FitExerciseCatalogue.categories.values.map(\.exercise)
        for table in FitExerciseCatalogue.subtypes.values { names += table.values.map(\.exercise) }
        #expect(names.count > 700)
        for name in Set(names) {
            #expect(resolver.resolve(name) != nil, "\(name)")
        }
    }

    @Test func subtypeTablesBelongToKnownCategories() {
        for category in FitExerciseCatalogue.subtypes.keys {
            #expect(FitExerciseCatalogue.categories[category] != nil, "\(category)")
        }
        // The hip and trunk categories are mapped sub-type by sub-type.
        for (category, _, _) in Self.hipAndTrunkGenerics where ![3, 4].contains(category) {
            #expect((FitExerciseCatalogue.subtypes[category]?.count ?? 0) >= 4, "\(category)")
        }
    }

    @Test(arguments: hipAndTrunkGenerics.map { ($0.category, $0.id) })
    func hipAndTrunkCategoriesWithoutSubtypeMapToAGenericExercise(category: UInt16, id: String) throws {
        let name = try #require(FitExerciseCatalogue.exerciseName(category: category, subtype: nil))
        #expect(resolver.resolve(name) == id, "\(category) → \(name)")
        let muscle = try #require(Self.hipAndTrunkGenerics.first { $0.category == category }?.credited)
        #expect(try #require(catalogue[id]).weights[muscle] >= 0.5, "\(id)")
    }

    /// Sub-types the profile added later, or invalid ones (0xFFFF), fall back to the category.
    @Test func unlistedSubtypeFallsBackToTheCategory() {
        for category in Self.profileCategories {
            let generic = FitExerciseCatalogue.exerciseName(category: category, subtype: nil)
            #expect(FitExerciseCatalogue.exerciseName(category: category, subtype: 0xFFFF) == generic)
            #expect(FitExerciseCatalogue.exerciseName(category: category, subtype: 4000) == generic)
        }
    }

    @Test(arguments: [FitExerciseCatalogue.unknownCategory, 0xFFFF, 48, 51, 54, 1000])
    func unknownCategoriesMapToNothing(category: UInt16) {
        #expect(FitExerciseCatalogue.exerciseName(category: category, subtype: nil) == nil)
        #expect(FitExerciseCatalogue.exerciseName(category: category, subtype: 0) == nil)
    }

    /// Sub-types whose variant changes the muscles (profile values, with the profile's names).
    @Test(
        arguments: [
            (10, 1, "hip-thrust-barbell"),  // hip_raise / barbell_hip_thrust_with_bench
            (10, 30, "single-leg-glute-bridge"),  // hip_raise / single_leg_hip_raise
            (10, 44, "clamshell"),  // hip_raise / clams
            (10, 23, "kettlebell-swing"),  // hip_raise / kettlebell_swing
            (11, 1, "dead-bug"),  // hip_stability / dead_bug
            (11, 11, "lateral-band-walk"),  // hip_stability / lateral_walks_with_band_at_ankles
            (11, 5, "fire-hydrant"),  // hip_stability / fire_hydrant_kicks
            (8, 0, "deadlift-barbell"),  // deadlift / barbell_deadlift
            (8, 15, "sumo-deadlift"),  // deadlift / sumo_deadlift
            (8, 17, "trap-bar-deadlift"),  // deadlift / trap_bar_deadlift
            (8, 23, "romanian-deadlift-barbell"),  // deadlift / romanian_deadlift
            (8, 14, "single-leg-rdl"),  // deadlift / single_leg_romanian_deadlift_with_dumbbell
            (28, 0, "leg-press"),  // squat / leg_press
            (28, 6, "squat-barbell"),  // squat / barbell_back_squat
            (28, 8, "front-squat-barbell"),  // squat / barbell_front_squat
            (28, 37, "goblet-squat"),  // squat / goblet_squat
            (28, 32, "step-up"),  // squat / dumbbell_step_up
            (28, 100, "squat-bodyweight"),  // squat / air_squat
            (17, 18, "bulgarian-split-squat"),  // lunge / dumbbell_bulgarian_split_squat
            (17, 78, "walking-lunge"),  // lunge / walking_lunge
            (17, 86, "curtsy-lunge"),  // lunge / curtsy_lunge
            (19, 43, "plank"),  // plank / plank
            (19, 66, "side-plank"),  // plank / side_plank
            (19, 80, "side-plank-abduction"),  // plank / side_plank_with_leg_lift
            (13, 27, "back-extension"),  // hyperextension / static_back_extension
            (15, 2, "good-morning"),  // leg_curl / good_morning
            (16, 1, "hanging-leg-raise"),  // leg_raise / hanging_leg_raise
            (6, 36, "crunch"),  // crunch / mcgill_curl_up
            (5, 46, "russian-twist"),  // core / russian_twist
            (31, 44, "hamstring-stretch"),  // warm_up / stretch_hamstring
            (31, 49, "hip-flexor-stretch"),  // warm_up / stretch_lunging_hip_flexor
        ] as [(UInt16, UInt16, String)])
    func subtypesNameTheirVariant(category: UInt16, subtype: UInt16, id: String) throws {
        let name = try #require(FitExerciseCatalogue.exerciseName(category: category, subtype: subtype))
        #expect(resolver.resolve(name) == id, "\(category):\(subtype) → \(name)")
    }

    /// Garmin Connect names the same values in upper case; both lookups agree on every row.
    @Test func profileNamesGiveTheSameExerciseAsValues() {
        for (category, row) in FitExerciseCatalogue.categories {
            let generic = FitExerciseCatalogue.exerciseName(category: category, subtype: nil)
            #expect(
                FitExerciseCatalogue.exerciseName(categoryName: row.profile.uppercased(), subtypeName: nil) == generic)
            for (subtype, subRow) in FitExerciseCatalogue.subtypes[category] ?? [:] {
                let byName = FitExerciseCatalogue.exerciseName(
                    categoryName: row.profile.uppercased(), subtypeName: subRow.profile.uppercased())
                #expect(
                    byName == FitExerciseCatalogue.exerciseName(category: category, subtype: subtype),
                    "\(subRow.profile)")
            }
        }
    }

    @Test(
        arguments: [
            ("HIP_RAISE", "BARBELL_HIP_THRUST_WITH_BENCH", "hip-thrust-barbell"),
            ("DEADLIFT", "ROMANIAN_DEADLIFT", "romanian-deadlift-barbell"),
            ("LUNGE", "DUMBBELL_BULGARIAN_SPLIT_SQUAT", "bulgarian-split-squat"),
            ("plank", "side_plank", "side-plank"),
            ("HIP_STABILITY", "DEAD_BUG", "dead-bug"),
            ("SQUAT", nil, "squat-barbell"),
            ("CORE", "", "core-exercise"),
        ] as [(String, String?, String)])
    func garminConnectNamesMapLikeValues(category: String, subtype: String?, id: String) throws {
        let name = try #require(FitExerciseCatalogue.exerciseName(categoryName: category, subtypeName: subtype))
        #expect(resolver.resolve(name) == id)
    }

    /// Unknown categories (Garmin Connect's `DIP` is not a FIT category) and sub-types this table
    /// does not list give nil, so the caller keeps its own name for them.
    @Test func unlistedGarminConnectNamesGiveNothing() {
        #expect(FitExerciseCatalogue.exerciseName(categoryName: "DIP", subtypeName: "BENCH_DIP") == nil)
        #expect(FitExerciseCatalogue.exerciseName(categoryName: "UNKNOWN", subtypeName: nil) == nil)
        #expect(
            FitExerciseCatalogue.exerciseName(categoryName: "BENCH_PRESS", subtypeName: "INCLINE_DUMBBELL_BENCH_PRESS")
                == nil)
        #expect(FitExerciseCatalogue.exerciseName(categoryName: "SQUAT", subtypeName: "NOT_A_PROFILE_NAME") == nil)
    }
}
