import ArgumentParser
import Foundation
import HipBalanceCore
import Ingest

/// `hipbalance inspect FILE...`: reads each file on its own and prints what it holds.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what activity files and strength logs hold, one JSON object per file (see docs/inspect.md).",
        discussion: "Exit status 0 when every file is ok or empty, 1 when any could not be read."
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    @Argument(help: "GPX, TCX or FIT files (plain or .gz) and strength-log CSVs.")
    var files: [String]

    @Option(help: "Weight unit for strength logs that carry none (kg or lb); without it kg is assumed, with a warning.")
    var weightUnit: WeightUnit?

    @Option(help: "json (one object per line, the stable interface) or text (for people).")
    var format: OutputFormat = .json

    func run() throws {
        var failed = false
        for path in files {
            switch Self.inspect(path, weightUnit: weightUnit) {
            case .activity(let record):
                failed = failed || record.status == .error
                print(format == .json ? record.jsonLine() : TextRendering.render(record))
            case .strength(let log):
                let record = StrengthInspection(file: path, log: log, resolver: .standard)
                print(format == .json ? record.jsonLine() : TextRendering.render(record))
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// What kind of input a file is, from its content first and its name second.
    private enum InputKind {
        case activity
        case strength
        case unknown
    }

    /// What one file turned out to hold.
    enum Outcome {
        /// An activity file, or any file that could not be read (an `error` record).
        case activity(InspectRecord)
        case strength(StrengthLog)
    }

    /// Reads one file; every failure becomes an `error` record. The exercise catalogue is loaded
    /// only when a strength log comes along.
    static func inspect(_ path: String, weightUnit: WeightUnit?) -> Outcome {
        // Only a regular file is opened for reading (a folder, a pipe or a device is named as
        // such, never read or waited on).
        let handle: FileHandle
        do {
            handle = try RegularFile.openForReading(path)
        } catch {
            return .activity(InspectRecord(file: path, error: IngestError(error.message, at: SourceLocation(source: path))))
        }
        defer { try? handle.close() }
        do {
            switch try kind(of: handle, path: path) {
            case .activity:
                return .activity(
                    InspectRecord(file: path, activityFile: try ActivityReader.read(fileHandle: handle, source: path)))
            case .strength:
                let options = StrengthReadOptions(defaultWeightUnit: weightUnit)
                var digest = ContentDigest()
                return .strength(try StrengthLogReader.read(fileHandle: handle, source: path, options: options, digest: &digest))
            case .unknown:
                let message = "not a GPX, TCX, FIT or known strength-log file"
                return .activity(InspectRecord(file: path, error: IngestError(message, at: SourceLocation(source: path))))
            }
        } catch {
            return .activity(InspectRecord(file: path, error: error))
        }
    }

    /// Sniffs the first bytes (then rewinds). A `.gpx`/`.tcx` name whose content does not look like
    /// one still goes to the activity reader, so that its error names the line that is wrong.
    private static func kind(of handle: FileHandle, path: String) throws(IngestError) -> InputKind {
        do {
            let prefix = try handle.read(upToCount: 16 * 1024) ?? Data()
            try handle.seek(toOffset: 0)
            if ActivityReader.sniff(prefix: prefix) != nil { return .activity }
            if StrengthLogReader.detect(prefix: prefix) != nil { return .strength }
        } catch {
            throw IngestError("cannot read: \(PlainError.describe(error))", at: SourceLocation(source: path))
        }
        let name = path.lowercased()
        let activityExtensions = [".gpx", ".tcx", ".fit", ".gpx.gz", ".tcx.gz", ".fit.gz"]
        return activityExtensions.contains(where: name.hasSuffix) ? .activity : .unknown
    }
}

extension WeightUnit: ExpressibleByArgument {}

/// The human-readable form of an inspect record.
enum TextRendering {
    static func render(_ record: StrengthInspection) -> String {
        var head = "\(record.file): \(record.format.rawValue) log, \(record.sessions) sessions, \(record.sets) sets"
        head += " (\(record.workingSets) working, \(record.warmupSets) warm-up, \(record.timedSets) timed)"
        head += ", \(record.cardioRows) cardio rows, weights in \(record.weightUnit.rawValue)"
        if let first = record.firstDate, let last = record.lastDate { head += ", \(first) to \(last)" }
        var lines = [head]
        lines += record.unknownExercises.map { "  unknown exercise: \($0.name) (\($0.sets) sets)" }
        lines += record.warnings.map { "  warning: \($0)" }
        lines += record.rowErrors.map { "  row error: \($0)" }
        return lines.joined(separator: "\n")
    }

    static func render(_ record: InspectRecord) -> String {
        switch record.status {
        case .error:
            let location = [record.error?.line, record.error?.column].compactMap { $0.map(String.init) }
            let at = location.isEmpty ? "" : ":" + location.joined(separator: ":")
            return "\(record.file)\(at): error: \(record.error?.message ?? "")"
        case .empty:
            return "\(record.file): empty: \(record.reason ?? "")"
        case .ok:
            var lines = ["\(record.file): \(record.format?.rawValue ?? "") with \(record.activities.count) activit\(record.activities.count == 1 ? "y" : "ies")"]
            for a in record.activities {
                var parts = [a.sport.rawValue, a.start ?? "no usable time"]
                parts.append(String(format: "%.2f km", a.distanceMeters / 1000))
                parts.append("elapsed \(duration(a.elapsedSeconds)), moving \(duration(a.movingSeconds))")
                parts.append(String(format: "+%.0f/-%.0f m", a.ascentMeters, a.descentMeters))
                parts.append("\(a.points) points")
                if a.laps > 0 { parts.append("\(a.laps) laps") }
                if let hr = a.heartRate { parts.append(String(format: "HR %.0f/%.0f", hr.mean, hr.max)) }
                if let cadence = a.cadence { parts.append(String(format: "cadence %.0f", cadence.mean)) }
                if let power = a.power { parts.append(String(format: "power %.0f W (NP %.0f)", power.mean, power.normalized)) }
                if let device = a.device { parts.append(device) }
                lines.append("  " + parts.joined(separator: ", "))
            }
            if let s = record.strength {
                lines.append("  strength: \(s.sessions) sessions, \(s.sets) sets (\(s.workingSets) working, \(s.warmupSets) warm-up, \(s.timedSets) timed)")
                lines += s.unknownExercises.map { "  unknown exercise: \($0.name) (\($0.sets) sets)" }
                lines += s.warnings.map { "  warning: \($0)" }
            }
            lines += record.warnings.map { "  warning: \($0)" }
            return lines.joined(separator: "\n")
        }
    }

    private static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
    }
}
