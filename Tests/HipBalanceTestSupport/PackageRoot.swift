import Foundation

/// The folder holding the package's `Package.swift`.
///
/// Found by walking up from this file's path; the walk stops at the filesystem root, so a copy of
/// the sources without `Package.swift` fails with a message instead of looping.
public enum PackageRoot {
    public static let url: URL = {
        let start = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        guard let root = find(from: start) else {
            preconditionFailure("no Package.swift in any folder above \(start.path)")
        }
        return root
    }()

    /// The nearest folder at or above `start` that holds `Package.swift`, or nil when none does.
    public static func find(from start: URL, fileManager: FileManager = .default) -> URL? {
        var folder = start.standardizedFileURL
        while true {
            if fileManager.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            // At the root, removing the last component gives the root again: stop there.
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}
