import Foundation

/// The start of an input that may be gzip-compressed, as the sniffers look at it.
enum GzipPrefix {
    /// True when `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: Data) -> Bool {
        bytes.count >= 2 && (bytes[bytes.startIndex], bytes[bytes.startIndex + 1]) == gzipMagic
    }

    /// The first bytes of the content: `prefix` itself, or, when it is gzip, as much of its
    /// decompressed text as it yields (up to 64 KiB; a cut or damaged stream gives what came before).
    static func content(_ prefix: Data) -> Data {
        guard isGzip(prefix) else { return prefix }
        let gunzip = GunzipByteSource(DataByteSource(prefix), source: "", chunkSize: max(prefix.count, 1))
        var plain = Data()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 16 * 1024, alignment: 16)
        defer { buffer.deallocate() }
        while plain.count < 64 * 1024, let n = try? gunzip.read(into: buffer), n > 0 {
            plain.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[..<n]))
        }
        return plain
    }
}
