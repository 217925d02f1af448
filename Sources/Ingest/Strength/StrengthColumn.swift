/// A column meaning shared by the strength-log layouts, whatever the app or language calls it.
enum StrengthColumn: Hashable, Sendable {
    case workoutNumber, date, workoutName, workoutDuration, endTime
    case exercise, setOrder, setCount, setType, warmupFlag
    case weight, weightUnit, reps, rpe, rir
    case distance, distanceUnit, seconds, time
    case category, athlete, multiplier
}
