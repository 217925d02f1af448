import HipBalanceCore

/// The blocks the model reads from an activity, and helpers over them.
public enum ActivityBlocks {
    /// The activity's series blocks, or one block built from its summary when it has none.
    public static func of(_ activity: Activity) -> [SeriesBlock] {
        if !activity.blocks.isEmpty { return activity.blocks }
        let summary = activity.summary
        let moving = summary.movingSeconds > 0 ? summary.movingSeconds : summary.elapsedSeconds
        return [
            SeriesBlock(
                offsetSeconds: 0, durationSeconds: max(summary.elapsedSeconds, moving), movingSeconds: moving,
                distanceMeters: summary.distanceMeters, elevationChangeMeters: nil,
                heartRate: summary.heartRate?.mean, power: summary.power?.mean, cadence: summary.cadence?.mean)
        ]
    }

    /// Recorded seconds over `blocks`.
    public static func durationSeconds(_ blocks: [SeriesBlock]) -> Double {
        blocks.reduce(0) { $0 + $1.durationSeconds }
    }

    /// The seconds of each block that count for a duration-based load: moving time, or recorded
    /// time for a stationary session (trainer, treadmill without speed, pool) whose moving time is
    /// under `stationaryMovingFraction` of its recorded time.
    public static func activeSeconds(_ blocks: [SeriesBlock], _ p: ModelParameters) -> [Double] {
        let moving = blocks.reduce(0) { $0 + $1.movingSeconds }
        let stationary = moving < p.stationaryMovingFraction * durationSeconds(blocks)
        return blocks.map { stationary ? $0.durationSeconds : $0.movingSeconds }
    }

    /// True when any block carries elevation.
    public static func hasElevation(_ blocks: [SeriesBlock]) -> Bool {
        blocks.contains { $0.elevationChangeMeters != nil }
    }

    /// Grade of each block over a centred window of `gradeWindowBlocks`; 0 without elevation or distance.
    public static func grades(_ blocks: [SeriesBlock], _ p: ModelParameters) -> [Double] {
        let half = p.gradeWindowBlocks / 2
        return blocks.indices.map { index in
            var rise = 0.0
            var run = 0.0
            for neighbour in max(0, index - half)...min(blocks.count - 1, index + half) {
                guard let change = blocks[neighbour].elevationChangeMeters else { continue }
                rise += change
                run += blocks[neighbour].distanceMeters
            }
            return run >= p.minimumGradeDistanceMeters ? rise / run : 0
        }
    }
}
