import Foundation

/// Whether an athlete's strength work is in the logs, as the coach states it in `team.yaml`.
public enum StrengthTraining: String, Sendable, Hashable, Codable, CaseIterable {
    /// The athlete does no strength training: an empty strength log means none was done.
    case none
    /// The athlete logs strength training: what is logged is all there is.
    case logged
}
