import CGzip
import Foundation
import HipBalanceCore

/// The two bytes every gzip stream starts with.
let gzipMagic: (UInt8, UInt8) = (0x1F, 0x8B)

/// Decompresses a gzip stream (several members in a row are read as one) with zlib, within
/// `GzipLimits` (a gzip bomb stops with an error, after at most a MiB beyond the ratio).
final class GunzipByteSource<Compressed: ByteSource>: ByteSource {
    private var upstream: Compressed
    private let source: String
    /// Compressed bytes taken from upstream, and bytes produced.
    private var compressedBytes: UInt64 = 0
    private var producedBytes: UInt64 = 0
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutableRawBufferPointer
    private var atMemberEnd = false
    private var finished = false
    /// Set when the compressed data ended early or was corrupt; the bytes before it were delivered.
    private(set) var damage: String?

    init(_ upstream: Compressed, source: String, chunkSize: Int) {
        self.upstream = upstream
        self.source = source
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        input = .allocate(byteCount: chunkSize, alignment: 16)
        // 16 + 15: gzip wrapper, largest window. z_stream must not move after this call.
        let status = inflateInit2_(stream, 16 + 15, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        if status != Z_OK { damage = "cannot start gzip decompression (out of memory?); try again" }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        input.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        guard damage == nil, !finished, let output = buffer.baseAddress else { return 0 }
        stream.pointee.next_out = output.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = uInt(buffer.count)
        decompress: while stream.pointee.avail_out == uInt(buffer.count) {
            if stream.pointee.avail_in == 0, try !refill() {
                if !atMemberEnd { damage = "gzip data ends before the end of the compressed stream" }
                finished = true
                break
            }
            if atMemberEnd {
                // Zero bytes after a member are padding (some tools pad to a block size), not
                // the start of another member: skip them; only other bytes start one.
                while stream.pointee.avail_in > 0, stream.pointee.next_in.pointee == 0 {
                    stream.pointee.next_in += 1
                    stream.pointee.avail_in -= 1
                }
                if stream.pointee.avail_in == 0 { continue }
            }
            atMemberEnd = false
            let status = inflate(stream, Z_NO_FLUSH)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                // Another member may follow (`cat a.gz b.gz`).
                inflateReset(stream)
                atMemberEnd = true
            default:
                damage = "corrupt gzip data: the compressed bytes are damaged; download or export the file again"
                break decompress
            }
        }
        let produced = buffer.count - Int(stream.pointee.avail_out)
        try account(produced)
        return produced
    }

    /// Stops a stream that inflates past `GzipLimits`.
    private func account(_ count: Int) throws(IngestError) {
        producedBytes += UInt64(count)
        let location = SourceLocation(source: source)
        if producedBytes > GzipLimits.maximumSize {
            throw IngestError(
                "the gzip data inflates to more than \(GzipLimits.maximumSize >> 20) MiB, the most read from one file; not read",
                at: location)
        }
        if producedBytes > 1 << 20, producedBytes / max(1, compressedBytes) > GzipLimits.maximumRatio {
            throw IngestError(
                "the gzip data inflates more than \(GzipLimits.maximumRatio) times (a gzip bomb?); not read",
                at: location)
        }
    }

    /// Reads the next compressed chunk; false at the end of the upstream.
    private func refill() throws(IngestError) -> Bool {
        let n = try upstream.read(into: input)
        compressedBytes += UInt64(n)
        guard let start = input.baseAddress else { return false }
        stream.pointee.next_in = start.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = uInt(n)
        return n > 0
    }
}
