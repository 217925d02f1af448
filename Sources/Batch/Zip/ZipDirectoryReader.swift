import Foundation

/// Reads central-directory records one after another, through a small buffer.
struct ZipDirectoryReader {
    let archive: ZipArchive
    var offset: UInt64
    let end: UInt64
    private var buffer: [UInt8] = []
    private var bufferStart: UInt64 = 0

    init(archive: ZipArchive, offset: UInt64, end: UInt64) {
        self.archive = archive
        self.offset = offset
        self.end = end
    }

    /// `count` bytes at the current offset, advancing past them.
    mutating func take(_ count: Int) throws(ZipError) -> [UInt8] {
        guard offset + UInt64(count) <= end else { throw ZipError("is damaged: its table of contents is cut short") }
        if offset < bufferStart || offset + UInt64(count) > bufferStart + UInt64(buffer.count) {
            bufferStart = offset
            buffer = try archive.read(at: offset, count: Int(min(end - offset, UInt64(max(count, 1 << 16)))))
            guard buffer.count >= count else { throw ZipError("is damaged: its table of contents is cut short") }
        }
        let start = Int(offset - bufferStart)
        offset += UInt64(count)
        return Array(buffer[start..<start + count])
    }

    /// The next record, or nil at the end of the directory.
    mutating func next() throws(ZipError) -> ZipEntry? {
        guard offset < end else { return nil }
        let fixed = try take(46)
        guard ZipBytes.uint32(fixed, 0) == 0x0201_4B50 else {
            throw ZipError("is damaged: a table-of-contents record is broken")
        }
        let nameLength = Int(ZipBytes.uint16(fixed, 28))
        let extraLength = Int(ZipBytes.uint16(fixed, 30))
        let commentLength = Int(ZipBytes.uint16(fixed, 32))
        let name = try take(nameLength)
        let extra = try take(extraLength)
        _ = try take(commentLength)
        var compressed = UInt64(ZipBytes.uint32(fixed, 20))
        var uncompressed = UInt64(ZipBytes.uint32(fixed, 24))
        var localOffset = UInt64(ZipBytes.uint32(fixed, 42))
        // ZIP64 extra field (id 1): the 8-byte values of the fields that hold 0xFFFFFFFF, in order.
        var position = 0
        while position + 4 <= extra.count {
            let id = ZipBytes.uint16(extra, position)
            let length = Int(ZipBytes.uint16(extra, position + 2))
            let body = position + 4
            if id == 1 {
                var field = body
                for keyPath in [\ZipFields.uncompressed, \ZipFields.compressed, \ZipFields.offset] {
                    var fields = ZipFields(uncompressed: uncompressed, compressed: compressed, offset: localOffset)
                    guard fields[keyPath: keyPath] == 0xFFFF_FFFF, field + 8 <= min(extra.count, body + length) else {
                        continue
                    }
                    fields[keyPath: keyPath] = ZipBytes.uint64(extra, field)
                    (uncompressed, compressed, localOffset) = (fields.uncompressed, fields.compressed, fields.offset)
                    field += 8
                }
            }
            position = body + length
        }
        let madeBy = ZipBytes.uint16(fixed, 4) >> 8
        let unixMode = ZipBytes.uint32(fixed, 38) >> 16
        return ZipEntry(
            path: String(decoding: name, as: UTF8.self), method: ZipBytes.uint16(fixed, 10),
            flags: ZipBytes.uint16(fixed, 8),
            crc32: ZipBytes.uint32(fixed, 16), compressedSize: compressed, uncompressedSize: uncompressed,
            localHeaderOffset: localOffset, isSymbolicLink: madeBy == 3 && unixMode & 0o170000 == 0o120000,
            uniqueName: String(decoding: name, as: UTF8.self))
    }
}

/// The three ZIP64-extensible fields of a record.
private struct ZipFields {
    var uncompressed: UInt64
    var compressed: UInt64
    var offset: UInt64
}
