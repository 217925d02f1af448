/// One number per muscle group: a load, a weight or a dose.
///
/// Encodes as a JSON object with one key per group, in the fixed order of `MuscleGroup`.
public struct MuscleVector: Sendable, Hashable, Codable {
    public var quads: Double
    public var glutes: Double
    public var hamstrings: Double
    public var lowBack: Double
    public var core: Double
    public var hipFlexors: Double
    public var calves: Double

    public init(
        quads: Double = 0, glutes: Double = 0, hamstrings: Double = 0, lowBack: Double = 0,
        core: Double = 0, hipFlexors: Double = 0, calves: Double = 0
    ) {
        self.quads = quads
        self.glutes = glutes
        self.hamstrings = hamstrings
        self.lowBack = lowBack
        self.core = core
        self.hipFlexors = hipFlexors
        self.calves = calves
    }

    public static let zero = MuscleVector()

    public subscript(group: MuscleGroup) -> Double {
        get {
            switch group {
            case .quads: quads
            case .glutes: glutes
            case .hamstrings: hamstrings
            case .lowBack: lowBack
            case .core: core
            case .hipFlexors: hipFlexors
            case .calves: calves
            }
        }
        set {
            switch group {
            case .quads: quads = newValue
            case .glutes: glutes = newValue
            case .hamstrings: hamstrings = newValue
            case .lowBack: lowBack = newValue
            case .core: core = newValue
            case .hipFlexors: hipFlexors = newValue
            case .calves: calves = newValue
            }
        }
    }

    /// The sum over all groups.
    public var total: Double { MuscleGroup.allCases.reduce(0) { $0 + self[$1] } }

    public func map(_ transform: (Double) -> Double) -> MuscleVector {
        var result = MuscleVector()
        for group in MuscleGroup.allCases { result[group] = transform(self[group]) }
        return result
    }

    public static func + (lhs: MuscleVector, rhs: MuscleVector) -> MuscleVector {
        var result = lhs
        for group in MuscleGroup.allCases { result[group] += rhs[group] }
        return result
    }

    public static func += (lhs: inout MuscleVector, rhs: MuscleVector) { lhs = lhs + rhs }

    public static func * (lhs: MuscleVector, factor: Double) -> MuscleVector { lhs.map { $0 * factor } }
}
