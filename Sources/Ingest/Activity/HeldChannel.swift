/// One sensor channel (heart rate, cadence or power) weighted by holding each reading from its own
/// sample until the next sample of the same channel, for at most the hold limit
/// (`ReaderParameters.holdSeconds`, or `timerHoldSeconds` inside a running timer).
///
/// A channel recorded on a subset of points (heart rate every 5 s beside 1-s GPS) is therefore
/// weighted by its own spacing, not by the spacing of the points around it. `release()` ends the
/// hold at a pause: nothing is held across a stopped timer or a segment break.
struct HeldChannel {
    /// The reading being held, NaN when none.
    private(set) var held = Double.nan
    private var heldSince = Double.nan
    /// Hold-weighted over the whole activity.
    private(set) var mean = WeightedMean()
    /// Hold-weighted over the non-zero readings only (cadence: coasting and standing excluded).
    private(set) var nonZeroMean = WeightedMean()
    /// Trapezoidal integral between consecutive samples without a pause between them: the mean of
    /// a channel with few samples, where holding the first and dropping the last would be biased.
    private var trapezoidSum = 0.0
    private var trapezoidWeight = 0.0
    private var previous = Double.nan
    private var previousTime = Double.nan

    /// The seconds of the step from `start` to `end` over which the held reading still counts.
    func heldSeconds(from start: Double, to end: Double, limit: Double) -> Double {
        guard held.isFinite, heldSince.isFinite, end > start else { return 0 }
        return max(0, min(end, heldSince + limit) - max(start, heldSince))
    }

    /// Credits the held reading over `seconds` of the activity.
    mutating func credit(_ seconds: Double) {
        mean.addWeight(held, seconds)
        if held > 0 { nonZeroMean.addWeight(held, seconds) }
    }

    /// A new reading at `time` (the clock when the point had no time of its own).
    mutating func sample(_ value: Double, at time: Double) {
        mean.addSample(value)
        if value > 0 { nonZeroMean.addSample(value) }
        if previous.isFinite, time > previousTime, time - previousTime <= ReaderParameters.timerHoldSeconds {
            trapezoidSum += (previous + value) / 2 * (time - previousTime)
            trapezoidWeight += time - previousTime
        }
        held = value
        heldSince = time
        previous = value
        previousTime = time
    }

    /// Nothing is held past this instant.
    mutating func release() {
        held = .nan
        previous = .nan
    }

    /// The channel's mean: trapezoidal for a channel of few samples, else hold-weighted.
    var summaryMean: Double? {
        if mean.count < ReaderParameters.trapezoidMaximumSamples, trapezoidWeight > 0 {
            return trapezoidSum / trapezoidWeight
        }
        return mean.mean
    }
}
