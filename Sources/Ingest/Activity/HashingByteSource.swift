import Foundation
import HipBalanceCore

/// A byte source that hashes every byte it hands on, so the cache key is the hash of exactly
/// the bytes a reader consumed (no second read that could see a different file). A class, so
/// that readers wrapping it in other sources still feed the one digest.
final class HashingByteSource<Upstream: ByteSource>: ByteSource {
    private var upstream: Upstream
    private(set) var digest = ContentDigest()

    init(_ upstream: Upstream) { self.upstream = upstream }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        let n = try upstream.read(into: buffer)
        digest.update(UnsafeRawBufferPointer(rebasing: buffer[..<n]))
        return n
    }

    /// Reads and hashes what the reader left unread, so the digest covers the whole file.
    func drain() throws(IngestError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }
        while try read(into: buffer) > 0 {}
    }
}
