import Foundation
import HipBalanceCore

/// Garmin Connect's data export `DI_CONNECT/DI-Connect-Fitness/*_summarizedActivities.json`.
///
/// Strength activities carry only per-exercise totals (`summarizedExerciseSets`: sets, reps,
/// duration, top weight), so each exercise becomes `sets` sets sharing its reps evenly, each at
/// the exercise's top weight. Units follow the open-source readers of this export (weights in
/// grams, durations in milliseconds, times in epoch milliseconds; `docs/strength-logs.md`) and
/// still need confirming on a real export; the reader says so in a warning.
enum GarminSummaryLayout {
    /// True when a JSON text looks like a Garmin activity-summary export.
    static func isGarminSummary(_ text: Substring) -> Bool {
        guard let first = text.first(where: { !$0.isWhitespace }), first == "[" || first == "{" else { return false }
        return text.contains("\"summarizedActivitiesExport\"") || text.contains("\"summarizedExerciseSets\"")
    }

    static func read(_ data: Data, into builder: inout StrengthLogBuilder) throws(IngestError) {
        let activities: [Activity]
        do {
            activities = try decodeActivities(data)
        } catch {
            throw IngestError(
                "not a Garmin summarizedActivities export: \(describe(error))",
                at: SourceLocation(source: builder.source, line: 1, column: 1))
        }
        builder.noteUnit(.kg)
        var summarised = false
        for activity in activities {
            guard let exercises = activity.summarizedExerciseSets, !exercises.isEmpty else { continue }
            guard let start = start(of: activity, builder.options) else {
                builder.error(
                    "the strength activity \(quoted(activity.name)) has no start time between 1970 and 3000 "
                        + "(startTimeLocal or startTimeGmt, in epoch milliseconds): its \(exercises.count) "
                        + "exercise(s) were left out", line: nil)
                continue
            }
            summarised = true
            let workoutSeconds = seconds(milliseconds: activity.duration, &builder)
            for exercise in exercises {
                add(exercise, of: activity, start: start, workoutSeconds: workoutSeconds, into: &builder)
                // Up to 9,999 sets an exercise: the log's cap is checked as they are added.
                try builder.checkSize()
            }
        }
        if summarised {
            builder.warn(
                "Garmin summaries hold per-exercise totals: reps are shared evenly between sets "
                    + "and every set carries the exercise's top weight")
        }
    }

    /// `[{"summarizedActivitiesExport": [...]}]`, `{"summarizedActivitiesExport": [...]}` or a bare
    /// array of activities, told apart by the top-level shape before decoding.
    private static func decodeActivities(_ data: Data) throws -> [Activity] {
        let decoder = JSONDecoder()
        let wrapperKey = "summarizedActivitiesExport"
        switch try JSONSerialization.jsonObject(with: data) {
        case let array as [Any] where array.contains(where: { ($0 as? [String: Any])?[wrapperKey] != nil }):
            return try decoder.decode([Export].self, from: data).flatMap { $0.summarizedActivitiesExport ?? [] }
        case let object as [String: Any] where object[wrapperKey] != nil:
            return try decoder.decode(Export.self, from: data).summarizedActivitiesExport ?? []
        default:
            return try decoder.decode([Activity].self, from: data)
        }
    }

    /// The local start: `startTimeLocal` (local wall clock written as epoch milliseconds), else
    /// `startTimeGmt` in the athlete's zone.
    /// Nil when the time is missing or outside 1970…3000 (damage, never a date to convert).
    private static func start(of activity: Activity, _ options: StrengthReadOptions) -> LocalDateTime? {
        func seconds(_ milliseconds: Double) -> Int? { StrengthValues.plausibleEpochSeconds(milliseconds / 1000) }
        if let local = activity.startTimeLocal {
            return seconds(local).map { StrengthValues.wallClock(epochSeconds: $0, in: nil) }
        }
        return activity.startTimeGmt.flatMap(seconds).map {
            StrengthValues.wallClock(epochSeconds: $0, in: options.timeZone)
        }
    }

    private static func add(
        _ exercise: ExerciseSummary, of activity: Activity, start: LocalDateTime, workoutSeconds: Double?,
        into builder: inout StrengthLogBuilder
    ) {
        let name = exerciseName(exercise)
        // Set and rep counts in the range every strength layout reads (`StrengthValues.count`):
        // each set becomes a row, so a damaged count would cost time and memory without end.
        guard let sets = StrengthValues.count(Double(max(exercise.sets ?? 1, 1))),
            let reps = StrengthValues.count(max(exercise.reps ?? 0, 0))
        else {
            builder.error(
                "\(quoted(name)) in the strength activity \(quoted(activity.name)) on \(start.date) claims "
                    + "\(exercise.sets.map(String.init) ?? "1") sets and \(exercise.reps.map(written) ?? "no") reps; "
                    + "counts of \(StrengthValues.countLimit) or more are damage, so this exercise was left out",
                line: nil)
            return
        }
        let exerciseSeconds = seconds(milliseconds: exercise.duration, &builder)
        let weight = exercise.maxWeight.flatMap(StrengthValues.plausible).map { $0 / 1000 }
        for index in 0..<sets {
            var row = StrengthRow(start: start, exercise: name, line: nil)
            row.workoutName = activity.name
            row.workoutDuration = workoutSeconds
            row.unit = .kg
            row.weight = weight
            if reps > 0 {
                row.reps = reps / sets + (index < reps % sets ? 1 : 0)
            } else if let exerciseSeconds, exerciseSeconds > 0 {
                row.durationSeconds = exerciseSeconds / Double(sets)
            } else {
                row.performed = true
            }
            builder.add(row)
        }
    }

    /// Seconds from milliseconds when they lie within 0…12 h (`StrengthLogBuilder.plausibleDuration`).
    private static func seconds(milliseconds: Double?, _ builder: inout StrengthLogBuilder) -> Double? {
        guard let milliseconds else { return nil }
        return builder.plausibleDuration(milliseconds / 1000)
    }

    private static func quoted(_ name: String?) -> String { name.map { "'\($0)'" } ?? "(unnamed)" }

    /// A number as JSON would write it: `10` for a whole value, else Swift's shortest form.
    private static func written(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// The catalogue exercise the FIT profile's category and sub-category names mean
    /// (`FitExerciseCatalogue`), else the names as words for the resolver, and for the report
    /// when they do not resolve.
    static func exerciseName(_ exercise: ExerciseSummary) -> String {
        guard let category = exercise.category,
            let name = FitExerciseCatalogue.exerciseName(categoryName: category, subtypeName: exercise.subCategory)
        else { return displayName(exercise) }
        return name
    }

    /// `BARBELL_BACK_SQUAT` → `Barbell Back Squat`; the sub-category when there is one.
    static func displayName(_ exercise: ExerciseSummary) -> String {
        let code = exercise.subCategory ?? exercise.category ?? "UNKNOWN"
        return code.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(
            separator: " ")
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context),
            DecodingError.valueNotFound(_, let context), DecodingError.keyNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return path.isEmpty ? context.debugDescription : "\(context.debugDescription) at \(path)"
        default:
            return "\(error)"
        }
    }

    private struct Export: Decodable {
        var summarizedActivitiesExport: [Activity]?
    }

    private struct Activity: Decodable {
        var name: String?
        var startTimeLocal: Double?
        var startTimeGmt: Double?
        var duration: Double?
        var summarizedExerciseSets: [ExerciseSummary]?
    }

    struct ExerciseSummary: Decodable {
        var category: String?
        var subCategory: String?
        var reps: Double?
        var sets: Int?
        var duration: Double?
        var maxWeight: Double?
    }
}
