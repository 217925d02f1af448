import HipBalanceCore

/// Whether strength training is known: logged in the data, stated as none, or unknown.
public enum StrengthTrainingStatus: String, Sendable, Hashable, Codable {
    case logged
    case none
    case unknown
}
