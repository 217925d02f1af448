import Foundation
import Ingest

/// A temporary folder that a run owns for the length of the run: copies of compressed zips found
/// inside zips (which must be on disk to be read by offset) go here, and the whole folder is
/// deleted when the run ends (`remove()`, or when the last reference goes away).
///
/// The folder is created on first use, under the system's temporary folder (`TMPDIR`), readable by
/// its owner only; nothing outside it is ever deleted.
public final class ScratchFolder: @unchecked Sendable {
    // @unchecked: `folder` and `files` are only touched under `lock`.
    private let lock = NSLock()
    private let parent: URL
    private var folder: URL?
    private var files = 0

    /// A scratch folder to be made inside `parent` (the system's temporary folder by default).
    public init(parent: URL = FileManager.default.temporaryDirectory) {
        self.parent = parent
    }

    deinit { remove() }

    /// The folder, when a file was ever made in it.
    public var url: URL? { lock.withLock { folder } }

    /// A path for a new file in the folder (the folder is made on first use).
    func newFile(extension suffix: String) throws(FileReadError) -> URL {
        lock.lock()
        defer { lock.unlock() }
        var current: URL
        if let folder {
            current = folder
        } else {
            current = parent.appendingPathComponent("hipbalance-scratch-\(UUID().uuidString)")
            do {
                try FileManager.default.createDirectory(
                    at: current, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            } catch {
                throw FileReadError("cannot make a temporary folder in \(parent.path): \(PlainError.describe(error))")
            }
            // By its real path: zips copied here are opened at their real path
            // (`ZipArchive`), and the temporary folder may be reached through a link.
            current = URL(fileURLWithPath: TeamLayout.realPath(current.path) ?? current.path)
            folder = current
        }
        files += 1
        return current.appendingPathComponent("\(files).\(suffix)")
    }

    /// Deletes the folder and everything in it.
    public func remove() {
        lock.withLock {
            if let folder { try? FileManager.default.removeItem(at: folder) }
            folder = nil
        }
    }
}
