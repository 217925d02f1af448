/// An exercise name that resolved to no catalogue exercise, and how many sets carried it.
public struct UnknownExercise: Sendable, Hashable, Codable {
    public var name: String
    public var sets: Int

    public init(name: String, sets: Int) {
        self.name = name
        self.sets = sets
    }

    /// True when `set` is counted as a set of an unknown exercise: a counted set (warm-ups left
    /// out, `SetKind.isCounted`) whose name resolved to no catalogue id. The sets must be resolved
    /// already, by their reader or, for a watch's sets, by `ExerciseResolver`.
    public static func counts(_ set: StrengthSet) -> Bool {
        set.exerciseID == nil && set.kind.isCounted
    }

    /// The sets of unknown exercises among `sets` (`counts(_:)`), by name as written.
    public static func tally(_ sets: some Sequence<StrengthSet>) -> [String: Int] {
        var setsByName: [String: Int] = [:]
        for set in sets where counts(set) { setsByName[set.exerciseName, default: 0] += 1 }
        return setsByName
    }

    /// The list people read of the unknown exercises among `sets`.
    public static func list(in sets: some Sequence<StrengthSet>) -> [UnknownExercise] {
        list(from: tally(sets))
    }

    /// The list people read: most sets first, then by name.
    public static func list(from setsByName: [String: Int]) -> [UnknownExercise] {
        setsByName.map { UnknownExercise(name: $0.key, sets: $0.value) }.sorted {
            ($1.sets, $0.name) < ($0.sets, $1.name)
        }
    }
}
