/// A time-weighted mean that falls back to the plain mean of its samples when no time weighted them.
///
/// Samples (`addSample`) and weights (`addWeight`) are kept apart: a sensor value is sampled once,
/// at its point, but weighted by every stretch of time it holds over.
struct WeightedMean {
    private var weightedSum = 0.0
    private(set) var weight = 0.0
    private var sum = 0.0
    private(set) var count = 0
    private(set) var maximum = -Double.infinity

    /// One reading of the channel.
    mutating func addSample(_ value: Double) {
        sum += value
        count += 1
        if value > maximum { maximum = value }
    }

    /// `value` held for `w` seconds.
    mutating func addWeight(_ value: Double, _ w: Double) {
        guard w > 0 else { return }
        weightedSum += value * w
        weight += w
    }

    /// The weighted mean, else the plain mean of samples; nil when there is neither.
    var mean: Double? {
        if weight > 0 { return weightedSum / weight }
        return count > 0 ? sum / Double(count) : nil
    }
}
