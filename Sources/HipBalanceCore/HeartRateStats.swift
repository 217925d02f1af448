import Foundation

public struct HeartRateStats: Sendable, Hashable, Codable {
    /// Time-weighted mean, beats per minute.
    public var mean: Double
    public var max: Double
    public init(mean: Double, max: Double) {
        self.mean = mean
        self.max = max
    }
}
