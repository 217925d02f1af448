import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opening inputs safely: only regular files, and never in a way that can block. A named pipe
/// or a device opened for reading can wait for ever (or never end), so the file is opened
/// non-blocking and checked with `fstat` on the open descriptor before a byte is read.
public enum RegularFile {
    /// An open regular file; throws for anything else (folder, pipe, device, socket).
    ///
    /// With `atRealPath`, `path` is a real path checked earlier (absolute, no link in it: what
    /// team discovery found and allowed), and the file opened must still be the one at that path.
    /// A link put in its place, or in place of a folder above it, after the check would otherwise
    /// lead the read outside what was allowed; the open fails instead. The kernel's own path of
    /// the open descriptor is compared (Linux `/proc/self/fd`, Darwin `F_GETPATH`); where it
    /// cannot tell, the file is read as before.
    public static func openForReading(_ path: String, atRealPath: Bool = false) throws(FileReadError) -> FileHandle {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileReadError("cannot be opened: \(PlainError.describe(errno))") }
        if atRealPath, let opened = self.path(of: descriptor), opened != path {
            close(descriptor)
            throw FileReadError(
                "was moved, or replaced by a link, after the team folder was listed; it was not read (run again)")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            throw FileReadError("cannot be opened: \(PlainError.describe(code))")
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(descriptor)
            throw FileReadError(typeDescription(type))
        }
        // Reads of a regular file never block; clear the flag so reads behave as usual.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// The path the kernel holds for an open descriptor; nil where it cannot tell.
    static func path(of descriptor: Int32) -> String? {
        #if os(Linux)
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
            guard count > 0 else { return nil }
            return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #elseif canImport(Darwin)
            var buffer = [CChar](repeating: 0, count: Int(MAXPATHLEN))
            guard fcntl(descriptor, F_GETPATH, &buffer) == 0 else { return nil }
            return String(cString: buffer)
        #else
            return nil
        #endif
    }

    /// "is a named pipe, not a regular file" and so on, for a `st_mode & S_IFMT` value.
    public static func typeDescription(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: "is a folder, not a file"
        case S_IFIFO: "is a named pipe (FIFO), not a regular file"
        case S_IFCHR: "is a character device, not a regular file"
        case S_IFBLK: "is a block device, not a regular file"
        case S_IFSOCK: "is a socket, not a regular file"
        default: "is not a regular file"
        }
    }

    /// The whole content of a small regular file; nil when nothing is at `url`. Throws when it
    /// is not a regular file, cannot be read, or holds more than `maximumSize` bytes.
    /// `atRealPath` as for `openForReading`.
    public static func read(_ url: URL, maximumSize: Int, what: String, atRealPath: Bool = false) throws(FileReadError)
        -> Data?
    {
        var info = stat()
        if stat(url.path, &info) != 0 && errno == ENOENT { return nil }
        let handle = try openForReading(url.path, atRealPath: atRealPath)
        defer { try? handle.close() }
        // The size first: a file far over the cap is refused without reading it.
        try checkSize(of: handle, maximumSize: maximumSize, what: what)
        let data: Data
        do {
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            throw FileReadError("cannot be read: \(PlainError.describe(error))")
        }
        guard data.count <= maximumSize else { throw tooLarge(maximumSize: maximumSize, what: what) }
        return data
    }

    /// Throws when the open file is larger than `maximumSize` bytes (its size from `fstat`, no byte read).
    public static func checkSize(of handle: FileHandle, maximumSize: Int, what: String) throws(FileReadError) {
        var info = stat()
        guard fstat(handle.fileDescriptor, &info) == 0 else {
            throw FileReadError("cannot be read: \(PlainError.describe(errno))")
        }
        if info.st_size > maximumSize { throw tooLarge(maximumSize: maximumSize, what: what) }
    }

    private static func tooLarge(maximumSize: Int, what: String) -> FileReadError {
        let limit = maximumSize >= 1 << 20 ? "\(maximumSize >> 20) MiB" : "\(maximumSize / 1024) KiB"
        return FileReadError("is larger than \(limit), the most a \(what) may hold")
    }
}
