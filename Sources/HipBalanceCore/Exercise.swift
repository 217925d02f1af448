/// How an exercise moves, coarsely; used to pick corrective exercises and to explain loads.
public enum MovementPattern: String, Sendable, Hashable, Codable, CaseIterable {
    case squat
    case hinge
    case lunge
    case hipExtension
    case hipAbduction
    case kneeExtension
    case kneeFlexion
    case calfRaise
    case antiExtension
    case antiRotation
    case lateralFlexion
    case trunkFlexion
    case trunkExtension
    case carry
    case stretch
    case mobility
    case upperPush
    case upperPull
    case upperIsolation
    case cardio
    case olympic
    case other
}

/// One catalogue exercise: how much it trains each muscle group (1.0 primary, 0.5 secondary,
/// 0.25 stabiliser) or, for a stretch, which muscle it lengthens.
public struct Exercise: Sendable, Hashable, Codable, Identifiable {
    /// Stable identifier, lower-case with hyphens (`hip-thrust-barbell`).
    public var id: String
    /// Display name, in the common app spelling (`Hip Thrust (Barbell)`).
    public var name: String
    public var aliases: [String]
    public var pattern: MovementPattern
    /// Muscle weights; groups not listed are 0. Empty for upper-body and cardio exercises.
    public var muscles: [MuscleGroup: Double]
    /// For stretches and mobility drills: the muscle groups they lengthen.
    public var lengthens: [MuscleGroup]
    /// True when a set is a timed hold rather than repetitions (planks, stretches).
    public var timed: Bool
    /// True for a unilateral exercise (one side per set).
    public var unilateral: Bool

    public init(
        id: String, name: String, aliases: [String] = [], pattern: MovementPattern,
        muscles: [MuscleGroup: Double] = [:], lengthens: [MuscleGroup] = [], timed: Bool = false,
        unilateral: Bool = false
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.pattern = pattern
        self.muscles = muscles
        self.lengthens = lengthens
        self.timed = timed
        self.unilateral = unilateral
    }

    /// The weights as a vector.
    public var weights: MuscleVector {
        var vector = MuscleVector()
        for (group, weight) in muscles { vector[group] = weight }
        return vector
    }

    /// The group with the highest weight (ties broken by `MuscleGroup` order); nil when none.
    public var primaryMuscle: MuscleGroup? {
        MuscleGroup.allCases.filter { (muscles[$0] ?? 0) > 0 }.max { (muscles[$0] ?? 0) < (muscles[$1] ?? 0) }
    }

    public var isStretch: Bool { !lengthens.isEmpty }
}

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
