import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// Reads every strength CSV of the shared corpus and checks the reader against counts computed
/// here by a different, deliberately naive method (line splitting plus per-file criteria).
@Suite(.corpus) struct StrengthCorpusTests {
    /// The expected format of every corpus CSV.
    static let formats: [String: StrengthFormat] = [
        "fitbod-workoutexport.csv": .fitbod,
        "fitnotes-lb-8col.csv": .fitnotes,
        "fitnotes-unitcol-comment.synthetic.csv": .fitnotes,
        "generic-coach-log-semicolon-eu.synthetic.csv": .generic,
        "generic-coach-sheet.synthetic.csv": .generic,
        "hevy-kg-settypes.csv": .hevy,
        "hevy-lb-superset-timed.synthetic.csv": .hevy,
        "jefit-multisection.synthetic.csv": .jefit,
        "strong-android-semicolon-unitcols.csv": .strong,
        "strong-comma-noduration-kgfloat.csv": .strong,
        "strong-comma-nounit-lb.csv": .strong,
        "strong-fr-localized-resttimer.csv": .strong,
        "strong-quoted-semicolon-workoutno.csv": .strong,
        "strong-setmarkers-resttimer.synthetic.csv": .strong,
    ]

    @Test func everyCorpusCSVHasAnExpectedFormat() {
        #expect(Set(StrengthCorpus.csvFiles) == Set(Self.formats.keys))
    }

    @Test(arguments: formats.keys.sorted())
    func detectsAndReadsFormat(file: String) throws {
        let data = try StrengthCorpus.data(file)
        #expect(StrengthLogReader.detect(prefix: data.prefix(4096)) == Self.formats[file])
        let log = try #require(StrengthCorpus.defaultLogs[file]).get()
        #expect(log.format == Self.formats[file])
        #expect(log.rowErrors.isEmpty)
        #expect(!log.sessions.isEmpty)
    }

    /// How to count one real file independently of the reader.
    struct Criteria: Sendable, CustomTestStringConvertible {
        var file: String
        var delimiter: Character
        var sessionColumns: [String]
        var exerciseColumn: String
        /// Column and value marking rows that are not sets (rest timers).
        var restMarker: (column: String, value: String)?
        /// Column and value marking warm-up sets.
        var warmupMarker: (column: String, value: String)?
        /// Exercise names that are cardio rows in this file.
        var cardio: Set<String>
        /// Exercise names that are not sets at all (pseudo-exercises).
        var excluded: Set<String> = []
        var unit: WeightUnit?
        var expectedUnit: WeightUnitUsage

        var testDescription: String { file }
    }

    static let realFiles: [Criteria] = [
        Criteria(
            file: "strong-android-semicolon-unitcols.csv", delimiter: ";", sessionColumns: ["Date", "Workout Name"],
            exerciseColumn: "Exercise Name", cardio: ["Running (Treadmill)"], expectedUnit: .mixed),
        Criteria(
            file: "strong-comma-nounit-lb.csv", delimiter: ",", sessionColumns: ["Date", "Workout Name"],
            exerciseColumn: "Exercise Name", cardio: ["Rowing (Machine)", "Cycling (Indoor)", "Assault Bike"],
            excluded: ["Intensity"], unit: .lb, expectedUnit: .lb),
        Criteria(
            file: "strong-comma-noduration-kgfloat.csv", delimiter: ",", sessionColumns: ["Date", "Workout Name"],
            exerciseColumn: "Exercise Name", cardio: [], unit: .kg, expectedUnit: .kg),
        Criteria(
            file: "strong-fr-localized-resttimer.csv", delimiter: ",",
            sessionColumns: ["Date", "Nom de l'entraînement"],
            exerciseColumn: "Nom de l'exercice", restMarker: ("Ordre de la série", "Minuteur de repos"),
            cardio: ["Cycling (Indoor)", "Walking", "Rowing (Machine)", "Running (Treadmill)"], unit: .kg,
            expectedUnit: .kg),
        Criteria(
            file: "strong-quoted-semicolon-workoutno.csv", delimiter: ";", sessionColumns: ["Workout #"],
            exerciseColumn: "Exercise Name", cardio: [], expectedUnit: .kg),
        Criteria(
            file: "hevy-kg-settypes.csv", delimiter: ",", sessionColumns: ["title", "start_time"],
            exerciseColumn: "exercise_title", warmupMarker: ("set_type", "warmup"), cardio: ["Treadmill"],
            expectedUnit: .kg),
        Criteria(
            file: "fitnotes-lb-8col.csv", delimiter: ",", sessionColumns: ["Date"], exerciseColumn: "Exercise",
            cardio: [], expectedUnit: .lb),
        Criteria(
            file: "fitbod-workoutexport.csv", delimiter: ",", sessionColumns: ["Date"], exerciseColumn: "Exercise",
            warmupMarker: ("isWarmup", "true"), cardio: ["Walking", "Cycling", "Running"], expectedUnit: .kg),
    ]

    @Test(arguments: realFiles)
    func countsMatchIndependentCount(criteria: Criteria) throws {
        let text = try #require(String(data: StrengthCorpus.data(criteria.file), encoding: .utf8))
        let lines = text.split(whereSeparator: \.isNewline).map {
            Self.naiveFields(String($0), delimiter: criteria.delimiter)
        }
        let header = lines[0]
        let rows = lines.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { first, _ in first }) }
        let setRows = rows.filter { row in
            let name = row[criteria.exerciseColumn]!
            let isRest = criteria.restMarker.map { row[$0.column] == $0.value } ?? false
            return !isRest && !criteria.cardio.contains(name) && !criteria.excluded.contains(name)
        }
        let cardioRows = rows.filter { row in
            let isRest = criteria.restMarker.map { row[$0.column] == $0.value } ?? false
            return !isRest && criteria.cardio.contains(row[criteria.exerciseColumn]!)
        }
        let warmups = criteria.warmupMarker.map { marker in setRows.count { $0[marker.column] == marker.value } } ?? 0
        let sessions = Set(rows.map { row in criteria.sessionColumns.map { row[$0]! }.joined(separator: "|") }).count

        let log = try StrengthCorpus.read(criteria.file, unit: criteria.unit)
        let inspection = StrengthInspection(file: criteria.file, log: log)
        #expect(inspection.sets == setRows.count)
        #expect(inspection.cardioRows == cardioRows.count)
        #expect(inspection.warmupSets == warmups)
        #expect(inspection.sessions == sessions)
        #expect(inspection.weightUnit == criteria.expectedUnit)
    }

    /// Splits one line on the delimiter outside double quotes and drops the quotes (no escapes, no
    /// line breaks in fields: enough for the real corpus files).
    static func naiveFields(_ line: String, delimiter: Character) -> [String] {
        var fields = [""]
        var quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
            } else if character == delimiter, !quoted {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }

    /// Hand counts for the synthetic files (rows read off the files; see SOURCES.md).
    @Test func syntheticFileCounts() throws {
        let expectations:
            [(
                file: String, sets: Int, working: Int, warmup: Int, timed: Int, cardio: Int, sessions: Int,
                unit: WeightUnitUsage
            )] = [
                // 24 rows: 3 rest timers, 1 treadmill; W×3, D×2, F×1; two planks.
                ("strong-setmarkers-resttimer.synthetic.csv", 19, 13, 3, 2, 1, 2, .unknown),
                // 16 rows: 1 treadmill; warmup×2, failure×1, dropset×2; two planks.
                ("hevy-lb-superset-timed.synthetic.csv", 15, 10, 2, 2, 1, 2, .lb),
                // 12 rows: 3 cardio (treadmill, rowing, cycling); 2 plank holds; kgs and lbs.
                ("fitnotes-unitcol-comment.synthetic.csv", 9, 9, 0, 2, 3, 2, .mixed),
                // 4 packed rows of 4+3+3+3 sets, one plank row with two intervals.
                ("jefit-multisection.synthetic.csv", 15, 15, 0, 2, 0, 2, .lb),
                // 9 rows with sets 5,3,3,5,4,5,3,1,3; athletes split sessions on the same day.
                ("generic-coach-sheet.synthetic.csv", 32, 32, 0, 3, 0, 4, .mixed),
                // 6 rows, one set each; two timed holds.
                ("generic-coach-log-semicolon-eu.synthetic.csv", 6, 6, 0, 2, 0, 2, .kg),
            ]
        for expected in expectations {
            let log = try StrengthCorpus.read(expected.file)
            let inspection = StrengthInspection(file: expected.file, log: log)
            #expect(inspection.sets == expected.sets, "\(expected.file)")
            #expect(inspection.workingSets == expected.working, "\(expected.file)")
            #expect(inspection.warmupSets == expected.warmup, "\(expected.file)")
            #expect(inspection.timedSets == expected.timed, "\(expected.file)")
            #expect(inspection.cardioRows == expected.cardio, "\(expected.file)")
            #expect(inspection.sessions == expected.sessions, "\(expected.file)")
            #expect(inspection.weightUnit == expected.unit, "\(expected.file)")
        }
    }

    /// At least 95 % of the working sets in the real (non-synthetic) files resolve to a catalogue exercise.
    @Test func realCorpusWorkingSetsResolve() throws {
        let resolver = ExerciseResolver(catalogue: .standard)
        var total = 0
        var resolved = 0
        for file in StrengthCorpus.csvFiles where !file.contains(".synthetic.") {
            let sets = try #require(StrengthCorpus.defaultLogs[file]).get().sessions.flatMap(\.sets).filter {
                $0.kind == .working
            }
            total += sets.count
            resolved += sets.count { resolver.resolve($0.exerciseName) != nil }
        }
        let share = Double(resolved) / Double(max(total, 1))
        print(
            "strength corpus resolution: \(resolved) of \(total) working sets (\(String(format: "%.2f", share * 100)) %)"
        )
        #expect(total > 10_000)
        // Every working set of the real exports resolves; an alias lost in a catalogue edit fails here.
        #expect(resolved == total, "\(total - resolved) working sets no longer resolve")
    }

    @Test func coachSheetKeepsAthletesPerSession() throws {
        let log = try StrengthCorpus.read("generic-coach-sheet.synthetic.csv")
        #expect(log.sessions.allSatisfy { $0.athlete != nil })
        #expect(Set(log.sessions.compactMap(\.athlete)) == ["A. Novak", "J. Ortiz"])
        let ortizSquat = try #require(
            log.sessions.flatMap(\.sets).first { $0.exerciseName == "Back Squat" && $0.loadKilograms != 100 })
        #expect(ortizSquat.loadKilograms == 102.058)
    }
}
