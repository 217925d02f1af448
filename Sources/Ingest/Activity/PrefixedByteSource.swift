import Foundation
import HipBalanceCore

/// Bytes that were read ahead (to look at the magic number) followed by the rest of a source.
struct PrefixedByteSource<Rest: ByteSource>: ByteSource {
    private var prefix: DataByteSource
    private var rest: Rest

    init(prefix: Data, rest: Rest) {
        self.prefix = DataByteSource(prefix)
        self.rest = rest
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        let n = prefix.read(into: buffer)
        return n > 0 ? n : try rest.read(into: buffer)
    }
}
