import HipBalanceCore

public struct SetTarget: Sendable, Hashable, Codable {
    /// Credited sets logged in the last 7 days (what the athlete did last week).
    public var current: Double
    /// Sets to do next week (capped progression, never below `current` while below target).
    public var next: Int
    /// Where progression is heading.
    public var target: Int
    /// Credited effective sets a week, chronic (28-day) average: what the risk factor reads.
    public var chronic: Double

    public init(current: Double, next: Int, target: Int, chronic: Double = 0) {
        self.current = current
        self.next = next
        self.target = target
        self.chronic = chronic
    }
}
