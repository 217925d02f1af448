/// An exercise name that resolved to no catalogue exercise, and how many sets carried it.
public struct UnknownExercise: Sendable, Hashable, Codable {
    public var name: String
    public var sets: Int

    public init(name: String, sets: Int) {
        self.name = name
        self.sets = sets
    }

    /// The list people read: most sets first, then by name.
    public static func list(from setsByName: [String: Int]) -> [UnknownExercise] {
        setsByName.map { UnknownExercise(name: $0.key, sets: $0.value) }.sorted {
            ($1.sets, $0.name) < ($0.sets, $1.name)
        }
    }
}
