import Foundation

public struct CadenceStats: Sendable, Hashable, Codable {
    /// Time-weighted mean in full revolutions or steps per minute (per-foot running cadence doubled).
    public var mean: Double
    public init(mean: Double) { self.mean = mean }
}
