import Foundation

/// The one classifier of inputs, used by team discovery and by `inspect` alike: content first,
/// the name only as a fallback.
public enum InputSniffer {
    /// Bytes read from the start of an input to recognise it.
    public static let prefixLength = 16 * 1024

    /// Classifies an input from its first `prefixLength` bytes (fewer for a shorter input) and its
    /// name (a path or a zip member's path; only the ending is looked at).
    public static func sniff(prefix: Data, name: String) -> SniffedInput {
        if prefix.isEmpty { return .empty }
        if isZipArchive(prefix: prefix) { return .zipArchive }
        if isStravaIndex(prefix: prefix) { return .stravaIndex }
        if ActivityReader.sniff(prefix: prefix) != nil { return .activity }
        if StrengthLogReader.detect(prefix: prefix) != nil { return .strength }
        if hasActivityExtension(name) { return .activity }
        return .unknown(reason: unknownReason(for: name))
    }

    /// True when `prefix` starts with a zip local file header (`PK\3\4`).
    public static func isZipArchive(prefix: Data) -> Bool {
        prefix.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// True when `prefix` starts like Strava's `activities.csv` header (a UTF-8 BOM allowed).
    public static func isStravaIndex(prefix: Data) -> Bool {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = prefix.starts(with: bom) ? prefix.dropFirst(3) : prefix[...]
        return start.starts(with: Array("Activity ID,".utf8))
    }

    /// `.gpx`, `.tcx`, `.fit`, optionally followed by `.gz`, in any case.
    public static func hasActivityExtension(_ name: String) -> Bool {
        let lower = name.lowercased()
        return [".gpx", ".tcx", ".fit", ".gpx.gz", ".tcx.gz", ".fit.gz"].contains { lower.hasSuffix($0) }
    }

    /// Why an input that is none of the known kinds is left out, for the list of unknown files.
    public static func unknownReason(for name: String) -> String {
        if name.lowercased().hasSuffix(".zip") { return "named .zip but not a zip archive" }
        return "not a recognised activity file or strength log"
    }
}
