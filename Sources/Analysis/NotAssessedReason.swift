import HipBalanceCore

/// Why the strength factors (glute and core dose) were not assessed.
public enum NotAssessedReason: Sendable, Hashable, Codable {
    /// No strength log, and `strengthTraining` is not set for the athlete.
    case noStrengthLog
    /// This share (0…1) of the logged working sets in the window names exercises the catalogue
    /// does not know, above the limit the model accepts.
    case unknownExercises(share: Double, limit: Double)
}
