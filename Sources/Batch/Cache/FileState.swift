import Foundation
import Ingest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat` says of a file: compared before and after a read to notice a file that changed
/// while it was read (a writer still at work).
struct FileState: Sendable, Hashable {
    var size: Int64
    /// Modification time, seconds since 1970 (with nanoseconds).
    var modified: Double
    var changed: Double
    var inode: UInt64
    var device: UInt64

    static func of(_ url: URL) throws(FileReadError) -> FileState {
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw FileReadError(PlainError.describe(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw FileReadError(RegularFile.typeDescription(info.st_mode & S_IFMT))
        }
        #if canImport(Darwin)
            let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
            let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        return FileState(
            size: Int64(info.st_size),
            modified: Double(modified.tv_sec) + Double(modified.tv_nsec) / 1e9,
            changed: Double(changed.tv_sec) + Double(changed.tv_nsec) / 1e9,
            inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
    }
}
