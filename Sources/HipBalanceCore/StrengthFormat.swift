public enum StrengthFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case strong
    case hevy
    case fitnotes
    case fitbod
    case jefit
    case generic
    /// Garmin Connect export `summarizedActivities.json`: per-exercise totals of strength activities.
    case garmin
    /// Sets a Garmin watch recorded in a FIT activity file (`set` messages).
    case fit
}
