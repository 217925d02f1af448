import Foundation
import HipBalanceCore

/// What a Strava `activities.csv` row adds to its activity file.
public struct StravaActivityInfo: Sendable, Hashable, Codable {
    /// Strava's `Activity Type` (`Run`, `Ride`, `Weight Training`, …).
    public var activityType: String?
    /// `Perceived Exertion` (1–10), when the athlete gave one.
    public var perceivedExertion: Double?

    /// The sport for Strava's activity type (`Trail Run`, `E-Bike Ride`, `Velomobile`, …) by the
    /// one sport table every reader uses; nil for types the model has no sport for.
    public var sport: Sport? {
        guard let activityType else { return nil }
        let sport = SportMapping.sport(forLabel: activityType)
        return sport == .other ? nil : sport
    }

    /// The activity with what the row adds: the sport when the file had none, and the RPE.
    public func applied(to activity: Activity) -> Activity {
        var result = activity
        if result.summary.sport == .other, let sport { result.summary.sport = sport }
        if result.summary.sportLabel == nil { result.summary.sportLabel = activityType }
        if result.perceivedExertion == nil { result.perceivedExertion = perceivedExertion }
        return result
    }
}
