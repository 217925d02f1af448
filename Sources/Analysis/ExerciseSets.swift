import HipBalanceCore

/// Working sets of one exercise over a period, and the glute and core sets they credit (as the
/// athlete counts them).
public struct ExerciseSets: Sendable, Hashable, Codable {
    public var sets = 0
    public var gluteCredit = 0.0
    public var coreCredit = 0.0

    public init() {}

    mutating func add(sets: Int, glutes: Double, core: Double) {
        self.sets += sets
        gluteCredit += glutes
        coreCredit += core
    }

    mutating func add(_ other: ExerciseSets) {
        add(sets: other.sets, glutes: other.gluteCredit, core: other.coreCredit)
    }
}
