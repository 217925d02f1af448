import CGzip
import Foundation

/// A running content hash for change detection (not security): zlib's CRC-32 and Adler-32
/// and the byte count, fed chunk by chunk as bytes stream past (`crc32-adler32-size` in hex).
public struct ContentDigest: Sendable, Hashable {
    public private(set) var crc: UInt32 = 0
    public private(set) var adler: UInt32 = 1
    public private(set) var size = 0

    public init() {}

    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        var offset = 0
        // zlib takes 32-bit lengths.
        while offset < buffer.count {
            let count = min(buffer.count - offset, 1 << 30)
            let bytes = (base + offset).assumingMemoryBound(to: Bytef.self)
            crc = UInt32(crc32(uLong(crc), bytes, uInt(count)))
            adler = UInt32(adler32(uLong(adler), bytes, uInt(count)))
            offset += count
        }
        size += buffer.count
    }

    public mutating func update(_ data: Data) {
        data.withUnsafeBytes { update($0) }
    }

    /// `1a2b3c4d-0f0e0d0c-1234`.
    public var value: String {
        String(format: "%08lx-%08lx-%lx", UInt(crc), UInt(adler), size)
    }
}
