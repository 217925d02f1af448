import Foundation
import HipBalanceCore

/// Reads FIT activity files: activities (one per session, transitions left out), the strength
/// sets of watch-recorded strength workouts, and warnings that name byte offsets.
///
/// One streaming pass decodes the file; a second pass over the same bytes runs only when the
/// first learned something the records need (sessions written after records of several sports,
/// heart rate appended in chained segments, a device-time correlation written late). Memory stays
/// constant in the number of records. See docs/fit.md.
enum FitReader {
    /// The file, plus the sessions as the device summarised them (for tests and `inspect`).
    struct Decoding {
        var file: ActivityFile
        var sessions: [FitSession]
        /// The session each activity came from (nil: the file has no session message).
        var activitySessions: [Int?]
        var report: FitDecodeReport
    }

    /// Whether bytes start like a FIT file header (after gunzip).
    static func isFit(prefix bytes: some Collection<UInt8>) -> Bool {
        let b = Array(bytes.prefix(12))
        return b.count == 12 && b[0] >= 12 && b[8] == 0x2E && b[9] == 0x46 && b[10] == 0x49 && b[11] == 0x54
    }

    /// Reads a FIT file; `open` gives the bytes from the start each time it is called (nil when they
    /// cannot be read a second time).
    static func read(source: String, open: () throws(IngestError) -> FitStream?) throws(IngestError) -> Decoding {
        guard let stream = try open() else {
            throw IngestError("cannot read the file", at: SourceLocation(source: source))
        }
        var first = FitActivityBuilder(plan: nil)
        let report = try FitDecoder.decode(stream.bytes, into: &first, sourceName: source)
        let file = SourceLocation(source: source)
        var warnings = report.allWarnings
        if let damage = stream.damage() {
            warnings.append(
                Diagnostic(
                    .warning, "\(damage.message); the FIT records before it were kept",
                    at: SourceLocation(source: source, byteOffset: damage.byteOffset)))
        }
        var final = first
        if first.needsSecondPass {
            if let again = try open() {
                var second = FitActivityBuilder(plan: first.makePlan())
                _ = try FitDecoder.decode(again.bytes, into: &second, sourceName: source)
                final = second
            } else {
                warnings.append(
                    Diagnostic(
                        .warning, "the records could not be read a second time to split them by session", at: file))
            }
        }
        var assembly = FitAssembly(first: first, final: final, source: source)
        assembly.warnings = warnings
        return Decoding(
            file: assembly.file(), sessions: first.sessions, activitySessions: assembly.activitySessions, report: report
        )
    }
}

extension FitReader {
    /// Reads FIT bytes held in memory (plain or gzip).
    static func read(data: Data, source: String) throws(IngestError) -> Decoding {
        let gzip = data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
        return try read(source: source) { () throws(IngestError) -> FitStream? in
            guard gzip else { return FitStream(bytes: AnyByteSource(DataByteSource(data))) }
            return FitStream(gunzip: GunzipByteSource(DataByteSource(data), source: source, chunkSize: 64 * 1024))
        }
    }
}
