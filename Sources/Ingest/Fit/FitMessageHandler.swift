/// Receives the data messages of a FIT stream, in file order.
protocol FitMessageHandler {
    /// A FIT segment starts (0 for the first; chained files add more).
    mutating func beginSegment(_ index: Int)
    mutating func handle(_ message: FitMessage)
}
