/// The fields of one trackpoint the reader keeps, NaN where the point had no (usable) value.
struct TrackPoint {
    /// Seconds since 1970 (UTC); NaN when absent, unparsable or a sentinel before 1990.
    var time = Double.nan
    var latitude = Double.nan
    var longitude = Double.nan
    var elevation = Double.nan
    /// Cumulative distance from the activity start (TCX `DistanceMeters`).
    var distance = Double.nan
    var heartRate = Double.nan
    /// As written: revolutions per minute, or one-foot steps per minute for running.
    var cadence = Double.nan
    var power = Double.nan
    var temperature = Double.nan
    var speed = Double.nan

    /// True when both coordinates are present and plausible (not the 0,0 placeholder).
    var hasPosition: Bool {
        latitude.isFinite && longitude.isFinite && abs(latitude) <= 90 && abs(longitude) <= 180
            && !(latitude == 0 && longitude == 0)
    }
}
