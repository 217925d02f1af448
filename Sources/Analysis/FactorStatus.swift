import HipBalanceCore

/// Whether a risk factor was scored or could not be assessed from the data.
public enum FactorStatus: String, Sendable, Hashable, Codable {
    case scored
    case notAssessed = "not-assessed"
}
