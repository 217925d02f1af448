import Foundation
import HipBalanceCore
import Testing

@testable import Ingest

/// Small strength logs, written here, in the layout of each app the reader knows (the header
/// names and value spellings of each export; the workouts are invented), so that detection and
/// reading of every layout are tested without the real-world corpus.
enum StrengthSamples {
    struct Sample: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var format: StrengthFormat
        /// Working sets (warm-ups and rest-timer rows are not sets).
        var workingSets: Int
        var unit: WeightUnitUsage

        var testDescription: String { name }
    }

    static let all: [Sample] = [
        Sample(
            name: "hevy-lb-superset-timed",
            text: """
                "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"
                "Legs","3 Mar 2025, 17:30","3 Mar 2025, 18:40","Heavy, ""slow"" day","Squat (Barbell)",,"Depth\nbelow parallel",0,"warmup",95,10,,,
                "Legs","3 Mar 2025, 17:30","3 Mar 2025, 18:40","Heavy, ""slow"" day","Squat (Barbell)",,"",1,"normal",225,5,,,8
                "Legs","3 Mar 2025, 17:30","3 Mar 2025, 18:40","Heavy, ""slow"" day","Hip Thrust (Barbell)",0,"",0,"normal",185,10,,,7
                "Legs","3 Mar 2025, 17:30","3 Mar 2025, 18:40","Heavy, ""slow"" day","Plank",0,"",0,"normal",,,,60,

                """,
            format: .hevy, workingSets: 3, unit: .lb),
        Sample(
            name: "fitnotes-unit-column-comment",
            text: """
                Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment
                2025-12-23,Barbell Squat,Legs,100.0,kgs,5,,,,""
                2025-12-23,Barbell Squat,Legs,100.0,kgs,5,,,,"Knees out, chest up"
                2025-12-23,Romanian Deadlift,Legs,80.0,kgs,8,,,,
                2025-12-23,Plank,Abs,,,,,,0:01:00,

                """,
            format: .fitnotes, workingSets: 4, unit: .kg),
        Sample(
            name: "coach-log-semicolon-decimal-comma",
            text: """
                Datum;Athlet;Übung;Satz;Wdh;Gewicht (kg);RPE;Dauer (s);Notiz
                03.09.2025;A. Novak;Kniebeuge;1;5;102,5;7,5;;
                03.09.2025;A. Novak;Kniebeuge;2;5;102,5;8;;"letzte Wdh; langsam"
                03.09.2025;A. Novak;Hüftheben;1;10;60;7;;

                """,
            format: .generic, workingSets: 3, unit: .kg),
        Sample(
            name: "coach-sheet-free-form-cells",
            text: """
                date,athlete,exercise,sets,reps,load,unit,rpe,notes
                2025-09-01,A. Novak,Back Squat,3,5,100,kg,7,
                2025-09-01,A. Novak,Plank,2,45s,BW,,,"hold, not reps"
                2025-09-02,B. Kralj,Hip Thrust,3,10,80,kg,8,

                """,
            format: .generic, workingSets: 8, unit: .kg),
        Sample(
            name: "strong-comma-rest-timer",
            text: """
                Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
                2025-12-30 20:57:41,"Legs",1h 10min,"Squat (Barbell)",W,60.0,8.0,0,0.0,"","",
                2025-12-30 20:57:41,"Legs",1h 10min,"Squat (Barbell)",1,100.0,5.0,0,0.0,"","",8
                2025-12-30 20:57:41,"Legs",1h 10min,"Squat (Barbell)",Rest Timer,0,0.0,0,120.0,,,
                2025-12-30 20:57:41,"Legs",1h 10min,"Plank",1,0,0,0,60.0,,,

                """,
            format: .strong, workingSets: 2, unit: .kg),
    ]
}
