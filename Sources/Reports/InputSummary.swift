import Analysis
import HipBalanceCore

/// What went into one athlete's assessment.
public struct InputSummary: Sendable, Hashable, Codable {
    public var activities: Int
    public var strengthSets: Int
    public var strengthSessions: Int
    public var duplicatesDropped: Int
    /// Inputs that could not be read (errors with the team-relative path, line and column).
    public var rejectedFiles: [Diagnostic]
    /// Files that were not activity or strength data (listed, never silently ignored).
    public var unknownFiles: [String]
    public var unknownExercises: [UnknownExercise]
    /// Warnings and notes from the readers and the assembly of the log (`weights assumed in kg`,
    /// …), each at its team-relative path when it concerns one file.
    public var warnings: [Diagnostic]
    /// Date of the most recent activity or strength session, if any.
    public var lastActivity: LocalDate?
    /// Date of the oldest activity or strength session, if any (for the run-level `--as-of`
    /// warning; not in `report.json`).
    public var firstActivity: LocalDate?

    public init(
        activities: Int = 0, strengthSets: Int = 0, strengthSessions: Int = 0, duplicatesDropped: Int = 0,
        rejectedFiles: [Diagnostic] = [], unknownFiles: [String] = [], unknownExercises: [UnknownExercise] = [],
        warnings: [Diagnostic] = [], lastActivity: LocalDate? = nil, firstActivity: LocalDate? = nil
    ) {
        self.activities = activities
        self.strengthSets = strengthSets
        self.strengthSessions = strengthSessions
        self.duplicatesDropped = duplicatesDropped
        self.rejectedFiles = rejectedFiles
        self.unknownFiles = unknownFiles
        self.unknownExercises = unknownExercises
        self.warnings = warnings
        self.lastActivity = lastActivity
        self.firstActivity = firstActivity
    }
}
