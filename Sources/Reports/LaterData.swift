import Analysis
import HipBalanceCore

/// Activities and strength sessions dated after the day analysed, which the model leaves out
/// (its `afterAsOf` note). The athlete page words what it leaves out with them, so it never says
/// "none logged" of data the athlete did log, only later than the day analysed.
struct LaterData: Hashable {
    var activities: Int
    var strengthSessions: Int
    var asOf: LocalDate

    /// The data after the day analysed, or nil when there is none.
    init?(_ a: BalanceAssessment) {
        for note in a.dataNotes {
            if case .afterAsOf(let activities, let sessions, let asOf) = note, activities + sessions > 0 {
                self.activities = activities
                strengthSessions = sessions
                self.asOf = asOf
                return
            }
        }
        return nil
    }

    /// `3 activities and 2 strength sessions`, leaving out a count of zero.
    var counts: String {
        [
            activities > 0 ? FactText.plural(activities, "activity", "activities") : nil,
            strengthSessions > 0 ? FactText.plural(strengthSessions, "strength session", "strength sessions") : nil,
        ].compactMap { $0 }.joined(separator: " and ")
    }
}
