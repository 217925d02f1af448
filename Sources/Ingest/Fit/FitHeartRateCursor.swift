/// Walks sorted heart-rate samples alongside records in time order.
struct FitHeartRateCursor {
    /// Samples further than this from a record are not used for it.
    static var toleranceSeconds: Double { 5 }

    private let samples: FitHeartRateSamples
    private var index = 0

    init(_ samples: FitHeartRateSamples) { self.samples = samples }

    /// The sample nearest `time` within the tolerance.
    mutating func heartRate(at time: Double) -> Double? {
        let times = samples.times
        guard !times.isEmpty, time.isFinite else { return nil }
        if index > 0, times[index - 1] > time {
            // Records went back in time: search again from the start.
            index = 0
        }
        while index < times.count, times[index] < time { index += 1 }
        var best: Int?
        var distance = Double.infinity
        for candidate in [index - 1, index] where candidate >= 0 && candidate < times.count {
            let d = abs(times[candidate] - time)
            if d < distance {
                distance = d
                best = candidate
            }
        }
        guard let best, distance <= Self.toleranceSeconds else { return nil }
        return Double(samples.beatsPerMinute[best])
    }
}
