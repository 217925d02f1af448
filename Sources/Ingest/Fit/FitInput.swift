import HipBalanceCore

/// Buffered reading of FIT bytes from a `ByteSource`, tracking the absolute byte offset and the
/// running CRC of everything consumed since the last `resetChecksum()`.
///
/// The buffer has a fixed size larger than the largest record the format can describe (255
/// fields and 255 developer fields of 255 bytes each), so memory stays constant however long
/// the file is.
struct FitInput<Source: ByteSource> {
    static var capacity: Int { 256 * 1024 }

    private var source: Source
    private let buffer: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var sourceEnded = false
    /// Absolute offset (from the start of the FIT bytes) of the next unconsumed byte.
    private(set) var offset = 0
    /// CRC-16 of the consumed bytes before `crcFrom` (since the last reset). The bytes from
    /// `crcFrom` to `start` are added in bulk, when the buffer moves or the checksum is asked for,
    /// not on every small read.
    private var crc: UInt16 = 0
    private var crcFrom = 0

    init(_ source: Source) {
        self.source = source
        buffer = .allocate(byteCount: Self.capacity, alignment: 16)
    }

    /// Frees the buffer; the input must not be used afterwards.
    func release() { buffer.deallocate() }

    mutating func resetChecksum() {
        crc = 0
        crcFrom = start
    }

    /// CRC-16 of the bytes consumed since the last reset.
    var checksum: UInt16 {
        mutating get {
            updateChecksum()
            return crc
        }
    }

    private mutating func updateChecksum() {
        if start > crcFrom {
            crc = FitCRC.update(crc, UnsafeRawBufferPointer(rebasing: buffer[crcFrom..<start]))
        }
        crcFrom = start
    }

    /// Bytes buffered and not yet consumed.
    var buffered: Int { end - start }

    /// Makes at least `count` bytes available when the source has them; false when it ends first.
    mutating func ensure(_ count: Int) throws(IngestError) -> Bool {
        precondition(count <= Self.capacity)
        if end - start >= count { return true }
        updateChecksum()
        if start > 0 {
            let remaining = end - start
            if remaining > 0, let base = buffer.baseAddress {
                base.copyMemory(from: base + start, byteCount: remaining)
            }
            start = 0
            crcFrom = 0
            end = remaining
        }
        while end - start < count, !sourceEnded {
            let n = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
            if n == 0 { sourceEnded = true } else { end += n }
        }
        return end - start >= count
    }

    /// True when nothing is left to read.
    mutating func atEnd() throws(IngestError) -> Bool { try !ensure(1) }

    /// The next `count` bytes, consumed (checksummed); nil when the source ends first, in which case
    /// the bytes that were there are consumed too.
    mutating func take(_ count: Int) throws(IngestError) -> UnsafeRawBufferPointer? {
        guard try ensure(count) else {
            consume(end - start)
            return nil
        }
        let bytes = UnsafeRawBufferPointer(rebasing: buffer[start..<start + count])
        consume(count)
        return bytes
    }

    /// Looks at the next `count` bytes without consuming them; nil when fewer are left.
    mutating func peek(_ count: Int) throws(IngestError) -> UnsafeRawBufferPointer? {
        guard try ensure(count) else { return nil }
        return UnsafeRawBufferPointer(rebasing: buffer[start..<start + count])
    }

    /// Skips up to `count` bytes (checksummed); returns how many there were.
    mutating func skip(_ count: Int) throws(IngestError) -> Int {
        var left = count
        while left > 0 {
            if start == end, try !ensure(1) { break }
            let n = min(left, end - start)
            consume(n)
            left -= n
        }
        return count - left
    }

    @inline(__always)
    private mutating func consume(_ count: Int) {
        start += count
        offset += count
    }
}
