/// The odometer readings of the recent timed points, so that a step is judged moving on the speed
/// over the last `ReaderParameters.movingWindowSeconds` rather than over one step: devices that
/// update cumulative distance in bursts, and GPS jitter at 1 Hz, make single steps look stopped
/// or moving at random. Fixed capacity, allocation-free after creation.
struct MotionWindow {
    private static let capacity = 32
    private var times = [Double](repeating: 0, count: capacity)
    private var readings = [Double](repeating: 0, count: capacity)
    private var count = 0
    private var newest = -1

    /// Forgets every reading (after a pause, distances before it do not count).
    mutating func reset() {
        count = 0
        newest = -1
    }

    /// Records the odometer `reading` (metres) at `time` and returns the speed (m/s) from the
    /// earliest reading within the window to this one, or from the previous reading when that is
    /// older than the window; NaN when this is the first reading.
    mutating func speed(at time: Double, reading: Double) -> Double {
        let capacity = Self.capacity
        var earliest = -1
        var k = newest
        var seen = 0
        while seen < count {
            if earliest >= 0, times[k] < time - ReaderParameters.movingWindowSeconds { break }
            earliest = k
            k = (k - 1 + capacity) % capacity
            seen += 1
        }
        newest = (newest + 1) % capacity
        times[newest] = time
        readings[newest] = reading
        count = min(count + 1, capacity)
        guard earliest >= 0, time > times[earliest] else { return .nan }
        return (reading - readings[earliest]) / (time - times[earliest])
    }
}
