import Foundation
import HipBalanceCore

/// What went into the ledger and what was left out, for data notes.
public struct LedgerCounts: Sendable, Hashable {
    public var activities = 0
    public var activitiesByMethod: [LoadMethod: Int] = [:]
    public var activitiesWithoutStart = 0
    public var activitiesAfterAsOf = 0
    public var runsWithoutElevation = 0
    public var otherSportActivities = 0
    public var strengthSessions = 0
    public var strengthSessionsAfterAsOf = 0
    public var countedSets = 0
    public var setsWithoutEffort = 0
    public var cardioEntries = 0
    public var unknownSets: [String: Int] = [:]
    public var sports: Set<Sport> = []

    public init() {}
}
