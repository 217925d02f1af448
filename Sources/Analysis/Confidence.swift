import HipBalanceCore

public enum Confidence: String, Sendable, Hashable, Codable, CaseIterable {
    case high
    case medium
    case low
}
