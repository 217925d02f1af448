import Foundation
import HipBalanceCore
import Ingest

/// `hipbalance inspect`: reads one file on its own, classified by the same sniffer as a team
/// run's discovery, and says what it holds.
public enum Inspection {
    /// What one file turned out to hold, and its JSON line (encoded once).
    public struct Outcome: Sendable, Hashable {
        /// The record of one file.
        public enum Record: Sendable, Hashable {
            /// An activity file, or any file that could not be read (an `error` record).
            case activity(InspectRecord)
            case strength(StrengthInspection)

            var line: any InspectionLine {
                switch self {
                case .activity(let record): record
                case .strength(let record): record
                }
            }
        }

        public let record: Record
        /// The stable interface: one compact JSON object (docs/inspect.md).
        public let jsonLine: String

        /// The outcome, or an `error` record for the same file when it cannot be written as JSON
        /// (so that the command's exit status says so too).
        init(_ record: Record) {
            if let json = record.line.encodedJSON() {
                self.record = record
                jsonLine = json
            } else {
                let unencodable = InspectRecord.unencodable(file: record.line.file)
                self.record = .activity(unencodable)
                jsonLine = unencodable.jsonLine()
            }
        }

        /// True when the file could not be read (the command then exits 1).
        public var failed: Bool {
            if case .activity(let record) = record { return record.status == .error }
            return false
        }

        /// The same for people, one line per activity.
        public func text() -> String {
            switch record {
            case .activity(let record): InspectionText.render(record)
            case .strength(let record): InspectionText.render(record)
            }
        }
    }

    /// Reads one file; every failure becomes an `error` record. Only a regular file is opened (a
    /// folder, a pipe or a device is named as such, never read or waited on). The exercise
    /// catalogue is consulted only when a strength log comes along.
    public static func inspect(_ path: String, weightUnit: WeightUnit?) -> Outcome {
        Outcome(record(of: path, weightUnit: weightUnit))
    }

    private static func record(of path: String, weightUnit: WeightUnit?) -> Outcome.Record {
        let handle: FileHandle
        do {
            handle = try RegularFile.openForReading(path)
        } catch {
            return failure(path, error.message)
        }
        defer { try? handle.close() }
        do {
            let prefix = try read(handle, path: path) { try $0.read(upToCount: InputSniffer.prefixLength) }
            try rewind(handle, path: path)
            switch InputSniffer.sniff(prefix: prefix, name: path) {
            case .activity:
                return .activity(InspectRecord(file: path, activityFile: try activities(handle, path: path)))
            case .empty where InputSniffer.hasActivityExtension(path):
                // Named like an activity file: the reader's own error says it is empty.
                return .activity(InspectRecord(file: path, activityFile: try activities(handle, path: path)))
            case .strength:
                // Streamed, like a run reads it (memory grows with the sets, not the file).
                let options = StrengthReadOptions(defaultWeightUnit: weightUnit)
                var digest = ContentDigest()
                let log = try StrengthLogReader.read(
                    fileHandle: handle, source: path, options: options, digest: &digest)
                return .strength(StrengthInspection(file: path, log: log))
            case .empty, .zipArchive, .stravaIndex, .unknown:
                return failure(path, "not a GPX, TCX, FIT or known strength-log file")
            }
        } catch {
            return .activity(InspectRecord(file: path, error: error))
        }
    }

    /// The activity file at `handle`, with a watch's strength sets resolved once against the
    /// shipped catalogue (`inspect` reads no team configuration), as a run resolves them against
    /// the athlete's catalogue when it assembles the log.
    private static func activities(_ handle: FileHandle, path: String) throws(IngestError) -> ActivityFile {
        var file = try ActivityReader.read(fileHandle: handle, source: path)
        file.strength = file.strength.map(ExerciseResolver.standard.resolvingExercises(of:))
        return file
    }

    private static func failure(_ path: String, _ message: String) -> Outcome.Record {
        .activity(InspectRecord(file: path, error: IngestError(message, at: SourceLocation(source: path))))
    }

    /// Bytes from `handle`, a failure worded as a plain-word ingest error naming the file.
    private static func read(
        _ handle: FileHandle, path: String, _ body: (FileHandle) throws -> Data?
    ) throws(IngestError) -> Data {
        do {
            return try body(handle) ?? Data()
        } catch {
            throw IngestError("cannot read: \(PlainError.describe(error))", at: SourceLocation(source: path))
        }
    }

    private static func rewind(_ handle: FileHandle, path: String) throws(IngestError) {
        do {
            try handle.seek(toOffset: 0)
        } catch {
            throw IngestError("cannot read: \(PlainError.describe(error))", at: SourceLocation(source: path))
        }
    }
}
