/// A `session` message: the device's own totals for one sport of the activity.
struct FitSession: Sendable, Hashable {
    /// Seconds since 1970; NaN when the session gives no usable time.
    var start = Double.nan
    var end = Double.nan
    var sport: Int64?
    var subSport: Int64?
    var elapsedSeconds: Double?
    var timerSeconds: Double?
    var distanceMeters: Double?
    var averageHeartRate: Double?
    var maximumHeartRate: Double?
    var averagePower: Double?
    var maximumPower: Double?
    var normalizedPower: Double?
    var averageCadence: Double?
    var ascentMeters: Double?
    var descentMeters: Double?

    /// Transitions of a multisport file are not training load.
    var isTransition: Bool { sport == 3 }

    /// Whether the session is strength training (`training` / `strength_training`).
    var isStrength: Bool { subSport == 20 || (sport == 10 && subSport == nil) }

    /// Whether `time` lies inside the session (one second of slack at each end for rounding).
    func contains(_ time: Double) -> Bool {
        start.isFinite && end.isFinite && time >= start - 1 && time <= end + 1
    }
}
