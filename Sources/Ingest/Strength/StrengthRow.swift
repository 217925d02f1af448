import Foundation
import HipBalanceCore

/// One data row of any strength layout, read into common terms before it becomes a set,
/// a cardio entry or nothing (rest-timer and empty rows).
struct StrengthRow {
    var start: LocalDateTime
    var workoutName: String?
    var athlete: String?
    var exercise: String
    var kind: SetKind = .working
    var reps: Int?
    /// The load as written, in `unit`.
    var weight: Double?
    /// The unit the row or header states; nil when the file does not say.
    var unit: WeightUnit?
    var rpe: Double?
    var rir: Double?
    var durationSeconds: Double?
    var distanceMeters: Double?
    /// The app's own body-part group (FitNotes `Category`), used to spot cardio rows.
    var category: String?
    /// True when the row is a set even without reps or duration (`AMRAP`, a carry over a distance).
    var performed = false
    /// How many identical sets the row stands for (coach sheets: the `sets` column).
    var setCount = 1
    var workoutDuration: Double?
    /// The CSV line the row starts on; nil for inputs without lines (JSON).
    var line: Int?

    init(start: LocalDateTime, exercise: String, line: Int?) {
        self.start = start
        self.exercise = exercise
        self.line = line
    }
}
