/// Heart-rate samples from `hr` messages (msg 132), which HR straps store during swims and the
/// watch appends as chained FIT segments after the activity. Kept compact and capped, so they can
/// be merged into the records in a second pass.
struct FitHeartRateSamples: Sendable {
    static var limit: Int { 1_000_000 }

    private(set) var times: [Double] = []
    private(set) var beatsPerMinute: [UInt8] = []
    private(set) var dropped = 0
    /// UTC (s since 1970) minus the strap's event time, from the first `hr` message carrying both.
    private var anchor: Double?
    /// The last event timestamp in 1/1024 s, to unpack 12-bit deltas.
    private var lastEvent: UInt32?

    var isEmpty: Bool { times.isEmpty }

    /// Reads one `hr` message: `timestamp` (253) + `event_timestamp` (9) anchor the strap's clock,
    /// `event_timestamp` (array, 1/1024 s) or `event_timestamp_12` (10, packed 12-bit deltas) time
    /// the beats, `filtered_bpm` (6) gives the rates.
    mutating func add(_ message: FitMessage, utc: Double?) {
        var events: [UInt32] = []
        let absolute = message.count(9)
        if absolute > 0 {
            for i in 0..<absolute {
                if let v = message.integer(9, index: i) { events.append(UInt32(truncatingIfNeeded: v)) }
            }
        } else if let packed = message.rawBytes(10), let last = lastEvent {
            var previous = last
            let count = packed.count * 2 / 3
            for i in 0..<count {
                let j = 3 * (i / 2)
                let value: UInt32 =
                    i % 2 == 0
                    ? UInt32(packed[j]) | UInt32(packed[j + 1] & 0x0F) << 8
                    : UInt32(packed[j + 1] >> 4) | UInt32(packed[j + 2]) << 4
                previous = previous &+ ((value &- previous) & 0xFFF)
                events.append(previous)
            }
        }
        if let first = events.first, anchor == nil, let utc {
            // `timestamp` + `fractional_timestamp` (0, 1/32768 s) is the time of the first event.
            anchor = utc + (message.value(0, scale: 32768) ?? 0) - Double(first) / 1024
        }
        if let last = events.last { lastEvent = last }
        guard let anchor else { return }
        for (i, event) in events.enumerated() {
            guard let bpm = message.integer(6, index: i) else { continue }
            guard times.count < Self.limit else {
                dropped += 1
                continue
            }
            times.append(anchor + Double(event) / 1024)
            beatsPerMinute.append(UInt8(clamping: bpm))
        }
    }

    /// Sorts the samples by time (straps write them in order; this guards against odd files).
    mutating func finish() {
        guard !zip(times, times.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            let order = times.indices.sorted { times[$0] < times[$1] }
            times = order.map { times[$0] }
            beatsPerMinute = order.map { beatsPerMinute[$0] }
            return
        }
    }
}
