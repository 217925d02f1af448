/// What a first pass over a FIT file learned that the records need (sessions written after their
/// records, heart rate appended in chained segments, a device-time correlation written late).
struct FitPlan: Sendable {
    var sessions: [FitSession]
    var heartRate: FitHeartRateSamples
    var systemTimeOffset: Double?
}
