/// Streams the elevations of one activity into its smoothed profile (for the 30-s blocks and so
/// the model's grades) and its climb and descent, in constant memory.
///
/// Every elevation feeds, at once:
/// - a smoothing in time (`smoothed`): an exponential average with time constant
///   `ReaderParameters.elevationTimeConstant`, so dense points are smoothed and sparse points are
///   followed at once (a per-point average flattens a hill that has one point a minute);
/// - the plain sums of positive and negative steps, the ceiling of every total;
/// - the jitter statistic: the mean absolute second difference over triples of points at most
///   `ReaderParameters.denseStepSeconds` apart;
/// - a second, slower smoothing for satellite altitude (`ReaderParameters.gpsElevationTimeConstant`);
/// - one hysteresis count over each smoothed profile.
///
/// `totals` picks the count by the jitter seen over the whole activity (see `source`).
struct ElevationProfile {
    /// The latest smoothed elevation; NaN before the first.
    private(set) var smoothed = Double.nan
    private(set) var rawAscent = 0.0
    private(set) var rawDescent = 0.0
    private(set) var samples = 0

    private var previous = Double.nan
    private var previousTime = Double.nan
    /// The step before the latest one: its change and whether it was dense.
    private var previousChange = Double.nan
    private var previousStepDense = false
    private var triples = 0
    private var denseTriples = 0
    private var curvatureSum = 0.0

    private var barometric = Hysteresis(threshold: ReaderParameters.barometricHysteresisMeters)
    private var satellite = Hysteresis(threshold: ReaderParameters.gpsHysteresisMeters)
    private var satelliteSmoothed = Double.nan

    init() {}

    /// Adds one elevation (m) at `time` (seconds since 1970; NaN when the point has no time, which
    /// then counts as far from its neighbours).
    mutating func add(_ elevation: Double, at time: Double) {
        samples += 1
        defer {
            previous = elevation
            if time.isFinite { previousTime = time }
        }
        guard previous.isFinite else {
            smoothed = elevation
            satelliteSmoothed = elevation
            addToCounts()
            return
        }
        let step = time.isFinite && previousTime.isFinite ? time - previousTime : .infinity
        smoothed += Self.weight(step, ReaderParameters.elevationTimeConstant) * (elevation - smoothed)
        satelliteSmoothed +=
            Self.weight(step, ReaderParameters.gpsElevationTimeConstant) * (elevation - satelliteSmoothed)

        let change = elevation - previous
        if change > 0 { rawAscent += change } else { rawDescent -= change }
        let dense = step > 0 && step <= ReaderParameters.denseStepSeconds
        if previousChange.isFinite {
            triples += 1
            if dense && previousStepDense {
                denseTriples += 1
                curvatureSum += abs(change - previousChange)
            }
        }
        previousChange = change
        previousStepDense = dense
        addToCounts()
    }

    /// The weight of a new value after `step` seconds in an average with time constant `tau`:
    /// dt / (τ + dt), the first-order response without an exponential; 1 when the step is unknown.
    private static func weight(_ step: Double, _ tau: Double) -> Double {
        guard step.isFinite else { return 1 }
        let dt = max(0, step)
        return dt / (tau + dt)
    }

    private mutating func addToCounts() {
        barometric.add(smoothed)
        satellite.add(satelliteSmoothed)
    }

    /// Mean absolute second difference over dense triples (m); nil with fewer than
    /// `ReaderParameters.minimumDenseTriples` of them.
    var jitter: Double? {
        denseTriples >= ReaderParameters.minimumDenseTriples ? curvatureSum / Double(denseTriples) : nil
    }

    /// Barometric when most triples are dense and their jitter is small; otherwise satellite
    /// altitude (or a route's map elevations), whose sparse points must not be smoothed away.
    var source: AltitudeSource {
        guard let jitter, 2 * denseTriples >= triples else { return .gps }
        return jitter < ReaderParameters.barometricJitterMeters ? .barometric : .gps
    }

    /// Climb and descent (m) by the count that suits `source`, never above the plain sums.
    var totals: (ascent: Double, descent: Double) {
        let count = source == .barometric ? barometric : satellite
        return (min(count.totalAscent, rawAscent), min(count.totalDescent, rawDescent))
    }
}
