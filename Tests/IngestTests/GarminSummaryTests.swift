import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

@Suite struct GarminSummaryTests {
    static let file = "garmin-summarizedactivities-strength.synthetic.json"

    @Test(.corpus) func detectsAndReadsTheSummaryExport() throws {
        let data = try StrengthCorpus.data(Self.file)
        #expect(StrengthLogReader.detect(prefix: data.prefix(4096)) == .garmin)
        let log = try StrengthLogReader.read(data: data, source: Self.file, options: StrengthReadOptions())
        #expect(log.format == .garmin)
        #expect(log.weightUnit == .kg)
        // The running activity (summarizedExerciseSets null) is not a strength session.
        let session = try #require(log.sessions.first)
        #expect(log.sessions.count == 1)
        #expect(session.start.description == "2025-03-04T18:30:12")
        #expect(session.name == "Strength")
        #expect(session.durationSeconds == 3912.345)
        // totalSets 9 in the file: 3 squat + 2 RDL + 1 plank + 3 unknown.
        #expect(session.sets.count == 9)
        let squats = session.sets.filter { $0.exerciseID == "squat-barbell" }
        #expect(squats.map(\.reps) == [5, 5, 5])
        #expect(squats.allSatisfy { $0.loadKilograms == 100 })
        #expect(session.sets.filter { $0.exerciseID == "romanian-deadlift-barbell" }.map(\.reps) == [8, 8])
        #expect(session.sets.filter { $0.exerciseID == "plank" }.map(\.durationSeconds) == [60])
        let inspection = StrengthInspection(file: Self.file, log: log)
        #expect(inspection.unknownExercises == [.init(name: "Unknown", sets: 3)])
        #expect(log.warnings.contains { $0.contains("per-exercise totals") })
    }

    @Test func repsAreSharedEvenlyBetweenSets() {
        let summary = GarminSummaryLayout.ExerciseSummary(
            category: "LUNGE", subCategory: "DUMBBELL_LUNGE", reps: 20, sets: 3)
        #expect(GarminSummaryLayout.displayName(summary) == "Dumbbell Lunge")
        let json =
            #"[{"activityType":"strength_training","startTimeLocal":1741113012000,"summarizedExerciseSets":[{"category":"LUNGE","subCategory":"DUMBBELL_LUNGE","reps":20,"sets":3,"maxWeight":12000}]}]"#
        let log = try? StrengthLogReader.read(data: Data(json.utf8), source: "g.json", options: StrengthReadOptions())
        #expect(log?.sessions.first?.sets.map(\.reps) == [7, 7, 6])
        #expect(log?.sessions.first?.sets.first?.loadKilograms == 12)
    }

    /// Garmin's profile names map through the FIT table, so variants the resolver cannot read
    /// from the words alone still land on the right entry; unknown names keep their words.
    @Test func profileNamesMapThroughTheFitTable() {
        let name = { (category: String?, sub: String?) in
            GarminSummaryLayout.exerciseName(.init(category: category, subCategory: sub, reps: 10, sets: 1))
        }
        #expect(ExerciseResolver.standard.resolve("Barbell Hip Thrust With Bench") == nil)
        #expect(
            ExerciseResolver.standard.resolve(name("HIP_RAISE", "BARBELL_HIP_THRUST_WITH_BENCH"))
                == "hip-thrust-barbell")
        #expect(ExerciseResolver.standard.resolve(name("PLANK", "SIDE_PLANK_WITH_LEG_LIFT")) == "side-plank-abduction")
        #expect(ExerciseResolver.standard.resolve(name("HIP_STABILITY", nil)) == "side-lying-hip-abduction")
        #expect(name("UNKNOWN", nil) == "Unknown")
        #expect(name("DIP", "BENCH_DIP") == "Bench Dip")
        #expect(name("BENCH_PRESS", "INCLINE_DUMBBELL_BENCH_PRESS") == "Incline Dumbbell Bench Press")
    }

    @Test func brokenJSONIsOneClearError() {
        let json = #"[{"summarizedActivitiesExport": [{"summarizedExerciseSets": [{"sets": "three"}]}]}]"#
        #expect {
            try StrengthLogReader.read(data: Data(json.utf8), source: "g.json", options: StrengthReadOptions())
        } throws: { error in
            let error = error as? IngestError
            return error?.location.description == "g.json:1:1"
                && error?.message.contains("not a Garmin summarizedActivities export") == true
        }
    }

    /// wger's REST JSON names exercises by id only: it is not read (one clear error, never a guess).
    @Test(.corpus) func wgerJSONIsNotAStrengthLog() throws {
        let data = try StrengthCorpus.data("wger-workoutlog-api.synthetic.json")
        #expect(StrengthLogReader.detect(prefix: data) == nil)
        #expect(throws: IngestError.self) {
            try StrengthLogReader.read(data: data, source: "wger.json", options: StrengthReadOptions())
        }
    }
}
