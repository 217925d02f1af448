import Foundation
import HipBalanceCore

/// A byte source that hashes every byte it hands on, so the cache key is the hash of exactly
/// the bytes a reader consumed (no second read that could see a different file). A class, so
/// that readers wrapping it in other sources still feed the one digest.
final class HashingByteSource<Upstream: ByteSource>: ByteSource {
    private var upstream: Upstream
    private(set) var digest = ContentDigest()

    init(_ upstream: Upstream) { self.upstream = upstream }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        let n = try upstream.read(into: buffer)
        digest.update(UnsafeRawBufferPointer(rebasing: buffer[..<n]))
        return n
    }

    /// Reads and hashes what the reader left unread, so the digest covers the whole file.
    func drain() throws(IngestError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }
        while try read(into: buffer) > 0 {}
    }
}

extension ActivityReader {
    /// Reads from an open handle like `read(fileHandle:source:)` and hashes the whole file as it
    /// streams past (the part after the document, or after an error, is read and hashed too):
    /// `digest` is the hash of exactly the bytes the last pass saw (a FIT file may be read twice).
    public static func read(
        fileHandle: FileHandle, source: String, digest: inout ContentDigest
    ) throws(IngestError) -> ActivityFile {
        let descriptor = fileHandle.fileDescriptor
        let start = lseek(descriptor, 0, SEEK_CUR)
        var pass: HashingByteSource<FileDescriptorByteSource>?
        let result: Result<ActivityFile, IngestError>
        do {
            result = .success(
                try read(source: source) { () throws(IngestError) -> HashingByteSource<FileDescriptorByteSource>? in
                    if pass != nil {
                        guard start >= 0, lseek(descriptor, start, SEEK_SET) == start else { return nil }
                    }
                    let next = HashingByteSource(FileDescriptorByteSource(descriptor: descriptor, source: source))
                    pass = next
                    return next
                })
        } catch {
            result = .failure(error)
        }
        if let pass {
            try pass.drain()
            digest = pass.digest
        }
        return try result.get()
    }
}
