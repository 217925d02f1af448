import Foundation
import HipBalanceCore

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
