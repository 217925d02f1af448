import Foundation
import Ingest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where things are in a team folder, by real path: which athlete folder owns a path, what
/// hipbalance must never read (its own output and cache), and what one directory entry is once
/// symbolic links are resolved under the team's rules.
struct TeamLayout: Sendable {
    /// What a directory entry is, for discovery.
    enum Entry: Equatable {
        /// A folder to walk, with its real path.
        case folder(String)
        /// A regular file to read, with its real path.
        case file(String)
        /// Anything not read, with the reason in plain words.
        case skipped(String)
    }

    /// The team folder's real path.
    let root: String
    /// Real paths of the athlete folders (direct, non-hidden sub-folders that are not links), by folder name.
    let athleteRoots: [String: String]
    /// Real paths that belong to hipbalance (the output folder and the cache).
    let excluded: Set<String>

    init(teamDirectory: URL, names: [String], excludedPaths: Set<String>) {
        let root = Self.realPath(teamDirectory.path) ?? teamDirectory.path
        self.root = root
        var athleteRoots: [String: String] = [:]
        for name in names where !name.hasPrefix(".") {
            let path = "\(root)/\(name)"
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { athleteRoots[name] = path }
        }
        self.athleteRoots = athleteRoots
        excluded = Set(excludedPaths.map { Self.realPath($0) ?? $0 })
    }

    /// The canonical absolute path with every link resolved, or nil when it does not resolve.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The path of entry `name` of `folder`.
    static func child(_ name: String, of folder: String) -> String {
        folder.hasSuffix("/") ? folder + name : "\(folder)/\(name)"
    }

    func isExcluded(_ path: String) -> Bool {
        guard !excluded.isEmpty else { return false }
        return excluded.contains(Self.realPath(path) ?? path)
    }

    /// True when `path` is `folder` or inside it.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// The athlete folder that holds a real path, if any.
    func owningAthlete(of real: String) -> String? {
        athleteRoots.first { Self.isInside(real, $0.value) }?.key
    }

    /// Classifies the entry at `path` (`child(_:of:)` of a folder's real path), inside the folder
    /// of athlete `owner` (nil at the top of the team folder). Links are followed only to a real
    /// path inside the team folder that is not the team folder itself and not in another
    /// athlete's folder. Files are read later at the real path given here
    /// (`RegularFile.openForReading(_:atRealPath:)`), so a link made after this check is not followed.
    func entry(_ path: String, owner: String?) -> Entry {
        var link = stat()
        guard lstat(path, &link) == 0 else { return .skipped("cannot be read: \(PlainError.describe(errno))") }
        let isLink = link.st_mode & S_IFMT == S_IFLNK
        var info = link
        if isLink {
            guard let real = Self.realPath(path), stat(path, &info) == 0 else {
                return .skipped("symbolic link to nothing (or a link loop); not followed")
            }
            guard Self.isInside(real, root) else {
                return .skipped("symbolic link pointing outside the team folder; not followed")
            }
            if real == root || Self.isInside(root, real) {
                return .skipped("symbolic link to the team folder itself; not followed")
            }
            if excluded.contains(real) { return .skipped("symbolic link to hipbalance's own output; not followed") }
            if let other = owningAthlete(of: real), other != owner {
                return .skipped(
                    "symbolic link into athlete folder '\(other)'; not followed (each file belongs to one athlete)")
            }
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { return .folder(real) }
            if type == S_IFREG { return .file(real) }
            return .skipped("symbolic link to something that \(RegularFile.typeDescription(type)); skipped")
        }
        switch link.st_mode & S_IFMT {
        case S_IFDIR: return .folder(path)
        case S_IFREG: return .file(path)
        case let type: return .skipped("\(RegularFile.typeDescription(type)); skipped")
        }
    }
}
