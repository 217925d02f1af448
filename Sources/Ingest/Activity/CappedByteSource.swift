import HipBalanceCore

/// A source that stops with an error once more than `limit` bytes came through it.
struct CappedByteSource<Upstream: ByteSource>: ByteSource {
    private var upstream: Upstream
    private let limit: Int
    private let error: () -> IngestError
    private var count = 0

    init(_ upstream: Upstream, limit: Int, error: @escaping () -> IngestError) {
        self.upstream = upstream
        self.limit = limit
        self.error = error
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        let n = try upstream.read(into: buffer)
        count += n
        if count > limit { throw error() }
        return n
    }
}
