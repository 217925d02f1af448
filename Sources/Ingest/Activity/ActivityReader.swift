import Foundation
import HipBalanceCore

/// Reads GPX, TCX and FIT activity files, plain or gzip-compressed, streaming (FIT: docs/fit.md).
///
/// The reader never opens paths: it takes bytes or an open handle plus a source name used in
/// errors. Memory stays flat however long the file is; readers may run on several threads at once.
/// A truncated or otherwise malformed document is an error (with line and column), never a
/// partial result: see `docs/inspect.md`.
public enum ActivityReader {
    /// Reads a GPX, TCX or FIT file (plain or gzip, detected by the 1f 8b magic) from bytes.
    public static func read(data: Data, source: String) throws(IngestError) -> ActivityFile {
        try read(source: source) { () throws(IngestError) -> DataByteSource? in DataByteSource(data) }
    }

    /// Same, streaming from an already opened file handle (the reader never opens paths itself).
    /// A FIT file may be read twice (see docs/fit.md); the handle is then rewound to where it was.
    public static func read(fileHandle: FileHandle, source: String) throws(IngestError) -> ActivityFile {
        let descriptor = fileHandle.fileDescriptor
        let start = lseek(descriptor, 0, SEEK_CUR)
        var opened = false
        return try read(source: source) { () throws(IngestError) -> FileDescriptorByteSource? in
            if opened {
                guard start >= 0, lseek(descriptor, start, SEEK_SET) == start else { return nil }
            }
            opened = true
            return FileDescriptorByteSource(descriptor: descriptor, source: source)
        }
    }

    /// Same, from a source that `open` gives again from the start each time it is called (a zip
    /// member: a FIT file may need a second pass).
    public static func readReopenable<Raw: ByteSource>(
        source: String, open: () throws(IngestError) -> Raw?
    ) throws(IngestError) -> ActivityFile {
        try read(source: source, open: open)
    }

    /// Same, streaming from any byte source (a zip member being inflated, say).
    public static func read(bytes: inout some ByteSource, source: String) throws(IngestError) -> ActivityFile {
        try read(&bytes, source: source)
    }

    /// Cheap content sniff of the first bytes (after gunzip if gzip): .gpx, .tcx or nil.
    public static func sniff(prefix: Data) -> ActivityFormat? {
        let text = GzipPrefix.content(prefix)
        if FitReader.isFit(prefix: text) { return .fit }
        switch RootElementSniffer.rootLocalName(text) {
        case "gpx": return .gpx
        case "trainingcenterdatabase": return .tcx
        default: return nil
        }
    }

    /// Reads the first bytes to tell gzip, FIT and XML apart, then hands them back in front of the
    /// rest. `open` gives the raw bytes from the start; FIT may call it again for a second pass.
    static func read<Raw: ByteSource>(
        source: String, open: () throws(IngestError) -> Raw?
    ) throws(IngestError) -> ActivityFile {
        guard var raw = try open() else {
            throw IngestError("cannot read the file", at: SourceLocation(source: source))
        }
        let head = try readHead(&raw, count: 12)
        if head.isEmpty { throw IngestError("the file is empty", at: SourceLocation(source: source)) }
        let whole = PrefixedByteSource(prefix: head, rest: raw)
        if GzipPrefix.isGzip(head) {
            let gunzip = GunzipByteSource(whole, source: source, chunkSize: XMLPushParser.chunkSize)
            var gunzipped = gunzip
            let plainHead = try readHead(&gunzipped, count: 12)
            let plain = PrefixedByteSource(prefix: plainHead, rest: gunzip)
            if FitReader.isFit(prefix: plainHead) {
                var firstStream: FitStream? = FitStream(bytes: AnyByteSource(plain), damage: { gunzip.damage })
                return try FitReader.read(source: source) { () throws(IngestError) -> FitStream? in
                    if let stream = firstStream {
                        firstStream = nil
                        return stream
                    }
                    guard let again = try open() else { return nil }
                    let decompress = GunzipByteSource(again, source: source, chunkSize: XMLPushParser.chunkSize)
                    return FitStream(bytes: AnyByteSource(decompress), damage: { decompress.damage })
                }.file
            }
            var trimmed = LeadingWhitespaceSource(plain)
            let file = try XMLPushParser.parse(&trimmed, sourceName: source)
            if let damage = gunzip.damage { throw IngestError(damage, at: SourceLocation(source: source)) }
            return file
        }
        if FitReader.isFit(prefix: head) {
            var firstStream: FitStream? = FitStream(bytes: AnyByteSource(whole))
            return try FitReader.read(source: source) { () throws(IngestError) -> FitStream? in
                if let stream = firstStream {
                    firstStream = nil
                    return stream
                }
                return try open().map { FitStream(bytes: AnyByteSource($0)) }
            }.file
        }
        var trimmed = LeadingWhitespaceSource(whole)
        return try XMLPushParser.parse(&trimmed, sourceName: source)
    }

    /// Reads from a source that can be read only once: a FIT file that would need a second pass
    /// (sessions written after the records of several sports) then gives one activity, with a
    /// warning.
    static func read<Raw: ByteSource>(_ raw: inout Raw, source: String) throws(IngestError) -> ActivityFile {
        var once: Raw? = raw
        return try read(source: source) { () throws(IngestError) -> Raw? in
            defer { once = nil }
            return once
        }
    }

    /// Up to `count` bytes from the front of a source (fewer only at its end).
    private static func readHead(_ source: inout some ByteSource, count: Int) throws(IngestError) -> Data {
        var head = Data()
        let probe = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 1)
        defer { probe.deallocate() }
        while head.count < count {
            let n = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: probe[head.count...]))
            if n == 0 { break }
            head.append(contentsOf: probe[head.count..<head.count + n])
        }
        return head
    }
}
