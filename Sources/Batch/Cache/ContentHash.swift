import Foundation
import Ingest

/// Content hashes for change detection (not security): zlib's CRC-32 and Adler-32 over the
/// whole content, streamed in 1 MiB chunks so memory stays flat whatever the file size.
enum ContentHash {
    static let chunkSize = 1 << 20

    /// `crc32-adler32-size` in hex, e.g. `1a2b3c4d-0f0e0d0c-1234`.
    static func ofFile(at url: URL) throws -> String {
        let handle = try RegularFile.openForReading(url.path)
        defer { try? handle.close() }
        var digest = ContentDigest()
        while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
            digest.update(chunk)
        }
        return digest.value
    }

    /// The same key for content held in memory (a team's exercise definitions, which key the
    /// cached strength logs read with them).
    static func of(_ data: Data) -> String {
        var digest = ContentDigest()
        digest.update(data)
        return digest.value
    }

    /// The key of an archive member: the CRC-32 the archive records for it, and its size.
    static func ofArchiveMember(crc32: UInt32, size: UInt64) -> String {
        String(format: "zip-%08x-%llx", crc32, size)
    }
}
