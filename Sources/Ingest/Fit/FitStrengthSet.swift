/// One active `set` message of a watch-recorded strength workout.
struct FitStrengthSet: Sendable, Hashable {
    /// Seconds since 1970; NaN when the set gives no start.
    var start: Double
    var durationSeconds: Double?
    var repetitions: Int?
    /// Kilograms; nil when not entered (the watch writes 0).
    var weightKilograms: Double?
    /// The watch's first candidate category and sub-type; nil when unknown (65534) or absent.
    var category: UInt16?
    var subtype: UInt16?
    /// Order in the file, to keep sets with the same start in file order.
    var index: Int
}
