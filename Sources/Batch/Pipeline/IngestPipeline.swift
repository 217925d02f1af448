import Foundation
import HipBalanceCore
import Ingest

/// Reads inputs on `jobs` threads through the cache. Each worker holds one file at a time and
/// streams activity files into the reader, so memory does not grow with the number of files.
struct IngestPipeline: Sendable {
    var cache: ParseCache
    /// Absolute path of the team folder, the cache's team column.
    var team: String
    var jobs: Int
    /// How to read each athlete's strength logs, by athlete folder.
    var strengthReading: [String: StrengthReading]
    /// Counts over all batches of the run, reported after each input.
    var tally: ProgressTally
    /// Called after a file was read and before it is checked for changes (tests use it to
    /// change a file at the worst moment).
    var afterRead: (@Sendable (URL) -> Void)?
    /// Archives kept open across the members of a run.
    var archives = ZipArchivePool()

    /// Reads one batch of inputs; the outcomes are in the order of `items`.
    func run(_ items: [InputItem]) -> [IngestOutcome] {
        Parallel.map(items.count, jobs: jobs) { index in
            let outcome = ingest(items[index])
            tally.record(outcome)
            return outcome
        }
    }

    /// Reads the inputs of `athletes` in parallel and hands back each athlete with its own
    /// outcomes (each outcome names its item).
    func run(athletes: [DiscoveredAthlete]) -> [(athlete: DiscoveredAthlete, outcomes: [IngestOutcome])] {
        var rest = run(athletes.flatMap(\.items))[...]
        return athletes.map { athlete in
            defer { rest = rest.dropFirst(athlete.items.count) }
            return (athlete, Array(rest.prefix(athlete.items.count)))
        }
    }

    /// Reads one input through the cache; never throws: a failure is a rejected outcome.
    func ingest(_ item: InputItem) -> IngestOutcome {
        switch item.location {
        case .file(let url): ingestFile(url, item)
        case .archiveEntry(let archive, let entry):
            ingestMember(
                entry, key: "\(archive.path)#\(entry.uniqueName)", archive: archive, readFrom: archive, window: nil,
                item)
        case .nestedArchiveEntry(let nested, let entry):
            ingestMember(
                entry, key: "\(nested.archive.path)#\(nested.member.uniqueName)#\(entry.uniqueName)",
                archive: nested.archive,
                readFrom: nested.file, window: nested.window, item)
        }
    }

    /// A file on disk: a cache hit on size and time, else on content hash, else parsed and stored.
    ///
    /// The stored hash is of the bytes the reader consumed (hashed while streaming), and a
    /// result is stored only when the file did not change while it was read: a file caught
    /// half-written is read once more, and if it is still changing it is reported, never cached.
    func ingestFile(_ url: URL, _ item: InputItem) -> IngestOutcome {
        let key = url.path
        for attempt in 1...2 {
            let before: FileState
            do {
                before = try FileState.of(url)
            } catch {
                return rejected("cannot be read: \(error.message)", item, key)
            }
            let fingerprint = InputFingerprint(
                size: before.size, modified: before.modified, contentHash: nil, readerKey: readerKey(item))
            if attempt == 1,
                let parsed = cache.lookup(
                    path: key, fingerprint: fingerprint, hash: { try ContentHash.ofFile(at: url) })
            {
                return IngestOutcome(item: item, parsed: parsed, fromCache: true, cacheKey: key)
            }
            let (parsed, digest) = parseFile(url, item)
            guard let digest else { return IngestOutcome(item: item, parsed: parsed, fromCache: false, cacheKey: key) }
            afterRead?(url)
            let after = try? FileState.of(url)
            if after == before && Int64(digest.size) == before.size {
                cache.store(
                    parsed, path: key, team: team, athlete: item.athleteFolder, fingerprint: fingerprint,
                    contentHash: digest.value)
                return IngestOutcome(item: item, parsed: parsed, fromCache: false, cacheKey: key)
            }
        }
        return rejected(
            "the file changed while it was being read (is it still being written?); it was not cached and will be read again next run",
            item, key)
    }

    /// A zip member: keyed by the archive's time and the member's size and recorded CRC-32, so a
    /// hit needs no decompression; a miss is inflated chunk by chunk into the reader (never whole
    /// into memory, within `ZipLimits`) through an archive this worker already has open.
    ///
    /// `archiveURL` is the zip file in the team folder; the member is read from the zip at
    /// `readFrom` (`window` of it): the same file, or, for a member of a zip inside that zip, the
    /// inner zip's place in it or its copy in the scratch folder.
    func ingestMember(
        _ entry: ZipEntry, key: String, archive archiveURL: URL, readFrom: URL, window: Range<UInt64>?,
        _ item: InputItem
    ) -> IngestOutcome {
        let state: FileState
        do {
            state = try FileState.of(archiveURL)
        } catch {
            return rejected("zip archive cannot be read: \(error.message)", item, key)
        }
        let contentHash = ContentHash.ofArchiveMember(crc32: entry.crc32, size: entry.uncompressedSize)
        let fingerprint = InputFingerprint(
            size: Int64(clamping: entry.uncompressedSize), modified: state.modified, contentHash: contentHash,
            readerKey: readerKey(item))
        if let parsed = cache.lookup(path: key, fingerprint: fingerprint, hash: { contentHash }) {
            return IngestOutcome(item: item, parsed: parsed, fromCache: true, cacheKey: key)
        }
        do {
            return try archives.withArchive(readFrom, window: window) { (archive) throws(ZipError) -> IngestOutcome in
                let parsed = parseMember(entry, of: archive, item)
                // A rewritten archive may have given bytes of another file: report, never cache.
                guard !archive.changedOnDisk, (try? FileState.of(archiveURL)) == state else {
                    return rejected(
                        "the zip archive changed while it was being read; it was not cached and will be read again next run",
                        item, key)
                }
                cache.store(
                    parsed, path: key, team: team, athlete: item.athleteFolder, fingerprint: fingerprint,
                    contentHash: contentHash)
                return IngestOutcome(item: item, parsed: parsed, fromCache: false, cacheKey: key)
            }
        } catch {
            return rejected("zip archive \(error.message)", item, key)
        }
    }

    /// Streams one member into its reader (see `ArchiveMemberReader`).
    func parseMember(_ entry: ZipEntry, of archive: ZipArchive, _ item: InputItem) -> ParsedInput {
        ArchiveMemberReader.parse(
            entry, of: archive, kind: item.kind, source: item.path,
            options: strengthReading[item.athleteFolder]?.options ?? StrengthReadOptions())
    }

    func rejected(_ text: String, _ item: InputItem, _ key: String) -> IngestOutcome {
        IngestOutcome(item: item, parsed: .rejected(message(text, item)), fromCache: false, cacheKey: key)
    }

    /// Reader version plus the options that change a reader's output.
    func readerKey(_ item: InputItem) -> String {
        switch item.kind {
        case .activity: "activity-\(ParserVersion.activity)"
        case .strength: "strength-\(ParserVersion.strength);\(strengthReading[item.athleteFolder]?.cacheKey ?? "")"
        }
    }

    /// Parses a file and returns the hash of the bytes read; a nil digest when it could not be read at all.
    func parseFile(_ url: URL, _ item: InputItem) -> (ParsedInput, ContentDigest?) {
        let handle: FileHandle
        do {
            handle = try RegularFile.openForReading(url.path, atRealPath: true)
        } catch {
            return (.rejected(message(error.message, item)), nil)
        }
        defer { try? handle.close() }
        var digest = ContentDigest()
        switch item.kind {
        case .activity:
            let parsed = parseActivity { () throws(IngestError) in
                try ActivityReader.read(fileHandle: handle, source: item.path, digest: &digest)
            }
            return (parsed, digest)
        case .strength:
            do {
                let options = strengthReading[item.athleteFolder]?.options ?? StrengthReadOptions()
                let log = try StrengthLogReader.read(
                    fileHandle: handle, source: item.path, options: options, digest: &digest)
                return (.strength(log), digest)
            } catch {
                return (.rejected(error), digest)
            }
        }
    }

    func parseActivity(_ read: () throws(IngestError) -> ActivityFile) -> ParsedInput {
        do {
            return .activities(try read())
        } catch {
            return .rejected(error)
        }
    }

    func message(_ text: String, _ item: InputItem) -> IngestError {
        IngestError(text, at: SourceLocation(source: item.path))
    }
}
