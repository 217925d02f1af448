import HipBalanceCore

/// A fact about what was counted, estimated or left out. Reports word it.
public enum DataNote: Sendable, Hashable, Codable {
    /// Activities without a usable start time: not placed on a day, not counted.
    case activitiesWithoutStart(count: Int)
    /// Activities and strength sessions dated after `asOf`: not counted.
    case afterAsOf(activities: Int, strengthSessions: Int, asOf: LocalDate)
    /// The last logged training was this many days before `asOf` (reported from `trainingGapDays` on).
    case lastTrainingLongAgo(days: Int, last: LocalDate)
    /// Nothing that loads a modelled muscle in the last `days` days: loads are decaying old values.
    case nothingRecent(days: Int)
    /// The longest stretch without any logged training inside the confidence window.
    case trainingGap(first: LocalDate, last: LocalDate, days: Int)
    /// How the endurance load of the activities was estimated.
    case loadMethods(activities: Int, methods: [MethodCount])
    /// Runs or walks without elevation, treated as flat.
    case runsWithoutElevation(count: Int)
    /// Activities of sports the model does not know: load, no muscle.
    case otherSportActivities(count: Int)
    /// No strength sessions were logged; what that means depends on `strengthTraining`.
    case noStrengthSessions(StrengthTrainingStatus)
    /// Working sets logged without RPE or RIR and the value each counts as.
    case setsWithoutEffort(count: Int, of: Int, value: Double)
    /// Sets of exercises not in the catalogue (not counted): total, share of all logged working
    /// sets, and the names with most sets (at most five; `more` when others exist).
    case unknownExercises(sets: Int, share: Double, names: [UnknownExercise], more: Bool)
    /// Cardio entries inside strength logs, not counted.
    case cardioEntries(count: Int)
}
