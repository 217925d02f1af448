import HipBalanceCore

/// How many activities one load method estimated.
public struct MethodCount: Sendable, Hashable, Codable {
    public var method: LoadMethod
    public var activities: Int

    public init(method: LoadMethod, activities: Int) {
        self.method = method
        self.activities = activities
    }
}
