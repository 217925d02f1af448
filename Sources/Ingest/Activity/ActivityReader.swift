import Foundation
import HipBalanceCore

/// Reads GPX and TCX activity files, plain or gzip-compressed, in one streaming pass.
///
/// The reader never opens paths: it takes bytes or an open handle plus a source name used in
/// errors. Memory stays flat however long the file is; readers may run on several threads at once.
/// A truncated or otherwise malformed document is an error (with line and column), never a
/// partial result: see `docs/inspect.md`.
public enum ActivityReader {
    /// Reads a GPX or TCX document (plain or gzip, detected by the 1f 8b magic) from bytes.
    public static func read(data: Data, source: String) throws(IngestError) -> ActivityFile {
        var bytes = DataByteSource(data)
        return try read(&bytes, source: source)
    }

    /// Same, streaming from an already opened file handle (the reader never opens paths itself).
    public static func read(fileHandle: FileHandle, source: String) throws(IngestError) -> ActivityFile {
        var bytes = FileDescriptorByteSource(descriptor: fileHandle.fileDescriptor, source: source)
        return try read(&bytes, source: source)
    }

    /// Cheap content sniff of the first bytes (after gunzip if gzip): .gpx, .tcx or nil.
    public static func sniff(prefix: Data) -> ActivityFormat? {
        var text = prefix
        if isGzip(prefix) {
            let gunzip = GunzipByteSource(DataByteSource(prefix), source: "", chunkSize: max(prefix.count, 1))
            var plain = Data()
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 16 * 1024, alignment: 16)
            defer { buffer.deallocate() }
            while plain.count < 64 * 1024, let n = try? gunzip.read(into: buffer), n > 0 {
                plain.append(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n)
            }
            text = plain
        }
        switch RootElementSniffer.rootLocalName(text) {
        case "gpx": return .gpx
        case "trainingcenterdatabase": return .tcx
        default: return nil
        }
    }

    private static func isGzip(_ bytes: Data) -> Bool {
        bytes.count >= 2 && (bytes[bytes.startIndex], bytes[bytes.startIndex + 1]) == gzipMagic
    }

    /// Same, from any byte source (tests feed sources that deliver a few bytes per read).
    static func read(_ raw: inout some ByteSource, source: String) throws(IngestError) -> ActivityFile {
        // Look at the first two bytes for the gzip magic, then hand them back in front of the rest.
        var head = Data()
        let probe = UnsafeMutableRawBufferPointer.allocate(byteCount: 2, alignment: 1)
        defer { probe.deallocate() }
        while head.count < 2 {
            let n = try raw.read(into: UnsafeMutableRawBufferPointer(rebasing: probe[head.count...]))
            if n == 0 { break }
            head.append(contentsOf: probe[head.count..<head.count + n])
        }
        if head.isEmpty { throw IngestError("the file is empty", at: SourceLocation(source: source)) }
        let whole = PrefixedByteSource(prefix: head, rest: raw)
        if isGzip(head) {
            var gunzip = GunzipByteSource(whole, source: source, chunkSize: XMLPushParser.chunkSize)
            let file = try XMLPushParser.parse(&gunzip, sourceName: source)
            if let damage = gunzip.damage { throw IngestError(damage, at: SourceLocation(source: source)) }
            return file
        }
        var plain = whole
        return try XMLPushParser.parse(&plain, sourceName: source)
    }
}

/// Finds the root element's local name in the first bytes of an XML document, skipping a BOM,
/// the declaration, comments, processing instructions and a DOCTYPE.
enum RootElementSniffer {
    /// The lower-cased local name of the first element, or nil when none is visible.
    static func rootLocalName(_ bytes: Data) -> String? {
        let b = [UInt8](bytes.prefix(64 * 1024))
        var i = 0
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        func skip(past terminator: [UInt8]) {
            while i < b.count, !b[i...].starts(with: terminator) { i += 1 }
            i += terminator.count
        }
        while i < b.count {
            guard b[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            if b[i...].starts(with: Array("<?".utf8)) {
                skip(past: Array("?>".utf8))
            } else if b[i...].starts(with: Array("<!--".utf8)) {
                skip(past: Array("-->".utf8))
            } else if b[i...].starts(with: Array("<!".utf8)) {
                skip(past: [UInt8(ascii: ">")])
            } else {
                i += 1
                var name: [UInt8] = []
                while i < b.count, !" \t\r\n/>".utf8.contains(b[i]) {
                    name.append(b[i])
                    i += 1
                }
                guard i < b.count, !name.isEmpty else { return nil }
                let local = name.split(separator: UInt8(ascii: ":")).last.map(Array.init) ?? name
                return String(decoding: local, as: UTF8.self).lowercased()
            }
        }
        return nil
    }
}
