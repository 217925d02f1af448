import Foundation

public struct PowerStats: Sendable, Hashable, Codable {
    public var mean: Double
    public var max: Double
    /// Normalized power: fourth root of the mean of the 30-s rolling average to the fourth power.
    public var normalized: Double
    public init(mean: Double, max: Double, normalized: Double) {
        self.mean = mean
        self.max = max
        self.normalized = normalized
    }
}
