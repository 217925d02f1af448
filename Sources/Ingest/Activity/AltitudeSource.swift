/// Where an activity's elevations came from, judged from the series itself.
enum AltitudeSource: String, Sendable, Hashable {
    /// Dense and smooth: a barometric altimeter (steps of a few decimetres, little jitter).
    case barometric
    /// Noisy or sparse: satellite altitude, or a route's map elevations.
    case gps
}
