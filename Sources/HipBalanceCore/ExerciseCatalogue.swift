/// The exercises known to a run: the shipped catalogue plus a team's additions, by id.
public struct ExerciseCatalogue: Sendable, Hashable {
    public private(set) var exercises: [Exercise]
    private var indexByID: [String: Int]

    public init(_ exercises: [Exercise]) {
        self.exercises = []
        self.indexByID = [:]
        for exercise in exercises { upsert(exercise) }
    }

    /// Adds an exercise, replacing any with the same id.
    public mutating func upsert(_ exercise: Exercise) {
        if let index = indexByID[exercise.id] {
            exercises[index] = exercise
        } else {
            indexByID[exercise.id] = exercises.count
            exercises.append(exercise)
        }
    }

    public subscript(id: String) -> Exercise? { indexByID[id].map { exercises[$0] } }
}
