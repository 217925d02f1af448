import Foundation

/// Which weight unit a log used, as found.
public enum WeightUnitUsage: String, Sendable, Hashable, Codable {
    case kg
    case lb
    case mixed
    case unknown
}
