import Foundation
import HipBalanceCore
import Ingest

/// Finds athletes and classifies their files by content, not only by extension.
public struct TeamDiscovery: Sendable {
    public var teamDirectory: URL
    /// Absolute paths inside the team folder that belong to hipbalance (the output folder and
    /// the cache, when the user placed them there); never treated as input.
    public var excludedPaths: Set<String>
    /// Where compressed zips found inside zips are copied to be read; the caller keeps it until
    /// the inputs have been read and then removes it.
    public var scratch: ScratchFolder

    public init(teamDirectory: URL, excludedPaths: Set<String> = [], scratch: ScratchFolder = ScratchFolder()) {
        self.teamDirectory = teamDirectory.standardizedFileURL
        self.excludedPaths = excludedPaths
        self.scratch = scratch
    }

    /// Lists the athletes (immediate sub-folders, hidden ones skipped) and their inputs at any depth.
    ///
    /// Only folders and regular files are read: pipes, devices and sockets are listed as skipped
    /// with the reason. A symbolic link is followed only while it stays inside the team folder
    /// and does not lead into another athlete's folder (or back to the team folder); a folder
    /// reached twice (a link loop) is not walked again.
    public func discover() throws -> TeamInventory {
        let fileManager = FileManager.default
        let names = try fileManager.contentsOfDirectory(atPath: teamDirectory.path).sorted()
        let layout = TeamLayout(teamDirectory: teamDirectory, names: names, excludedPaths: excludedPaths)
        var athletes: [DiscoveredAthlete] = []
        var loose: [UnknownFile] = []
        var rejected: [Diagnostic] = []
        var folderByID: [String: String] = [:]
        for name in names where !name.hasPrefix(".") {
            let child = TeamLayout.child(name, of: layout.root)
            if layout.isExcluded(child) { continue }
            switch layout.entry(child, owner: nil) {
            case .folder(let real):
                let id = SafePathComponent.sanitise(name)
                if let other = folderByID[id] {
                    rejected.append(
                        .rejected(
                            name,
                            "athlete folder name becomes id '\(id)', already used by folder '\(other)'; rename one"))
                    continue
                }
                folderByID[id] = name
                athletes.append(discoverAthlete(folder: name, id: id, real: real, layout: layout))
            case .file:
                if name != TeamConfiguration.fileName {
                    loose.append(UnknownFile(path: name, reason: "not inside an athlete folder"))
                }
            case .skipped(let reason):
                if name != TeamConfiguration.fileName { loose.append(UnknownFile(path: name, reason: reason)) }
            }
        }
        return TeamInventory(athletes: athletes.sorted { $0.id < $1.id }, looseFiles: loose, rejected: rejected)
    }

    /// The athlete whose folder is `folder` (its real path `real`) and the inputs in it.
    func discoverAthlete(folder: String, id: String, real: String, layout: TeamLayout) -> DiscoveredAthlete {
        var athlete = DiscoveredAthlete(
            folder: folder, id: id, items: [], unknownFiles: [], rejected: [], metadataFiles: [])
        var stravaIndexes: [(directory: String, index: StravaIndex)] = []
        var visited: Set = [real]
        for entry in walk(real, relativeTo: folder, owner: folder, layout: layout, visited: &visited) {
            switch entry {
            case .file(let file, let path):
                classify(file: file, path: path, into: &athlete, stravaIndexes: &stravaIndexes)
            case .skipped(let path, let reason):
                athlete.unknownFiles.append(UnknownFile(path: path, reason: reason))
            }
        }
        // Link files of unpacked Strava exports to their activities.csv rows.
        for (position, item) in athlete.items.enumerated() where item.kind == .activity {
            for (directory, index) in stravaIndexes where item.path.hasPrefix(directory + "/") {
                athlete.items[position].strava = index.info(
                    forFilename: String(item.path.dropFirst(directory.count + 1)))
            }
        }
        athlete.items.sort { $0.path < $1.path }
        athlete.unknownFiles.sort { $0.path < $1.path }
        athlete.metadataFiles.sort()
        return athlete
    }

    /// What a walk finds: a regular file to classify (its real path, and its path in the team
    /// folder), or something skipped with its reason.
    enum WalkEntry {
        case file(URL, String)
        case skipped(String, String)
    }

    /// Regular files under the folder whose real path is `folder`, depth first, hidden entries
    /// skipped; folders reached through links are walked once (`visited` holds real paths), the
    /// rest is listed with a reason.
    func walk(_ folder: String, relativeTo base: String, owner: String, layout: TeamLayout, visited: inout Set<String>)
        -> [WalkEntry]
    {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            return [.skipped(base, "folder cannot be listed: \(PlainError.describe(error))")]
        }
        var entries: [WalkEntry] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = TeamLayout.child(name, of: folder)
            if layout.isExcluded(child) { continue }
            let path = "\(base)/\(name)"
            switch layout.entry(child, owner: owner) {
            case .folder(let real):
                guard visited.insert(real).inserted else {
                    entries.append(
                        .skipped(path, "symbolic link to a folder already read (a link loop?); not followed"))
                    continue
                }
                entries += walk(real, relativeTo: path, owner: owner, layout: layout, visited: &visited)
            case .file(let real):
                entries.append(.file(URL(fileURLWithPath: real), path))
            case .skipped(let reason):
                entries.append(.skipped(path, reason))
            }
        }
        return entries
    }

    func classify(
        file url: URL, path: String, into athlete: inout DiscoveredAthlete,
        stravaIndexes: inout [(directory: String, index: StravaIndex)]
    ) {
        let prefix: Data
        do {
            let handle = try RegularFile.openForReading(url.path, atRealPath: true)
            defer { try? handle.close() }
            prefix = try handle.read(upToCount: InputSniffer.prefixLength) ?? Data()
        } catch let error as FileReadError {
            athlete.rejected.append(.rejected(path, error.message))
            return
        } catch {
            athlete.rejected.append(.rejected(path, "cannot be read: \(PlainError.describe(error))"))
            return
        }
        switch InputSniffer.sniff(prefix: prefix, name: path) {
        case .empty:
            athlete.unknownFiles.append(UnknownFile(path: path, reason: "empty file"))
        case .zipArchive:
            expandArchive(url, path: path, into: &athlete)
        case .stravaIndex:
            readStravaIndex(url, path: path, into: &athlete, stravaIndexes: &stravaIndexes)
        case .activity:
            athlete.items.append(
                InputItem(athleteFolder: athlete.folder, path: path, location: .file(url), kind: .activity))
        case .strength:
            athlete.items.append(
                InputItem(athleteFolder: athlete.folder, path: path, location: .file(url), kind: .strength))
        case .unknown(let reason):
            if Self.isGarminExportPath(path) {
                athlete.notTrainingData.append(UnknownFile(path: path, reason: Self.garminExportReason))
            } else {
                athlete.unknownFiles.append(UnknownFile(path: path, reason: reason))
            }
        }
    }

    /// Reads an unpacked Strava export's `activities.csv`, whose rows are linked to the files
    /// beside it once the walk is done.
    func readStravaIndex(
        _ url: URL, path: String, into athlete: inout DiscoveredAthlete,
        stravaIndexes: inout [(directory: String, index: StravaIndex)]
    ) {
        do {
            guard
                let data = try RegularFile.read(
                    url, maximumSize: StravaIndex.maximumSize, what: "Strava activities.csv", atRealPath: true)
            else {
                return
            }
            let index = try StravaIndex(data: data, source: path)
            let directory = (path as NSString).deletingLastPathComponent
            stravaIndexes.append((directory, index))
            athlete.metadataFiles.append(path)
            if let note = index.manualEntriesNote(source: path) { athlete.notes.append(note) }
        } catch let error as IngestError {
            athlete.rejected.append(Diagnostic(error).at(path: path))
        } catch let error as FileReadError {
            athlete.rejected.append(.rejected(path, error.message))
        } catch {
            athlete.rejected.append(.rejected(path, "cannot be read: \(PlainError.describe(error))"))
        }
    }

    /// Lists a zip archive (its table of contents is read once, in one pass): a Strava bulk
    /// export, a Garmin Connect export, or any zip of activity files. Strava's `activities.csv`
    /// links rows to members by `Filename`; members are classified by name (`.gpx`, `.tcx`, `.fit`,
    /// optionally `.gz`) and parsed by content later. Zips inside the zip (Garmin's
    /// `UploadedFiles_*.zip` parts) are listed the same way, one level deep. Members that share a
    /// name are all read (the second as `NAME#2`, and so on); links inside the zip are never followed.
    func expandArchive(_ url: URL, path: String, into athlete: inout DiscoveredAthlete) {
        let archive: ZipArchive
        let entries: [ZipEntry]
        do {
            archive = try ZipArchive(url: url)
            entries = try archive.entries()
        } catch {
            athlete.rejected.append(.rejected(path, "zip archive \(error.message)"))
            return
        }
        let indexEntry = entries.first { Self.isStravaIndexName($0.path) }
        var index: StravaIndex?
        if let entry = indexEntry {
            let member = "\(path)#\(entry.path)"
            do {
                let data = try archive.open(entry, source: member).readAll(maximumSize: StravaIndex.maximumSize)
                let found = try StravaIndex(data: data, source: member)
                index = found
                athlete.metadataFiles.append(member)
                if let note = found.manualEntriesNote(source: member) { athlete.notes.append(note) }
            } catch {
                athlete.rejected.append(Diagnostic(error).at(path: member))
            }
        }
        // `Filename` values are relative to the folder holding activities.csv (the zip's root).
        let root = indexEntry.map { ($0.path as NSString).deletingLastPathComponent } ?? ""
        let garminExport = Self.isGarminExportPath(path) || entries.contains { Self.isGarminExportPath($0.path) }
        for entry in entries where entry != indexEntry {
            let member = "\(path)#\(garminExport ? Self.withoutEmailAddress(entry.uniqueName) : entry.uniqueName)"
            if Self.isHiddenMember(entry.path) { continue }
            if !entry.isSymbolicLink, Self.isZipName(entry.path) {
                expandNestedArchive(entry, of: archive, path: member, garminExport: garminExport, into: &athlete)
                continue
            }
            let filename = root.isEmpty ? entry.path : String(entry.path.dropFirst(root.count + 1))
            classifyMember(
                entry, path: member, location: .archiveEntry(archive: url, entry: entry),
                strava: index?.info(forFilename: filename),
                garminExport: garminExport, into: &athlete)
        }
    }

    /// Lists a zip found inside a zip: read in place when stored, else from an inflated copy in the
    /// scratch folder. A damaged inner zip is rejected under its member path; the rest of the
    /// outer zip is still read.
    func expandNestedArchive(
        _ entry: ZipEntry, of outer: ZipArchive, path: String, garminExport: Bool, into athlete: inout DiscoveredAthlete
    ) {
        let nested: NestedZip
        let entries: [ZipEntry]
        do throws(IngestError) {
            let (found, archive) = try NestedZip.open(entry, of: outer, source: path, scratch: scratch)
            nested = found
            do {
                entries = try archive.entries()
            } catch {
                throw IngestError("zip archive \(error.message)", at: SourceLocation(source: path))
            }
        } catch {
            athlete.rejected.append(Diagnostic(error).at(path: path))
            return
        }
        for inner in entries where !Self.isHiddenMember(inner.path) {
            let member = "\(path)#\(garminExport ? Self.withoutEmailAddress(inner.uniqueName) : inner.uniqueName)"
            if !inner.isSymbolicLink, Self.isZipName(inner.path) {
                athlete.unknownFiles.append(
                    UnknownFile(path: member, reason: "a zip inside a zip inside a zip; not read"))
                continue
            }
            classifyMember(
                inner, path: member, location: .nestedArchiveEntry(nested, entry: inner), strava: nil,
                garminExport: garminExport,
                into: &athlete)
        }
    }

    /// Classifies one zip member by its name: an activity file, a Garmin summary of strength
    /// workouts, a file of an account export that is not training data, or an unknown file.
    func classifyMember(
        _ entry: ZipEntry, path: String, location: InputLocation, strava: StravaActivityInfo?, garminExport: Bool,
        into athlete: inout DiscoveredAthlete
    ) {
        if entry.isSymbolicLink {
            athlete.unknownFiles.append(UnknownFile(path: path, reason: "symbolic link inside the zip; not followed"))
        } else if InputSniffer.hasActivityExtension(entry.path) {
            athlete.items.append(
                InputItem(
                    athleteFolder: athlete.folder, path: path, location: location, kind: .activity, strava: strava))
        } else if Self.isGarminSummaryName(entry.path) {
            athlete.items.append(
                InputItem(athleteFolder: athlete.folder, path: path, location: location, kind: .strength))
        } else if garminExport {
            athlete.notTrainingData.append(UnknownFile(path: path, reason: Self.garminExportReason))
        } else {
            athlete.unknownFiles.append(UnknownFile(path: path, reason: InputSniffer.unknownReason(for: entry.path)))
        }
    }

    /// Dot files and macOS resource forks, skipped inside zips.
    static func isHiddenMember(_ entryPath: String) -> Bool {
        (entryPath as NSString).lastPathComponent.hasPrefix(".") || entryPath.hasPrefix("__MACOSX/")
    }

    static func isZipName(_ entryPath: String) -> Bool { entryPath.lowercased().hasSuffix(".zip") }

    /// A path inside a Garmin Connect "Export your data" archive (zip or unpacked).
    static func isGarminExportPath(_ path: String) -> Bool {
        path.hasPrefix("DI_CONNECT/") || path.contains("/DI_CONNECT/")
    }

    /// A Garmin export's upload named `<account e-mail>_<upload id>.fit` as `<e-mail>_<upload id>.fit`:
    /// the address is personal data and is kept out of reports (the member is still found by its
    /// real name).
    static func withoutEmailAddress(_ name: String) -> String {
        let slash = name.lastIndex(of: "/").map { name.index(after: $0) } ?? name.startIndex
        guard let at = name[slash...].firstIndex(of: "@"), let underscore = name[at...].firstIndex(of: "_") else {
            return name
        }
        return String(name[..<slash]) + "<e-mail>" + String(name[underscore...])
    }

    /// How files of a Garmin export that hold no training are listed.
    static let garminExportReason = "Garmin Connect export file, not training data"

    /// Garmin Connect's `*_summarizedActivities.json`: strength workouts with per-exercise totals.
    static func isGarminSummaryName(_ entryPath: String) -> Bool {
        let name = (entryPath as NSString).lastPathComponent.lowercased()
        return name.hasSuffix(".json") && name.contains("summarizedactivities")
    }

    static func isStravaIndexName(_ entryPath: String) -> Bool {
        (entryPath as NSString).lastPathComponent == "activities.csv"
    }

    /// True for an existing folder (or a symbolic link to one).
    static func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }
}
