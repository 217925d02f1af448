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
        #expect(log.warnings.contains { $0.message.contains("per-exercise totals") })
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

    /// One activity with one exercise whose fields are given as JSON text, read as a whole log.
    static func read(exercise: String, activity: String = #""startTimeLocal":1741113012000"#) throws -> StrengthLog {
        let json =
            #"[{"name":"Gym",\#(activity),"summarizedExerciseSets":[{"category":"SQUAT","subCategory":"BARBELL_BACK_SQUAT",\#(exercise)}]}]"#
        return try StrengthLogReader.read(data: Data(json.utf8), source: "g.json", options: StrengthReadOptions())
    }

    /// Damaged counts were converted without a range: reps of 1e300 trapped (Double → Int), and
    /// 50 million sets looped 50 million times (49 s; `Int.max` for ever). Counts follow the
    /// range of every other layout (below 10,000); beyond it the exercise is one row error.
    @Test(arguments: [
        (#""reps":1e300,"sets":3"#, "3 sets and 1e+300 reps;"),
        (#""reps":10,"sets":50000000"#, "50000000 sets and 10 reps;"),
        (#""reps":10,"sets":9223372036854775807"#, "9223372036854775807 sets and 10 reps;"),
        (#""reps":-1e300,"sets":10000"#, "10000 sets and -1e+300 reps;"),
    ])
    func damagedCountsAreOneRowErrorNeverATrapOrAnEndlessLoop(_ fields: String, _ claim: String) throws {
        let log = try Self.read(exercise: fields + #","maxWeight":80000"#)
        #expect(log.sessions.isEmpty)
        let error = try #require(log.rowErrors.first)
        #expect(log.rowErrors.count == 1)
        #expect(
            error.message.contains("'Squat (Barbell)' in the strength activity 'Gym' on 2025-03-04 claims \(claim)"))
        #expect(error.message.contains("counts of 10000 or more are damage, so this exercise was left out"))
    }

    /// The largest counts in range are read: 9,999 sets sharing 9,999 reps.
    @Test func theLargestCountsInRangeAreRead() throws {
        let largest = try Self.read(exercise: #""reps":9999,"sets":9999"#)
        #expect(largest.sessions.first?.sets.count == 9999 && largest.rowErrors.isEmpty)
    }

    /// Start times are epoch milliseconds: one outside 1970…3000 (1e300 trapped too) leaves the
    /// activity's exercises out with a row error, never silently.
    @Test(arguments: [
        #""startTimeLocal":1e300"#, #""startTimeGmt":-1e300"#, #""startTimeLocal":32503680000000"#, #""duration":1"#,
    ])
    func aStartTimeOutOfRangeIsARowError(_ activity: String) throws {
        let log = try Self.read(exercise: #""reps":10,"sets":2"#, activity: activity)
        #expect(log.sessions.isEmpty)
        #expect(
            log.rowErrors.map(\.message) == [
                "the strength activity 'Gym' has no start time between 1970 and 3000 (startTimeLocal or startTimeGmt, "
                    + "in epoch milliseconds): its 1 exercise(s) were left out"
            ])
    }

    /// Weights and durations outside what a log can hold are dropped (durations with a warning),
    /// never carried into the model as 10³⁰⁵ kg or seconds.
    @Test func absurdWeightsAndDurationsAreDropped() throws {
        let log = try Self.read(
            exercise: #""duration":1e308,"sets":2,"maxWeight":1e300"#,
            activity: #""startTimeLocal":1741113012000,"duration":-5"#)
        let session = try #require(log.sessions.first)
        #expect(session.durationSeconds == nil)
        #expect(session.sets.count == 2)
        #expect(session.sets.allSatisfy { $0.loadKilograms == nil && $0.durationSeconds == nil })
        #expect(log.warnings.contains { $0.message.contains("durations outside 0 to 12 h") })
        let timed = try Self.read(exercise: #""duration":90000,"sets":3"#)
        #expect(timed.sessions.first?.sets.map(\.durationSeconds) == [30, 30, 30])
    }

    /// Many exercises of 9,999 sets each are stopped by the log's cap of a million sets. (That the
    /// cap is checked after each exercise, not once at the end, is not visible from outside: it
    /// bounds the memory taken before the error.)
    @Test func theSetCapHoldsForSummaries() {
        let exercise = #"{"category":"SQUAT","reps":9999,"sets":9999}"#
        let exercises = Array(repeating: exercise, count: 101).joined(separator: ",")
        let json = #"[{"startTimeLocal":1741113012000,"summarizedExerciseSets":[\#(exercises)]}]"#
        do {
            let log = try StrengthLogReader.read(
                data: Data(json.utf8), source: "g.json", options: StrengthReadOptions())
            Issue.record("read \(log.sessions.first?.sets.count ?? 0) sets, over the cap")
        } catch {
            #expect(error.message.contains("million sets"), "\(error.message)")
        }
    }
}
