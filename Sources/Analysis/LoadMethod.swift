import Foundation
import HipBalanceCore

/// How a session's load was estimated, best first (`docs/model.md` §2).
public enum LoadMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Power TSS from normalised power and FTP.
    case power
    /// rTSS from normalised graded pace and threshold pace.
    case pace
    /// Heart-rate load with a configured LTHR or HRmax.
    case heartRate = "heart-rate"
    /// Heart-rate load with HRmax predicted from age.
    case heartRateAgePredicted = "heart-rate-age-predicted"
    /// Session RPE × duration.
    case sessionRPE = "session-rpe"
    /// Duration only.
    case durationOnly = "duration-only"

    /// The data-quality weight q of this method.
    public func quality(_ parameters: ModelParameters) -> Double {
        switch self {
        case .power: parameters.qPower
        case .pace: parameters.qPace
        case .heartRate: parameters.qHeartRate
        case .heartRateAgePredicted: parameters.qAgePredictedHeartRate
        case .sessionRPE: parameters.qSessionRPE
        case .durationOnly: parameters.qDurationOnly
        }
    }
}
