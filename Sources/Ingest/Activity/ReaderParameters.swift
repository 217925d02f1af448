/// The fixed choices the reader makes when it turns points into a summary (see `docs/inspect.md`).
enum ReaderParameters {
    /// Length of one `SeriesBlock`.
    static let blockSeconds = 30.0
    /// A heart-rate, cadence or power reading holds from its own sample to the next sample of the
    /// same channel, but never longer than this: a longer silence is a recording gap. The same
    /// bound makes a step without distance (indoors) moving time only when it is at most this long.
    /// Two minutes covers "smart recording" devices, which write a point only when something
    /// changes, without stretching a value over a stop that the file does not mark.
    static let holdSeconds = 120.0
    /// The hold limit inside a running timer (TCX, FIT): the file marks its pauses, so a silence
    /// between two points is the device writing nothing new (smart recording writes a point only
    /// when something changes; gaps of 4–5 minutes occur in the corpus) and keeps its weight.
    static let timerHoldSeconds = 600.0
    /// A channel with fewer samples than this is averaged trapezoidally between its samples.
    static let trapezoidMaximumSamples = 10
    /// A step is moving when the speed over the last `movingWindowSeconds` reaches this (m/s; a
    /// slow walk is about 1 m/s, an easy open-water swim 0.6 m/s).
    static let movingSpeed = 0.5
    /// The window over which a step's speed is judged (the step itself when it is longer).
    static let movingWindowSeconds = 10.0
    /// An activity whose distance over its recorded time stays under this (m/s) is indoors
    /// (trainer, treadmill without distance, pool without lengths, a few metres of GPS drift):
    /// all its recorded time is moving.
    static let stationarySpeed = 0.1
    /// Time constant of the elevation smoothing (s) for the blocks and barometric climb: dense
    /// points are averaged over a few seconds, points a minute apart are followed at once.
    static let elevationTimeConstant = 4.0
    /// Time constant of the smoothing of satellite altitude (s), longer: its jitter is metres
    /// from one second to the next, while its sparse points (one every 10–60 s) pass almost as
    /// they are, so a hill recorded by a few points keeps its height.
    static let gpsElevationTimeConstant = 10.0
    /// Two consecutive elevation steps both at most this long (s) make a dense triple, the ones
    /// whose jitter tells a barometric altimeter from satellite altitude.
    static let denseStepSeconds = 5.0
    /// Fewer dense triples than this say nothing about the altitude source (taken as satellite).
    static let minimumDenseTriples = 10
    /// Mean absolute second difference (m) under which a dense series is barometric: barometric
    /// series in the corpus stay at 0.0–0.34 m (0.2-m steps), satellite altitude at 0.66 m and more.
    static let barometricJitterMeters = 0.5
    /// Hysteresis on the smoothed barometric profile (m), tuned on the corpus FIT session totals
    /// (see `docs/inspect.md`).
    static let barometricHysteresisMeters = 2.5
    /// Hysteresis on the smoothed satellite altitude (m).
    static let gpsHysteresisMeters = 3.0
    /// Normalized power's rolling window, seconds.
    static let normalizedPowerWindow = 30
    /// Ten or more timed points all within this many seconds are placeholder times.
    static let placeholderSpanSeconds = 1.0
    static let placeholderMinimumPoints = 10
    /// A foot-sport cadence whose mean while moving is below this is one-foot steps per minute and
    /// is doubled; above it the device already wrote full steps per minute.
    static let perFootCadenceCeiling = 130.0
    /// An unlabelled activity whose mean moving speed reaches this (m/s, 21.6 km/h) over at least
    /// `inferenceMinimumMovingSeconds` is taken as a ride: only world-class runners hold that pace
    /// for 20 minutes, and nobody walks it.
    static let cyclingInferenceSpeed = 6.0
    static let inferenceMinimumMovingSeconds = 1200.0

    // Physical ranges: a value outside is a placeholder or a sensor error, dropped with a warning.

    /// Heart rate, bpm (`hr 0` is a common placeholder).
    static let heartRateRange = 20.0...250.0
    /// Cadence as written (rpm, or one-foot steps per minute).
    static let cadenceRange = 0.0...300.0
    /// Power, W (track sprinters peak near 2,500 W).
    static let powerRange = 0.0...3000.0
    /// Speed, m/s (360 km/h).
    static let speedRange = 0.0...100.0
    /// Elevation, m (the Dead Sea shore is at −430 m, Everest at 8,849 m).
    static let elevationRange = -500.0...9000.0
    /// Temperature, °C.
    static let temperatureRange = -60.0...70.0
    /// Cumulative distance, m (half the circumference of the Earth).
    static let distanceRange = 0.0...20_000_000.0
    /// One lap's declared time, s (a week).
    static let lapSecondsRange = 0.0...604_800.0
}
