import HipBalanceCore

/// A byte stream of any kind, for sources chosen at run time (plain or gzip, data or file).
struct AnyByteSource: ByteSource {
    private var base: any ByteSource

    init(_ base: some ByteSource) { self.base = base }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        try base.read(into: buffer)
    }
}
