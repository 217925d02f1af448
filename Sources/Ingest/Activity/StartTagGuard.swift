import HipBalanceCore

/// Stops a document whose start tag carries more than `maximumAttributes` attributes, before
/// libxml2 sees the tag.
///
/// libxml2 (2.9, Debian 12) checks each new attribute of an element against all earlier ones, so
/// one start tag with n attributes costs n² comparisons: a GPX with 400,000 attributes on one
/// element took more than two minutes. No GPX or TCX writer puts more than a few tens of
/// attributes on an element (the `gpx` root with its namespaces has about ten), so a tag beyond
/// the cap is a damaged or hostile file, named with the line and column where the tag starts.
///
/// The count is cheap enough to run on every byte of every file: it counts the `=` followed by a
/// quote (spaces allowed between) from one `<` to the next. Every attribute has one, and an
/// attribute value cannot hold a `<`, so the count is never below the tag's attributes; it is above
/// only when the text after the tag holds such pairs too, which 256 of in one text node no device
/// or app writes. Only three bytes (`<`, `=`, newline) stop the skip loop, which reads eight bytes at
/// a time.
struct StartTagGuard {
    /// Attributes (namespace declarations included) one start tag may carry.
    static let maximumAttributes = 256

    /// `=`-and-quote pairs since the last `<`.
    private var attributes = 0
    /// An `=` was the last byte other than white space: a quote next makes it an attribute.
    private var afterEquals = false
    private var line = 1
    /// Offset (from the start of the document) of the byte after the last newline.
    private var lineStart = 0
    /// Offset of the first byte of the next chunk.
    private var offset = 0
    private var tagLine = 1
    private var tagColumn = 1

    /// Scans the next bytes of the document; throws when a start tag carries too many attributes.
    mutating func scan(_ bytes: UnsafeRawBufferPointer, sourceName: String) throws(IngestError) {
        let tripped = scanBytes(bytes)
        offset += bytes.count
        if tripped {
            throw IngestError(
                "an element's start tag has more than \(Self.maximumAttributes) attributes, which no GPX or TCX "
                    + "writer produces; the file is damaged: re-export it",
                at: SourceLocation(source: sourceName, line: tagLine, column: tagColumn))
        }
    }

    /// The scan proper; true when a start tag went over the cap (`tagLine`, `tagColumn` say where).
    private mutating func scanBytes(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let count = bytes.count
        while i < count {
            var byte = bytes[i]
            if afterEquals {
                if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A {
                    if byte == 0x0A {
                        line += 1
                        lineStart = offset + i + 1
                    }
                    i += 1
                    continue
                }
                afterEquals = false
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    attributes += 1
                    if attributes > Self.maximumAttributes { return true }
                    i += 1
                    continue
                }
            } else {
                guard let stop = Self.nextStop(in: bytes, from: i) else { return false }
                i = stop
                byte = bytes[i]
            }
            switch byte {
            case 0x0A:
                line += 1
                lineStart = offset + i + 1
            case UInt8(ascii: "<"):
                attributes = 0
                tagLine = line
                tagColumn = offset + i - lineStart + 1
            case UInt8(ascii: "="):
                afterEquals = true
            default:
                break
            }
            i += 1
        }
        return false
    }

    /// The index of the first `<`, `=` or newline at or after `start`, nil when there is none.
    ///
    /// Eight bytes at a time: a byte equal to one of them makes a zero byte in the word XOR-ed with
    /// it, and `(x - 0x01…01) & ~x & 0x80…80` flags zero bytes (exactly at the lowest one; a
    /// borrow can only flag bytes above it). `<` and `=` differ in the lowest bit only, so one
    /// test with that bit set covers both.
    @inline(__always)
    private static func nextStop(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = start
        let count = bytes.count
        while i + 8 <= count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let angleOrEquals = (word | ones) ^ (ones &* 0x3D)
            let newline = word ^ (ones &* 0x0A)
            let flags =
                ((angleOrEquals &- ones) & ~angleOrEquals & highs) | ((newline &- ones) & ~newline & highs)
            if flags != 0 { return i + flags.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < count {
            let byte = bytes[i]
            if byte == 0x3C || byte == 0x3D || byte == 0x0A { return i }
            i += 1
        }
        return nil
    }
}
