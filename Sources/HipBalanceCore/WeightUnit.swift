import Foundation

public enum WeightUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case kg
    case lb

    /// Kilograms in one unit.
    public var kilograms: Double { self == .kg ? 1 : 0.45359237 }
}
