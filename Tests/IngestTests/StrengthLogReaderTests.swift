import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

@Suite struct StrengthLogReaderTests {
    private func read(_ text: String, unit: WeightUnit? = nil, timeZone: TimeZone? = nil) throws -> StrengthLog {
        try StrengthLogReader.read(
            data: Data(text.utf8), source: "test.csv",
            options: StrengthReadOptions(defaultWeightUnit: unit, timeZone: timeZone))
    }

    private func readError(_ data: Data) -> IngestError? {
        do {
            _ = try StrengthLogReader.read(data: data, source: "bad.csv", options: StrengthReadOptions())
            return nil
        } catch {
            return error
        }
    }

    // MARK: Localized Strong headers

    /// The same two-set workout with a rest-timer row, under Strong headers in four languages.
    @Test(arguments: [
        (
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
            "Rest Timer"
        ),
        (
            "Date,Nom de l'entraînement,Durée,Nom de l'exercice,Ordre de la série,Poids,Réps,Distance,Secondes,Notes,Notes d'entraînement,RPE",
            "Minuteur de repos"
        ),
        (
            "Datum,Trainingsname,Dauer,Übungsname,Satzreihenfolge,Gewicht,Wiederholungen,Distanz,Sekunden,Notizen,Trainingsnotizen,RPE",
            "Pausentimer"
        ),
        (
            "Fecha,Nombre del entrenamiento,Duración,Nombre del ejercicio,Orden de la serie,Peso,Repeticiones,Distancia,Segundos,Notas,Notas del entrenamiento,RPE",
            "Temporizador de descanso"
        ),
    ])
    func localizedStrongHeaders(header: String, rest: String) throws {
        let text = """
            \(header)
            2025-12-30 20:57:41,"Soir",1h 39min,"Squat (Barbell)",1,100.0,5.0,0,0.0,"","",8
            2025-12-30 20:57:41,"Soir",1h 39min,"Squat (Barbell)",\(rest),0,0.0,0,120.0,,,
            2025-12-30 20:57:41,"Soir",1h 39min,"Squat (Barbell)",2,100.0,5.0,0,0.0,,,8.5

            """
        #expect(StrengthLogReader.detect(prefix: Data(text.utf8)) == .strong)
        let log = try read(text, unit: .kg)
        #expect(log.rowErrors.isEmpty)
        let session = try #require(log.sessions.first)
        #expect(session.sets.map(\.reps) == [5, 5])
        #expect(session.sets.map(\.rpe) == [8, 8.5])
        #expect(session.sets.allSatisfy { $0.exerciseID == "squat-barbell" && $0.loadKilograms == 100 })
        #expect(session.durationSeconds == 5940)
        #expect(session.name == "Soir")
    }

    @Test(.corpus) func strongSetMarkersAndTimedHolds() throws {
        let log = try StrengthCorpus.read("strong-setmarkers-resttimer.synthetic.csv", unit: .kg)
        let sets = log.sessions.flatMap(\.sets)
        #expect(
            sets.filter { $0.exerciseName == "Squat (Barbell)" }.map(\.kind) == [
                .warmup, .warmup, .working, .working, .failure,
            ])
        #expect(sets.filter { $0.exerciseName == "Leg Extension (Machine)" }.map(\.kind) == [.working, .drop, .drop])
        let planks = sets.filter { $0.exerciseID == "plank" }
        #expect(planks.map(\.durationSeconds) == [60, 45])
        #expect(planks.map(\.reps) == [nil, nil])
        #expect(planks.map(\.loadKilograms) == [nil, 10])
        #expect(log.sessions[1].cardio.first?.distanceMeters == 3200)
        #expect(log.sessions[0].durationSeconds == 3900)
        #expect(log.weightUnit == .kg)
        #expect(log.warnings.isEmpty)
    }

    @Test func strongUnitColumnsPerRowAndIntensityPseudoExercise() throws {
        let text = """
            Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes
            2019-01-11 12:31:54;"Back, Core";"Deadlift (Barbell)";1;100;kg;5;;;;0;"";""
            2019-01-11 12:31:54;"Back, Core";"Bent Over Row (Dumbbell)";1;45;lbs;8;;;;0;;
            2019-01-11 12:31:54;"Back, Core";"Plank";1;;;;;;mi.;60;;
            2019-01-11 12:31:54;"Back, Core";"Running (Treadmill)";1;;;;;2;mi.;600;;
            2019-01-11 12:31:54;"Back, Core";"Intensity";1;0;;8;;;;0;;
            """
        let log = try read(text)
        let session = try #require(log.sessions.first)
        #expect(session.name == "Back, Core")
        #expect(session.sets.map(\.loadKilograms) == [100, 20.412, nil])
        #expect(session.cardio.map(\.distanceMeters) == [3218.688])
        #expect(session.perceivedExertion == 8)
        #expect(log.weightUnit == .mixed)
    }

    @Test func personColumnSplitsAStrongExportByAthlete() throws {
        let text = """
            Person,Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            Ana,2025-01-02 18:00:00,"Legs","Squat (Barbell)",1,80,5,0,0,,,
            Ben,2025-01-02 18:00:00,"Legs","Squat (Barbell)",1,120,5,0,0,,,
            """
        let log = try read(text, unit: .kg)
        #expect(log.sessions.count == 2)
        #expect(log.sessions.map(\.athlete) == ["Ana", "Ben"])
    }

    @Test func rowsThatAreNotSetsOpenNoSession() throws {
        let text = """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2025-03-04 18:30:12,"",1h,"Squat (Barbell)",1,100.0,5.0,0,0.0,,,
            2025-03-05 18:30:12,"Skipped",1h,"Squat (Barbell)",Rest Timer,0,0.0,0,90.0,,,
            2025-03-06 18:30:12,"Skipped",1h,"Squat (Barbell)",1,0,0.0,0,0.0,,,
            """
        let log = try read(text, unit: .kg)
        #expect(log.sessions.count == 1)
        #expect(log.sessions[0].name == nil)
        #expect(log.warnings.contains { $0.message.contains("1 rows with no reps") })
    }

    @Test func rpeOffTheScaleIsDropped() throws {
        let text = """
            date,athlete,exercise,sets,reps,load,unit,rpe,notes
            2025-09-01,A,Back Squat,1,5,100,kg,0,
            2025-09-01,A,Back Squat,1,5,100,kg,85,
            2025-09-01,A,Back Squat,1,5,100,kg,8.5,
            """
        let log = try read(text)
        #expect(log.sessions[0].sets.map(\.rpe) == [nil, nil, 8.5])
        #expect(log.warnings.contains { $0.message.contains("RPE values above 10") })
    }

    @Test func trailingEmptyFieldsAreTolerated() throws {
        let text =
            "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time\n2020-09-13,Deadlift,Back,140,3,,,,,\n"
        let log = try read(text)
        #expect(log.rowErrors.isEmpty)
        #expect(log.sessions.flatMap(\.sets).count == 1)
    }

    // MARK: Units

    @Test func headerUnitCountsEvenWithOnlyBodyweightSets() throws {
        let text = """
            "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
            "Pull","8 Apr 2026, 16:50","8 Apr 2026, 17:43","","Pull Up",,"",0,"normal",,7,,,
            """
        let log = try read(text)
        #expect(log.weightUnit == .kg)
        #expect(log.sessions[0].sets[0].loadKilograms == nil)
    }

    @Test func unitLessFileWarnsAndAssumesKilograms() throws {
        let text =
            "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
            + "2022-01-04 12:20:57,\"Upper\",\"Bench Press (Barbell)\",1,149.99999999999997,5,0,0,,,\n"
        let assumed = try read(text)
        #expect(assumed.weightUnit == .unknown)
        #expect(assumed.sessions[0].sets[0].loadKilograms == 150)
        #expect(assumed.warnings.contains { $0.message.contains("no weight unit") })
        let pounds = try read(text, unit: .lb)
        #expect(pounds.weightUnit == .lb)
        #expect(pounds.sessions[0].sets[0].loadKilograms == 68.039)
        #expect(pounds.warnings.isEmpty)
    }

    @Test(.corpus) func hevyImperialColumns() throws {
        let log = try StrengthCorpus.read("hevy-lb-superset-timed.synthetic.csv")
        #expect(log.weightUnit == .lb)
        let bench = log.sessions[0].sets.filter { $0.exerciseID == "bench-press-barbell" }
        #expect(bench.map(\.kind) == [.warmup, .working, .working, .failure])
        #expect(bench[1].loadKilograms == 83.915)
        #expect(log.sessions[0].start.description == "2025-03-28T17:29:00")
        #expect(log.sessions[0].durationSeconds == 4560)
        #expect(log.sessions[1].cardio.first?.distanceMeters == 1.86 * 1609.344)
    }

    @Test func fitbodTimesUseTheAthletesZone() throws {
        let text = """
            Date,Exercise,Reps,Weight(kg),Duration(s),Distance(m),Incline,Resistance,isWarmup,Note,multiplier
            2026-06-29 04:24:43 +0000,Back Squat, 5,42.5,0.0,0.0,0.0,0.0,true,, 1.0
            2026-06-29 04:24:43 +0000,Plank, 0,0.0,85.0,0.0,0.0,0.0,false,, 0.0
            2026-06-29 04:24:43 +0000,Walking, 0,0.0,3648.0,2583.3854208142097,0.0,0.0,false,, 0.0
            """
        let log = try read(text, timeZone: TimeZone(identifier: "America/New_York"))
        let session = try #require(log.sessions.first)
        #expect(session.start.description == "2026-06-29T00:24:43")
        #expect(session.sets.map(\.kind) == [.warmup, .working])
        #expect(session.sets[1].durationSeconds == 85)
        #expect(session.cardio.count == 1)
        #expect(log.warnings.isEmpty)
        #expect(try read(text).warnings.contains { $0.message.contains("UTC") })
    }

    /// JEFIT's session times are Unix seconds: one outside 1970…3000 (a damaged or huge number)
    /// is never converted; the row falls back to its date, or is a row error without one.
    @Test func aJefitSessionTimeOutOfRangeFallsBackToTheDate() throws {
        let text = """
            ### EXERCISE LOGS ###
            _id,mydate,ename,logs,belongSession
            1,2026-01-05,Bench Press,100x5,1767600000
            2,2026-01-06,Bench Press,100x5,40000000000
            3,2026-01-07,Bench Press,100x5,1e400
            4,,Bench Press,100x5,-5
            ##########

            """
        let log = try read(text, unit: .kg)
        #expect(
            log.sessions.map(\.start.description) == [
                "2026-01-05T08:00:00", "2026-01-06T00:00:00", "2026-01-07T00:00:00",
            ])
        #expect(log.rowErrors.map(\.message) == ["expected a session time or a date, found neither"])
        #expect(log.rowErrors.map(\.location.line) == [6])
    }

    /// A workout timer left running (`47h 7min`) is no duration; the sets are kept, with one
    /// warning for the file, the same as for a Garmin summary's damaged durations.
    @Test func aStrongWorkoutDurationOver12HoursIsDroppedWithAWarning() throws {
        let text = """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2026-01-05 07:00:00,Legs,47h 7min,Squat,1,100,5,0,0,,,
            2026-01-05 07:00:00,Legs,47h 7min,Squat,2,100,5,0,0,,,
            2026-01-07 07:00:00,Legs,1h 3m,Squat,1,100,5,0,0,,,
            """
        let log = try read(text, unit: .kg)
        #expect(log.sessions.map(\.durationSeconds) == [nil, 3780])
        #expect(log.sessions.map(\.sets.count) == [2, 1])
        #expect(
            log.warnings.map(\.message).filter { $0.contains("12 h") } == [
                "durations outside 0 to 12 h (timers left running, or damage) were ignored"
            ])
    }

    @Test(.corpus) func fitnotesPerRowUnitsAndTimes() throws {
        let log = try StrengthCorpus.read("fitnotes-unitcol-comment.synthetic.csv")
        let sets = log.sessions.flatMap(\.sets)
        #expect(sets.first { $0.exerciseName == "Dumbbell Curl" }?.loadKilograms == 13.608)
        #expect(sets.filter { $0.exerciseID == "plank" }.map(\.durationSeconds) == [60, 45])
        #expect(log.sessions[1].cardio.map(\.distanceMeters) == [5000, 2000, 6.2 * 1609.344])
        #expect(log.sessions[1].cardio.map(\.durationSeconds) == [1812, 485, 1500])
    }

    @Test(.corpus) func jefitPackedSetsAndSettingUnit() throws {
        let log = try StrengthCorpus.read("jefit-multisection.synthetic.csv")
        #expect(log.format == .jefit)
        let bench = log.sessions[0].sets.filter { $0.exerciseName == "Barbell Bench Press" }
        #expect(bench.map(\.reps) == [10, 5, 5, 4])
        #expect(bench.map(\.loadKilograms) == [61.235, 83.915, 83.915, 83.915])
        #expect(log.sessions[0].durationSeconds == 3720)
        #expect(log.sessions[1].sets.filter { $0.exerciseID == "plank" }.map(\.durationSeconds) == [60, 45])
    }

    @Test(.corpus) func germanCoachSheetWithDecimalCommas() throws {
        let log = try StrengthCorpus.read("generic-coach-log-semicolon-eu.synthetic.csv")
        #expect(log.format == .generic)
        #expect(log.weightUnit == .kg)
        let squats = log.sessions[0].sets.filter { $0.exerciseID == "squat-barbell" }
        #expect(squats.map(\.loadKilograms) == [102.5, 102.5, 102.5])
        #expect(squats.map(\.rpe) == [7.5, 8, 9])
        #expect(log.sessions[0].start.date.description == "2025-09-03")
        #expect(log.sessions.map(\.athlete) == ["A. Novak", "J. Ortiz"])
    }

    @Test(.corpus) func coachSheetFreeFormCells() throws {
        let log = try StrengthCorpus.read("generic-coach-sheet.synthetic.csv")
        let sets = log.sessions.flatMap(\.sets)
        #expect(sets.filter { $0.exerciseID == "plank" }.allSatisfy { $0.durationSeconds == 45 && $0.reps == nil })
        #expect(sets.filter { $0.exerciseName == "Bench Press" && $0.loadKilograms != 60 }.map(\.reps) == [6, 6, 6, 6])
        let pullUps = sets.filter { $0.exerciseID == "pull-up" }
        #expect(pullUps.count == 3 && pullUps.allSatisfy { $0.reps == nil && $0.loadKilograms == 5 })
        let carries = sets.filter { $0.exerciseID == "farmers-walk" }
        #expect(carries.count == 3 && carries.allSatisfy { $0.distanceMeters == 40 && $0.loadKilograms == 64 })
    }

    // MARK: Malformed inputs

    @Test func emptyFileIsOneClearError() {
        let error = readError(Data())
        #expect(error?.message.contains("empty file") == true)
        #expect(error?.location.description == "bad.csv:1:1")
        #expect(readError(Data(" \n\n".utf8))?.message.contains("empty file") == true)
    }

    @Test func binaryFileRenamedCSVIsOneClearError() {
        let noise = (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + noise)
        #expect(readError(png)?.message.contains("not a text file") == true)
        #expect(StrengthLogReader.detect(prefix: png) == nil)
        // The gzip magic followed by noise: the damage is the error, not what the text reader saw.
        let fakeGzip = Data([0x1F, 0x8B, 0x08, 0x00] + noise)
        #expect(readError(fakeGzip)?.message.contains("corrupt gzip data") == true)
        #expect(StrengthLogReader.detect(prefix: fakeGzip) == nil)
    }

    @Test(.corpus) func csvOfAnotherKindIsNotAStrengthLog() throws {
        let strava = StrengthCorpus.directory.deletingLastPathComponent().appendingPathComponent(
            "exports/strava-activities.csv")
        let data = try Data(contentsOf: strava)
        #expect(StrengthLogReader.detect(prefix: data.prefix(4096)) == nil)
        #expect(readError(data)?.message.contains("not a known strength-log format") == true)
    }

    @Test(.corpus) func truncatedRealFileKeepsEveryCompleteRow() throws {
        let data = try StrengthCorpus.data("strong-android-semicolon-unitcols.csv")
        let cut = data.prefix(data.count / 2)
        let lastLineComplete = cut.last == UInt8(ascii: "\n")
        let log = try StrengthLogReader.read(data: cut, source: "cut.csv", options: StrengthReadOptions())
        let rows = String(decoding: cut, as: UTF8.self).split(separator: "\n").count - 1
        let counted = log.sessions.reduce(0) { $0 + $1.sets.count + $1.cardio.count }
        #expect(counted + log.rowErrors.count == rows)
        #expect(log.rowErrors.count == (lastLineComplete ? 0 : 1))
        #expect(log.rowErrors.allSatisfy { $0.location.source == "cut.csv" && $0.location.line == rows + 1 })
    }

    @Test func truncatedInsideQuotesIsARowErrorNotACrash() throws {
        let text =
            "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment\n"
            + "2025-01-02,Squat,Legs,100,5,,,,\"ok\"\n2025-01-02,Squat,Legs,100,5,,,,\"cut off"
        let log = try read(text)
        #expect(log.sessions.flatMap(\.sets).count == 1)
        #expect(log.rowErrors.map(\.location.line) == [3])
        #expect(log.rowErrors.first?.message.contains("unterminated") == true)
    }

    @Test func wrongColumnCountsAndBadValuesAreRowErrors() throws {
        let text = """
            Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2019-02-14 07:33:40,"W","Squat (Barbell)",1,100,5,0,0,,,
            2019-02-14 07:33:40,"W","Squat (Barbell)",2,100
            2019-02-14 07:33:40,"W","Squat (Barbell)",3,100,5,0,0,,,,extra
            2019-02-14 07:33:40,"W","Squat (Barbell)",4,heavy,5,0,0,,,
            not a date,"W","Squat (Barbell)",5,100,5,0,0,,,
            2019-02-14 07:33:40,"W","Squat (Barbell)",X,100,5,0,0,,,
            2019-02-14 07:33:40,"W","Squat (Barbell)",6,100,5,0,0,,,
            """
        let log = try read(text, unit: .kg)
        #expect(log.sessions.flatMap(\.sets).count == 2)
        #expect(log.rowErrors.map(\.location.line) == [3, 4, 5, 6, 7])
        #expect(log.rowErrors.map(\.location.column) == [6, 12, 5, 1, 4])
        #expect(log.rowErrors[0].description == "test.csv:3:6: expected 11 fields, found 5")
        #expect(log.warnings.contains { $0.message.contains("5 rows could not be read") })
    }

    @Test func headerOnlyFileIsAnEmptyLog() throws {
        let log = try read(
            "\u{FEFF}\"title\",\"start_time\",\"end_time\",\"exercise_title\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\"\r\n"
        )
        #expect(log.format == .hevy)
        #expect(log.sessions.isEmpty)
    }

    @Test func crlfAndByteOrderMarkInARealLayout() throws {
        let text =
            "\u{FEFF}Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\r\n"
            + "2020-09-13,Barbell Squat,Legs,135.0,5,,,\r\n2020-09-13,Barbell Squat,Legs,135.0,5,,,\r\n"
        let log = try read(text)
        #expect(log.format == .fitnotes)
        #expect(log.sessions.flatMap(\.sets).map(\.loadKilograms) == [61.235, 61.235])
        #expect(log.rowErrors.isEmpty)
    }
}
