import Foundation
import HipBalanceCore
import Ingest

/// The one way a zip member is read, by a run and by the fuzzer: streamed from the archive
/// into its reader (never inflated whole), and the rest of the member inflated after the
/// reader stops, so that its size and checksum are always checked.
public enum ArchiveMemberReader {
    /// Reads one member as an activity file or a strength log; never throws (a failure is `.rejected`).
    public static func parse(
        _ entry: ZipEntry, of archive: ZipArchive, kind: InputKind, source: String, options: StrengthReadOptions
    ) -> ParsedInput {
        do throws(IngestError) {
            switch kind {
            case .activity:
                var last: ZipMemberSource?
                let result: Result<ActivityFile, IngestError>
                do {
                    result = .success(
                        try ActivityReader.readReopenable(source: source) {
                            () throws(IngestError) -> ZipMemberSource? in
                            let member = try archive.open(entry, source: source)
                            last = member
                            return member
                        })
                } catch {
                    result = .failure(error)
                }
                try last?.drain()
                return .activities(try result.get())
            case .strength:
                // The size the table of contents lists first: a member over the cap is not inflated.
                if entry.uncompressedSize > UInt64(StrengthLogReader.maximumBytes) {
                    throw IngestError(
                        "is larger than \(StrengthLogReader.maximumBytes >> 20) MiB, the most read from one strength log",
                        at: SourceLocation(source: source))
                }
                let member = try archive.open(entry, source: source)
                let result: Result<StrengthLog, IngestError>
                do {
                    result = .success(try StrengthLogReader.read(bytes: member, source: source, options: options))
                } catch {
                    result = .failure(error)
                }
                try member.drain()
                return .strength(try result.get())
            }
        } catch {
            return .rejected(error)
        }
    }
}

extension ArchiveMemberReader {
    /// Reads every member of an archive as a run would, for the fuzzer: `activities.csv` as a
    /// Strava index, members named like activity files through the activity reader, and every
    /// other member through the strength reader (a run lists those as unknown; reading them
    /// puts the strength reader behind the member stream too). Returns the parsed results.
    public static func readEveryMember(of archive: ZipArchive, options: StrengthReadOptions) throws(ZipError)
        -> [ParsedInput]
    {
        var results: [ParsedInput] = []
        for entry in try archive.entries() where !entry.isSymbolicLink {
            let source = "\(archive.url.lastPathComponent)#\(entry.uniqueName)"
            if TeamDiscovery.isStravaIndexName(entry.path) {
                do {
                    let data = try archive.open(entry, source: source).readAll(maximumSize: StravaIndex.maximumSize)
                    _ = try StravaIndex(data: data, source: source)
                } catch {
                    results.append(.rejected(error))
                }
                continue
            }
            let kind: InputKind = InputSniffer.hasActivityExtension(entry.path) ? .activity : .strength
            results.append(parse(entry, of: archive, kind: kind, source: source, options: options))
        }
        return results
    }
}
