import CGzip
import Foundation

/// Writes zip archives for tests (APPNOTE 6.3.x, without ZIP64): each member a local file header
/// and its bytes, stored or raw-deflated by zlib, then the central directory and the end record.
///
/// Names may repeat (discovery must read every copy), and the dates are fixed (1 Jan 1980), so the
/// same members always give the same bytes. A member's content comes in chunks and only its
/// compressed form is kept, so a test can write a member far larger than its compressed size
/// (a zip bomb) without holding it whole.
public struct ZipWriter {
    /// How a member's bytes are kept in the archive.
    public enum Method: UInt16, Sendable {
        case stored = 0
        case deflated = 8
    }

    /// The archive so far: local headers and member data.
    private var body: [UInt8] = []
    /// The central-directory records, one per member, in order.
    private var directory: [UInt8] = []
    private var count = 0

    public init() {}

    /// Adds a member whose content is `data`.
    public mutating func add(_ name: String, _ data: Data, method: Method = .deflated) throws {
        try add(name, chunks: [data], method: method)
    }

    /// Adds a member whose content is the chunks one after another, compressed as they come.
    public mutating func add(_ name: String, chunks: some Sequence<Data>, method: Method = .deflated) throws {
        let nameBytes = Array(name.utf8)
        guard nameBytes.count <= 0xFFFF else { throw ProcessRunnerError("zip member name too long: \(name)") }
        guard count < 0xFFFF else { throw ProcessRunnerError("more than 65,534 zip members (ZIP64 not written)") }
        var crc: uLong = crc32(0, nil, 0)
        var size: UInt64 = 0
        var compressed: [UInt8] = []
        let deflater = method == .deflated ? try Deflater() : nil
        for chunk in chunks {
            chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                guard let base = raw.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return }
                // zlib's lengths are 32-bit: a chunk is fed in slices of at most 1 GiB.
                var offset = 0
                while offset < raw.count {
                    let length = min(raw.count - offset, 1 << 30)
                    crc = crc32(crc, base + offset, uInt(length))
                    offset += length
                }
            }
            size += UInt64(chunk.count)
            if let deflater {
                try deflater.deflate(chunk, finish: false, into: &compressed)
            } else {
                compressed.append(contentsOf: chunk)
            }
        }
        try deflater?.deflate(Data(), finish: true, into: &compressed)
        guard size <= 0xFFFF_FFFE, compressed.count <= 0xFFFF_FFFE, body.count <= 0xFFFF_FFFE else {
            throw ProcessRunnerError("zip member \(name) or the archive passes 4 GiB (ZIP64 not written)")
        }
        let offset = UInt32(body.count)
        // Common fields of both headers: version needed 2.0, flags (bit 11: the name is UTF-8),
        // method, DOS time 00:00 and date 1980-01-01, CRC-32, sizes, name length, extra length 0.
        var common: [UInt8] = []
        Self.append16(20, to: &common)
        Self.append16(0x0800, to: &common)
        Self.append16(method.rawValue, to: &common)
        Self.append16(0, to: &common)
        Self.append16(1 << 5 | 1, to: &common)
        Self.append32(UInt32(crc), to: &common)
        Self.append32(UInt32(compressed.count), to: &common)
        Self.append32(UInt32(size), to: &common)
        Self.append16(UInt16(nameBytes.count), to: &common)
        Self.append16(0, to: &common)

        Self.append32(0x0403_4B50, to: &body)
        body += common
        body += nameBytes
        body += compressed

        Self.append32(0x0201_4B50, to: &directory)
        Self.append16(3 << 8 | 20, to: &directory)  // made by: Unix, 2.0
        directory += common
        Self.append16(0, to: &directory)  // comment length
        Self.append16(0, to: &directory)  // disk number
        Self.append16(0, to: &directory)  // internal attributes
        Self.append32(0o100644 << 16, to: &directory)  // external: a regular file, rw-r--r--
        Self.append32(offset, to: &directory)
        directory += nameBytes
        count += 1
    }

    /// The whole archive: members, central directory, end record.
    public func bytes() -> Data {
        var end: [UInt8] = []
        Self.append32(0x0605_4B50, to: &end)
        Self.append16(0, to: &end)  // this disk
        Self.append16(0, to: &end)  // disk where the directory starts
        Self.append16(UInt16(count), to: &end)
        Self.append16(UInt16(count), to: &end)
        Self.append32(UInt32(directory.count), to: &end)
        Self.append32(UInt32(body.count), to: &end)
        Self.append16(0, to: &end)  // comment length
        return Data(body + directory + end)
    }

    /// Writes the archive to `url`.
    public func write(to url: URL) throws { try bytes().write(to: url) }

    /// A zip of `members` (in order; names may repeat), each stored or deflated.
    public static func data(_ members: [(name: String, data: Data, method: Method)]) throws -> Data {
        var writer = ZipWriter()
        for member in members { try writer.add(member.name, member.data, method: member.method) }
        return writer.bytes()
    }

    /// Writes a zip of `members` to `url`, every member deflated.
    public static func write(_ members: [(String, Data)], to url: URL) throws {
        try data(members.map { (name: $0.0, data: $0.1, method: .deflated) }).write(to: url)
    }

    private static func append16(_ value: UInt16, to bytes: inout [UInt8]) {
        bytes += [UInt8(value & 0xFF), UInt8(value >> 8)]
    }

    private static func append32(_ value: UInt32, to bytes: inout [UInt8]) {
        append16(UInt16(value & 0xFFFF), to: &bytes)
        append16(UInt16(value >> 16), to: &bytes)
    }
}
