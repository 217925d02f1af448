import CGzip
import Foundation
import HipBalanceCore
import Ingest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A zip file opened once and read by streaming: the central directory is read in one pass
/// (linear in the member count), and each member is inflated chunk by chunk into its reader,
/// never whole into memory. One instance holds one open descriptor and is used by one thread
/// at a time; workers keep one per archive (`ZipArchivePool`).
///
/// An archive can also be a window of a file: a zip stored uncompressed inside another zip (the
/// `UploadedFiles_*.zip` parts of a Garmin Connect export) is read in place, every offset
/// counted from the start of its bytes in the outer file.
public final class ZipArchive: @unchecked Sendable {
    // @unchecked: a ZipArchive is used by one thread at a time (the pool hands it out and takes it back).
    public let url: URL
    /// The open file; nil for an archive held in memory.
    let handle: FileHandle?
    /// The archive's bytes when it is held in memory (fuzzing, tests).
    private let memory: [UInt8]?
    /// How the file looked when it was opened; compared after a read to notice a rewrite.
    let state: FileState
    /// Where the archive's bytes start in the file (0 unless it is a window).
    let base: UInt64
    /// How many bytes the archive has.
    let length: UInt64

    /// The most members an archive may list.
    public static let maximumEntries = 1_000_000
    /// The largest central directory read.
    public static let maximumDirectorySize = 256 << 20

    /// Opens the zip file at `url`, or the zip whose bytes are `window` of that file. `url` is a
    /// real path (from team discovery or the scratch folder): a link put there since is not
    /// followed (`RegularFile.openForReading(_:atRealPath:)`).
    public init(url: URL, window: Range<UInt64>? = nil) throws(ZipError) {
        self.url = url
        do {
            handle = try RegularFile.openForReading(url.path, atRealPath: true)
            state = try FileState.of(url)
        } catch {
            throw ZipError(error.message)
        }
        memory = nil
        let fileSize = UInt64(max(0, state.size))
        if let window {
            guard window.upperBound <= fileSize else {
                try? handle?.close()
                throw ZipError("is damaged: the zip inside it ends after the end of the file")
            }
            base = window.lowerBound
            length = UInt64(window.count)
        } else {
            base = 0
            length = fileSize
        }
    }

    /// An archive held in memory, read exactly as a file is (`name` stands for its path in messages).
    public init(bytes: [UInt8], name: String) {
        url = URL(fileURLWithPath: name)
        handle = nil
        memory = bytes
        state = FileState(size: Int64(bytes.count), modified: 0, changed: 0, inode: 0, device: 0)
        base = 0
        length = UInt64(bytes.count)
    }

    deinit { try? handle?.close() }

    /// The archive's size in bytes.
    var size: UInt64 { length }

    /// Reads `count` bytes at `offset` (fewer only at the end of the archive).
    func read(at offset: UInt64, count: Int) throws(ZipError) -> [UInt8] {
        guard offset < length else { return [] }
        let count = Int(min(UInt64(count), length - offset))
        if let memory {
            let start = Int(offset)
            return Array(memory[start..<start + count])
        }
        guard let handle else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let start = buffer.baseAddress else { return 0 }
                return pread(handle.fileDescriptor, start + done, count - done, off_t(base + offset) + off_t(done))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw ZipError("cannot be read: \(PlainError.describe(errno))")
            }
            if n == 0 { break }
            done += n
        }
        return Array(bytes.prefix(done))
    }

    /// Every member in central-directory order (directories left out).
    public func entries() throws(ZipError) -> [ZipEntry] {
        let end = try endOfDirectory()
        guard end.count <= UInt64(Self.maximumEntries) else {
            throw ZipError("lists \(end.count) members, more than the \(Self.maximumEntries) read from one archive")
        }
        guard end.size <= UInt64(Self.maximumDirectorySize), end.offset <= size, end.size <= size - end.offset else {
            throw ZipError("is damaged: its table of contents lies outside the file")
        }
        var reader = ZipDirectoryReader(archive: self, offset: end.offset, end: end.offset + end.size)
        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(min(end.count, 100_000)))
        var seen: [String: Int] = [:]
        for _ in 0..<end.count {
            guard var entry = try reader.next() else { break }
            if entry.path.hasSuffix("/") { continue }
            seen[entry.path, default: 0] += 1
            if let copy = seen[entry.path], copy > 1 { entry.uniqueName = "\(entry.path)#\(copy)" }
            entries.append(entry)
        }
        return entries
    }

    /// Where the central directory is: from the end record (and its ZIP64 form when present).
    func endOfDirectory() throws(ZipError) -> (offset: UInt64, size: UInt64, count: UInt64) {
        let tailLength = Int(min(size, 65_557))
        let tailStart = size - UInt64(tailLength)
        let tail = try read(at: tailStart, count: tailLength)
        guard tail.count >= 22,
            let position = stride(from: tail.count - 22, through: 0, by: -1).first(where: {
                ZipBytes.uint32(tail, $0) == 0x0605_4B50
            })
        else {
            throw ZipError("is not a readable zip archive (no table of contents at its end; truncated download?)")
        }
        var count = UInt64(ZipBytes.uint16(tail, position + 10))
        var directorySize = UInt64(ZipBytes.uint32(tail, position + 12))
        var offset = UInt64(ZipBytes.uint32(tail, position + 16))
        // ZIP64: a locator just before the end record points at the ZIP64 end record.
        if position >= 20, ZipBytes.uint32(tail, position - 20) == 0x0706_4B50 {
            let recordOffset = ZipBytes.uint64(tail, position - 20 + 8)
            let record = try read(at: recordOffset, count: 56)
            guard record.count == 56, ZipBytes.uint32(record, 0) == 0x0606_4B50 else {
                throw ZipError("is damaged: its ZIP64 table of contents cannot be found")
            }
            count = ZipBytes.uint64(record, 32)
            directorySize = ZipBytes.uint64(record, 40)
            offset = ZipBytes.uint64(record, 48)
        }
        return (offset, directorySize, count)
    }

    /// A stream of the member's uncompressed bytes, within `limits`; its CRC-32 and size are
    /// checked against the table of contents when the stream ends.
    func open(_ entry: ZipEntry, source: String, limits: ZipLimits = .standard) throws(IngestError) -> ZipMemberSource {
        let location = SourceLocation(source: source)
        if entry.isEncrypted {
            throw IngestError("the zip member is encrypted; export it without a password", at: location)
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw IngestError(
                "the zip member is compressed with method \(entry.method), which is not supported (only stored and deflate)",
                at: location)
        }
        if entry.uncompressedSize > limits.maximumSize {
            throw IngestError(
                "the zip member would inflate to \(entry.uncompressedSize / (1 << 20)) MiB, more than the \(limits.maximumSize >> 20) MiB read from one member",
                at: location)
        }
        let data: Range<UInt64>
        do {
            data = try dataRange(of: entry)
        } catch {
            throw IngestError(error.message, at: location)
        }
        return ZipMemberSource(archive: self, entry: entry, dataOffset: data.lowerBound, source: source, limits: limits)
    }

    /// Where the member's (compressed) bytes lie in the archive, after its local header.
    func dataRange(of entry: ZipEntry) throws(ZipError) -> Range<UInt64> {
        let header = try read(at: entry.localHeaderOffset, count: 30)
        guard header.count == 30, ZipBytes.uint32(header, 0) == 0x0403_4B50 else {
            throw ZipError("the zip archive is damaged: the member's header is missing")
        }
        let dataOffset =
            entry.localHeaderOffset + 30 + UInt64(ZipBytes.uint16(header, 26)) + UInt64(ZipBytes.uint16(header, 28))
        guard entry.compressedSize <= size, dataOffset <= size - entry.compressedSize else {
            throw ZipError("the zip archive is damaged or truncated: the member ends after the end of the file")
        }
        return dataOffset..<dataOffset + entry.compressedSize
    }

    /// True when the file on disk is no longer the one that was opened (rewritten, replaced).
    var changedOnDisk: Bool { memory == nil && (try? FileState.of(url)) != state }
}
