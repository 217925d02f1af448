import Foundation

/// What one strength-log file held.
public struct StrengthLog: Sendable, Hashable, Codable {
    public var format: StrengthFormat
    public var sessions: [StrengthSession]
    public var weightUnit: WeightUnitUsage
    /// Rows that could not be read (file, row, column, message); the rest of the file still counts.
    public var rowErrors: [IngestError]
    /// Non-fatal problems, each a `.warning` at the file's source name (with a line when one row
    /// is to blame).
    public var warnings: [Diagnostic]

    public init(
        format: StrengthFormat, sessions: [StrengthSession], weightUnit: WeightUnitUsage,
        rowErrors: [IngestError] = [], warnings: [Diagnostic] = []
    ) {
        self.format = format
        self.sessions = sessions
        self.weightUnit = weightUnit
        self.rowErrors = rowErrors
        self.warnings = warnings
    }
}
