import HipBalanceCore

/// What reading one input gave: its content, or why it was rejected.
public enum ParsedInput: Sendable, Hashable, Codable {
    case activities(ActivityFile)
    case strength(StrengthLog)
    case rejected(IngestError)
}
