import CGzip
import Foundation

/// zlib's raw deflate (no zlib or gzip wrapper, as zip stores it), fed chunk by chunk.
final class Deflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private let output: UnsafeMutablePointer<Bytef>
    private static let outputSize = 1 << 16

    init() throws {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // Negative window bits: raw deflate.
        let status = deflateInit2_(
            stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
            Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw ProcessRunnerError("zlib's deflate could not start (status \(status))")
        }
        output = UnsafeMutablePointer<Bytef>.allocate(capacity: Self.outputSize)
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
        output.deallocate()
    }

    /// Compresses `chunk` and appends what zlib produces to `compressed`; `finish` ends the stream.
    func deflate(_ chunk: Data, finish: Bool, into compressed: inout [UInt8]) throws {
        var input = [UInt8](chunk)
        try input.withUnsafeMutableBufferPointer { buffer in
            var offset = 0
            repeat {
                // zlib's lengths are 32-bit: the input goes in slices of at most 1 GiB.
                let length = min(buffer.count - offset, 1 << 30)
                let last = offset + length == buffer.count
                stream.pointee.next_in = buffer.baseAddress.map { $0 + offset }
                stream.pointee.avail_in = uInt(length)
                let flush = finish && last ? Z_FINISH : Z_NO_FLUSH
                var status: Int32
                repeat {
                    stream.pointee.next_out = output
                    stream.pointee.avail_out = uInt(Self.outputSize)
                    status = CGzip.deflate(stream, flush)
                    guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                        throw ProcessRunnerError("zlib's deflate failed (status \(status))")
                    }
                    compressed.append(
                        contentsOf: UnsafeBufferPointer(
                            start: output, count: Self.outputSize - Int(stream.pointee.avail_out)))
                } while stream.pointee.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END)
                offset += length
            } while offset < buffer.count
        }
    }
}
