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
