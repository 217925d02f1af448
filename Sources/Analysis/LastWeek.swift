import HipBalanceCore

/// Adherence for glute and core sets.
public struct LastWeek: Sendable, Hashable, Codable {
    public var gluteSets: Adherence
    public var coreSets: Adherence

    public init(gluteSets: Adherence, coreSets: Adherence) {
        self.gluteSets = gluteSets
        self.coreSets = coreSets
    }
}
