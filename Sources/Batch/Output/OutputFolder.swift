import Foundation
import HipBalanceCore
import Ingest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The output folder of a run: exclusive while the run holds it, written only atomically
/// (temporary file in the same folder, then `rename`), inside the folder only.
public final class OutputFolder: @unchecked Sendable {
    // @unchecked because of the staging state (`staged`, `stagingFolder`): a run calls
    // `beginStaging`, `write`, `publish` and `discardStaged` from its own thread only (athletes
    // are analysed and rendered in parallel, their files written in order afterwards).
    public let root: URL
    /// Open descriptor of the lock file; the kernel releases the `flock` when the process
    /// ends in any way (also on SIGKILL), so a stale lock file never blocks the next run.
    private let lockDescriptor: Int32

    /// The lock file's name inside the output folder.
    public static let lockFileName = ".hipbalance.lock"
    /// Prefix of temporary files; leftovers of a killed run are removed by the next one.
    static let temporaryPrefix = ".hipbalance-tmp-"

    /// Creates the folder when needed and takes its lock without waiting.
    public init(root: URL) throws(OutputError) {
        self.root = root.standardizedFileURL
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: self.root.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw OutputError(.notAFolder, at: self.root.path)
        }
        do {
            try FileManager.default.createDirectory(at: self.root, withIntermediateDirectories: true)
        } catch {
            throw OutputError(.cannotCreate(reason: PlainError.describe(error)), at: self.root.path)
        }
        let lockPath = self.root.appendingPathComponent(Self.lockFileName).path
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(.cannotWrite(reason: PlainError.describe(errno)), at: lockPath)
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw OutputError(.locked, at: self.root.path)
        }
        // Record the holder for people looking at the folder; the flock is what counts.
        _ = ftruncate(descriptor, 0)
        FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(Data("pid \(getpid())\n".utf8))
        lockDescriptor = descriptor
        removeLeftovers(in: self.root)
    }

    deinit {
        if let stagingFolder { try? FileManager.default.removeItem(at: stagingFolder) }
        flock(lockDescriptor, LOCK_UN)
        close(lockDescriptor)
    }

    /// The URL of `components` under the root. Each component must be a safe path component
    /// (no separators, not `.`/`..`, not hidden); anything else is a programming error.
    public func url(_ components: [String]) -> URL {
        components.reduce(root) { url, component in
            precondition(
                !component.isEmpty && !component.contains("/") && !component.hasPrefix("."),
                "unsafe output path component '\(component)'")
            return url.appendingPathComponent(component)
        }
    }

    /// Files written while staging: they wait in `stagingFolder` until `publish()`.
    private var staged: [(temporary: URL, target: URL)] = []
    private var stagingFolder: URL?

    /// From now on `write` stages: files wait in a hidden folder inside the output folder and
    /// only `publish()` moves them into place, so a run that fails part-way (disk full, a
    /// folder that cannot be written) leaves the previous complete set of outputs untouched.
    public func beginStaging() throws(OutputError) {
        let folder = root.appendingPathComponent("\(Self.temporaryPrefix)staging-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(.cannotWrite(reason: PlainError.describe(error)), at: root.path)
        }
        stagingFolder = folder
    }

    /// Moves every staged file into place (each by `rename`, in the order written: the run
    /// record last) and ends staging. All or nothing: every folder is created and every target
    /// checked before the first file is replaced, and when a move still fails, the files already
    /// moved are put back as they were (the previous version of each is kept, as a hard link,
    /// until the end), so the folder holds the previous complete set or the new one.
    public func publish() throws(OutputError) {
        defer { discardStaged() }
        guard let stagingFolder else { return }
        for (_, target) in staged {
            let folder = target.deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError(.cannotCreate(reason: PlainError.describe(error)), at: folder.path)
            }
            var info = stat()
            if lstat(target.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                throw OutputError(.targetIsAFolder, at: target.path)
            }
        }
        var moved: [(target: URL, previous: URL?, existed: Bool)] = []
        for (index, (temporary, target)) in staged.enumerated() {
            let previous = stagingFolder.appendingPathComponent("previous-\(index)")
            let linked = link(target.path, previous.path) == 0
            let existed = linked || errno != ENOENT
            guard rename(temporary.path, target.path) == 0 else {
                let reason = PlainError.describe(errno)
                Self.putBack(moved)
                throw OutputError(.cannotPublish(reason: reason), at: target.path)
            }
            moved.append((target, linked ? previous : nil, existed))
        }
    }

    /// Undoes moves: the previous version back in place, or the new file removed when there was none.
    private static func putBack(_ moved: [(target: URL, previous: URL?, existed: Bool)]) {
        for (target, previous, existed) in moved.reversed() {
            if let previous {
                _ = rename(previous.path, target.path)
            } else if !existed {
                _ = unlink(target.path)
            }
        }
    }

    /// Drops what was staged and ends staging (the published outputs stay as they were).
    public func discardStaged() {
        if let stagingFolder { try? FileManager.default.removeItem(at: stagingFolder) }
        staged = []
        stagingFolder = nil
    }

    /// Writes `data` at `components` atomically: a temporary file beside it, flushed, then
    /// renamed (or, while staging, a file in the staging folder). A file that already holds
    /// exactly `data` is left alone (time stamp included), so a nightly run that changes nothing
    /// rewrites nothing.
    public func write(_ data: Data, to components: [String]) throws(OutputError) {
        let target = url(components)
        // Read only when it is a regular file no larger than `data` (a pipe put there would block).
        if let existing = try? RegularFile.read(target, maximumSize: data.count, what: "report"), existing == data {
            return
        }
        if let stagingFolder {
            let temporary = stagingFolder.appendingPathComponent("\(staged.count)-\(target.lastPathComponent)")
            do {
                try Self.writeFlushed(data, to: temporary)
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw OutputError(.cannotWrite(reason: PlainError.describe(error)), at: target.path)
            }
            staged.append((temporary, target))
            return
        }
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent("\(Self.temporaryPrefix)\(getpid())-\(target.lastPathComponent)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Self.writeFlushed(data, to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(.cannotWrite(reason: PlainError.describe(error)), at: target.path)
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = PlainError.describe(errno)
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(.cannotWrite(reason: reason), at: target.path)
        }
    }

    /// Creates `url` with `data`, flushed to disk; throws the system's error (no space, no permission).
    private static func writeFlushed(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }

    /// Writes text as UTF-8, atomically.
    public func write(_ text: String, to components: [String]) throws(OutputError) {
        try write(Data(text.utf8), to: components)
    }

    /// Deletes temporary files a killed run left in the root and its athlete folders.
    private func removeLeftovers(in folder: URL, depth: Int = 0) {
        let fileManager = FileManager.default
        for name in (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let child = folder.appendingPathComponent(name)
            if name.hasPrefix(Self.temporaryPrefix) {
                try? fileManager.removeItem(at: child)
            } else if depth == 0, !name.hasPrefix("."),
                (try? child.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true
            {
                removeLeftovers(in: child, depth: 1)
            }
        }
    }
}
