import Foundation
import HipBalanceCore
import Logging
import Reports

/// Everything `hipbalance merge` needs to know.
public struct MergeConfiguration: Sendable {
    public var outputDirectory: URL
    /// Output folders of `hipbalance run --shard K/N`, one per shard.
    public var shardDirectories: [URL]
    public var logger: Logger
    /// The clock for the merged `run.json`'s end time.
    public var clock: @Sendable () -> Date

    public init(
        outputDirectory: URL, shardDirectories: [URL], logger: Logger = Logger(label: "hipbalance.merge"),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.outputDirectory = outputDirectory
        self.shardDirectories = shardDirectories
        self.logger = logger
        self.clock = clock
    }
}

/// Gathers the athletes of shard outputs into one folder and builds the team files from their
/// `report.json`, without reading any input again.
public enum TeamMerge {
    public static func execute(_ configuration: MergeConfiguration) -> RunOutcome {
        let shards: [(url: URL, record: RunRecord)]
        do {
            shards = try configuration.shardDirectories.map { url in (url, try readRecord(in: url)) }
            try checkConsistent(shards.map(\.record), names: shards.map(\.url.path))
        } catch let error as MergeError {
            return .invalid(Diagnostic(.error, error.message))
        } catch {
            return .invalid(Diagnostic(.error, "\(error)"))
        }
        let output: OutputFolder
        do {
            output = try OutputFolder(root: configuration.outputDirectory)
        } catch {
            return error.isLocked ? .locked(error.diagnostic) : .outputFailed(error.diagnostic)
        }
        let first = shards[0].record
        do {
            // Staged and published at the end, like a run: a merge that fails part-way (a shard
            // without a report, a full disk) leaves the previous complete set of outputs.
            try output.beginStaging()
            var reports: [AthleteReport] = []
            for (url, record) in shards {
                for athlete in record.athletes {
                    reports.append(try copyAthlete(athlete.id, from: url, to: output))
                }
            }
            reports.sort { $0.athleteID < $1.athleteID }
            try ReportWriter.writeTeam(
                reports, teamName: first.teamName, asOf: first.asOf, formats: first.formats, to: output)
            let records = shards.map(\.record)
            let counts = records.map(\.counts).reduce(InputCounts(), +)
            let merged = RunRecord(
                hipBalanceVersion: hipBalanceVersion, teamName: first.teamName, asOf: first.asOf,
                startedAt: records.map(\.startedAt).min() ?? first.startedAt, finishedAt: configuration.clock(),
                shard: nil,
                mergedFrom: shards.map { $0.url.standardizedFileURL.path }, formats: first.formats, counts: counts,
                athletes: records.flatMap(\.athletes).sorted { $0.id < $1.id },
                errors: RunRecord.sorted(records.flatMap(\.errors)),
                rowErrors: RunRecord.sorted(records.flatMap(\.rowErrors)),
                unknownFiles: records.flatMap(\.unknownFiles).sorted { $0.path < $1.path },
                warnings: DiagnosticTexts.uniqueSorted(records.flatMap(\.warnings)),
                exitStatus: records.map(\.exitStatus).max() ?? 0)
            try output.write(RunRecord.encoder().encode(merged), to: [RunRecord.fileName])
            try output.publish()
            configuration.logger.info("merged \(reports.count) athletes from \(shards.count) shards")
            return .completed(merged)
        } catch let error as OutputError {
            return .outputFailed(error.diagnostic)
        } catch let error as MergeError {
            return .invalid(Diagnostic(.error, error.message))
        } catch {
            return .outputFailed(Diagnostic(.error, "\(error)"))
        }
    }

    static func readRecord(in folder: URL) throws -> RunRecord {
        let url = folder.appendingPathComponent(RunRecord.fileName)
        guard let data = try? Data(contentsOf: url) else {
            throw MergeError(message: "\(folder.path) is not a hipbalance run output: \(RunRecord.fileName) is missing")
        }
        do {
            return try RunRecord.decoder().decode(RunRecord.self, from: data)
        } catch {
            throw MergeError(message: "\(url.path) cannot be read: \(error)")
        }
    }

    /// Shards must be of one team, day and format set, each shard given once, with all of 1…N present.
    static func checkConsistent(_ records: [RunRecord], names: [String]) throws(MergeError) {
        guard let first = records.first else { throw MergeError(message: "no shard folders given") }
        for (record, name) in zip(records, names) {
            guard record.teamName == first.teamName, record.asOf == first.asOf, record.formats == first.formats else {
                throw MergeError(
                    message:
                        "\(name) is of team '\(record.teamName)' as of \(record.asOf) (\(record.formats.map(\.rawValue).joined(separator: ","))), the first shard of '\(first.teamName)' as of \(first.asOf) (\(first.formats.map(\.rawValue).joined(separator: ","))): run every shard with the same --as-of and --format"
                )
            }
        }
        let shards = records.map { $0.shard.flatMap(Shard.init) }
        if shards.contains(nil) {
            guard records.count == 1 else {
                throw MergeError(message: "an output without --shard can only be merged alone")
            }
            return
        }
        let given = shards.compactMap { $0 }
        let count = given[0].count
        guard given.allSatisfy({ $0.count == count }) else {
            throw MergeError(
                message: "shards of different counts given: \(given.map(\.description).joined(separator: ", "))")
        }
        let indices = given.map(\.index)
        let duplicates = Dictionary(grouping: indices, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        guard duplicates.isEmpty else {
            throw MergeError(
                message: "shard \(duplicates.map { "\($0)/\(count)" }.joined(separator: ", ")) given more than once")
        }
        let missing = (1...count).filter { !indices.contains($0) }
        guard missing.isEmpty else {
            throw MergeError(message: "shard \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) missing")
        }
    }

    /// Copies one athlete's files (atomically) and returns the decoded `report.json`.
    static func copyAthlete(_ id: String, from shard: URL, to output: OutputFolder) throws -> AthleteReport {
        guard SafePathComponent.isSafe(id) else {
            throw MergeError(message: "\(shard.path): athlete id '\(id)' is not a safe folder name")
        }
        let folder = shard.appendingPathComponent(id)
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { !$0.hasPrefix(".") }.sorted()
            ?? []
        var report: AthleteReport?
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            if name == ReportWriter.athleteJSONFileName {
                do {
                    report = try JSONReportRenderer.decode(data)
                } catch {
                    throw MergeError(message: "\(folder.appendingPathComponent(name).path) cannot be read: \(error)")
                }
            }
            try output.write(data, to: [id, name])
        }
        guard let report else {
            throw MergeError(
                message: "\(folder.path) has no \(ReportWriter.athleteJSONFileName); was the shard run interrupted?")
        }
        return report
    }
}

/// Shard outputs that cannot be merged.
struct MergeError: Error, Sendable, Hashable {
    var message: String
}
