import HipBalanceCore

/// The muscle a set target or an exercise is for.
public enum TargetMuscle: String, Sendable, Hashable, Codable {
    case glutes
    case core
}
