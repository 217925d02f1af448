import Foundation

/// The totals TCX laps declare, the only data of an activity recorded without trackpoints (a
/// manual or treadmill entry).
struct LapTotals {
    private(set) var start = Double.nan
    private(set) var seconds = 0.0
    private(set) var distance = 0.0
    private var lapSeconds = 0.0
    private(set) var heartRate = WeightedMean()
    private(set) var heartRateMaximum: Double?

    /// A lap starts at this instant (seconds since 1970), when it carries one.
    mutating func startLap(at instant: Double?) {
        lapSeconds = 0
        if let instant, start.isNaN || instant < start { start = instant }
    }

    mutating func addSeconds(_ value: Double) {
        guard value > 0, ReaderParameters.lapSecondsRange.contains(value) else { return }
        lapSeconds = value
        seconds += value
    }

    mutating func addDistance(_ value: Double) {
        if value > 0, ReaderParameters.distanceRange.contains(value) { distance += value }
    }

    mutating func addMeanHeartRate(_ value: Double) {
        guard ReaderParameters.heartRateRange.contains(value) else { return }
        heartRate.addSample(value)
        heartRate.addWeight(value, lapSeconds)
    }

    mutating func addMaximumHeartRate(_ value: Double) {
        if ReaderParameters.heartRateRange.contains(value) { heartRateMaximum = max(heartRateMaximum ?? 0, value) }
    }
}
