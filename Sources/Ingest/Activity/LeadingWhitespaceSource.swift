import HipBalanceCore

/// Drops whitespace before the first other byte. Strava's own GPX and TCX exports start with
/// about ten spaces before `<?xml`, which libxml2 rightly rejects as an XML declaration not at
/// the start (GoldenCheetah issue 3149 and others; see docs/fit.md on Strava bulk exports).
struct LeadingWhitespaceSource<Upstream: ByteSource>: ByteSource {
    private var upstream: Upstream
    private var started = false
    /// How many bytes were dropped.
    private(set) var skipped = 0

    init(_ upstream: Upstream) { self.upstream = upstream }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        while true {
            let n = try upstream.read(into: buffer)
            if started || n == 0 { return n }
            var first = 0
            while first < n, [0x20, 0x09, 0x0A, 0x0D].contains(buffer[first]) { first += 1 }
            skipped += first
            guard first < n else { continue }
            started = true
            if first > 0, let base = buffer.baseAddress {
                base.copyMemory(from: base + first, byteCount: n - first)
            }
            return n - first
        }
    }
}
