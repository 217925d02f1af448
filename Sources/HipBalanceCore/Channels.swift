import Foundation

/// Which sensor channels an activity's points carried at least once.
public struct Channels: Sendable, Hashable, Codable {
    public var time = false
    public var position = false
    public var elevation = false
    public var distance = false
    public var heartRate = false
    public var cadence = false
    public var power = false
    public var temperature = false
    public var speed = false

    public init() {}
}
