import CGzip
import Foundation
import HipBalanceCore
import Ingest

/// The uncompressed bytes of one zip member, inflated chunk by chunk from the archive's file.
///
/// Stops with a clear error when the member inflates past `ZipLimits` (size or ratio: a zip
/// bomb) or past the size its table of contents claims, and when the CRC-32 or size does not
/// match at the end.
final class ZipMemberSource: ByteSource {
    private let archive: ZipArchive
    private let entry: ZipEntry
    private let source: String
    private let limits: ZipLimits
    private var nextOffset: UInt64
    private let endOffset: UInt64
    private var stream: UnsafeMutablePointer<z_stream>?
    private let inputBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
    private var streamEnded = false
    private var produced: UInt64 = 0
    private var crc: UInt32 = 0
    private var finished = false

    static let chunkSize = 1 << 16

    init(archive: ZipArchive, entry: ZipEntry, dataOffset: UInt64, source: String, limits: ZipLimits) {
        self.archive = archive
        self.entry = entry
        self.source = source
        self.limits = limits
        nextOffset = dataOffset
        endOffset = dataOffset + entry.compressedSize
        if entry.method == 8 {
            let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            stream.initialize(to: z_stream())
            // Negative window bits: raw deflate, as zip stores it.
            if inflateInit2_(stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK {
                self.stream = stream
            } else {
                stream.deallocate()
            }
        }
    }

    deinit {
        inputBuffer.deallocate()
        if let stream {
            inflateEnd(stream)
            stream.deallocate()
        }
    }

    func error(_ message: String) -> IngestError { IngestError(message, at: SourceLocation(source: source)) }

    /// The next `limit` compressed bytes at most (empty at the member's end).
    private func refill(limit: Int = chunkSize) throws(IngestError) -> [UInt8] {
        guard nextOffset < endOffset else { return [] }
        let count = Int(min(UInt64(limit), endOffset - nextOffset))
        let bytes: [UInt8]
        do {
            bytes = try archive.read(at: nextOffset, count: count)
        } catch {
            throw self.error(error.message)
        }
        if bytes.isEmpty { throw error("the zip archive ends inside this member (truncated?)") }
        nextOffset += UInt64(bytes.count)
        return bytes
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        guard !finished, buffer.count > 0, let output = buffer.baseAddress else { return 0 }
        var n = 0
        if entry.method == 0 {
            let bytes = try refill(limit: buffer.count)
            bytes.withUnsafeBytes {
                if let base = $0.baseAddress { output.copyMemory(from: base, byteCount: bytes.count) }
            }
            n = bytes.count
        } else if !streamEnded {
            guard let stream else { throw error("cannot start zip decompression") }
            stream.pointee.next_out = output.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = uInt(buffer.count)
            while stream.pointee.avail_out == uInt(buffer.count) {
                if stream.pointee.avail_in == 0 {
                    let bytes = try refill()
                    if bytes.isEmpty { break }
                    bytes.withUnsafeBufferPointer {
                        if let base = $0.baseAddress { inputBuffer.update(from: base, count: $0.count) }
                    }
                    stream.pointee.next_in = inputBuffer
                    stream.pointee.avail_in = uInt(bytes.count)
                }
                let status = inflate(stream, Z_NO_FLUSH)
                if status == Z_STREAM_END {
                    streamEnded = true
                    break
                }
                guard status == Z_OK || status == Z_BUF_ERROR else {
                    throw error("the zip member is damaged (corrupt deflate data)")
                }
            }
            n = buffer.count - Int(stream.pointee.avail_out)
        }
        try account(UnsafeRawBufferPointer(rebasing: buffer[..<n]))
        if n == 0 { try finish() }
        return n
    }

    /// Counts and checks what was produced: caps first, so a bomb stops early.
    private func account(_ bytes: UnsafeRawBufferPointer) throws(IngestError) {
        produced += UInt64(bytes.count)
        if produced > entry.uncompressedSize {
            throw error(
                "the zip member inflates to more than the \(entry.uncompressedSize) bytes its archive lists (a damaged or hostile zip)"
            )
        }
        if produced > limits.maximumSize {
            throw error(
                "the zip member inflates to more than \(limits.maximumSize >> 20) MiB, the most read from one member")
        }
        if produced > 1 << 20, produced / max(1, entry.compressedSize) > limits.maximumRatio {
            throw error("the zip member inflates more than \(limits.maximumRatio) times (a zip bomb?); not read")
        }
        if let base = bytes.baseAddress, bytes.count > 0 {
            crc = UInt32(crc32(uLong(crc), base.assumingMemoryBound(to: Bytef.self), uInt(bytes.count)))
        }
    }

    private func finish() throws(IngestError) {
        finished = true
        guard produced == entry.uncompressedSize else {
            throw error(
                "the zip member is cut short: \(produced) of \(entry.uncompressedSize) bytes (truncated archive?)")
        }
        guard crc == entry.crc32 else { throw error("the zip member is damaged: its checksum does not match") }
    }

    /// Reads what the reader left unread, so the size and checksum are checked to the end.
    func drain() throws(IngestError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while try read(into: buffer) > 0 {}
    }

    /// The whole member in memory, for small metadata members (a Strava `activities.csv`).
    func readAll(maximumSize: Int) throws(IngestError) -> Data {
        // The size the table of contents lists first: nothing is inflated to refuse a large member.
        if entry.uncompressedSize > UInt64(maximumSize) {
            throw error("is larger than \(maximumSize >> 20) MiB, the most read from such a member")
        }
        var data = Data()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = try read(into: buffer)
            if n == 0 { return data }
            data.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[..<n]))
            if data.count > maximumSize {
                throw error("is larger than \(maximumSize >> 20) MiB, the most read from such a member")
            }
        }
    }
}
