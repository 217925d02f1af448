import Foundation
import HipBalanceCore
import Ingest
import Logging
import Reports

/// Gathers the athletes of shard outputs into one folder and builds the team files from their
/// `report.json`, without reading any input again.
public enum TeamMerge {
    public static func execute(_ configuration: MergeConfiguration) -> RunOutcome {
        let shards: [(url: URL, record: RunRecord)]
        do {
            shards = try configuration.shardDirectories.map { url in (url, try readRecord(in: url)) }
            try checkConsistent(shards.map(\.record), names: shards.map(\.url.path))
        } catch let error as MergeError {
            return .invalid(error.diagnostic)
        } catch {
            return .invalid(Diagnostic(.error, PlainError.describe(error)))
        }
        let output: OutputFolder
        do {
            output = try OutputFolder(root: configuration.outputDirectory)
        } catch {
            return RunOutcome(cannotOpenOutput: error)
        }
        let first = shards[0].record
        // Staged and published at the end, like a run: a merge that fails part-way (a shard
        // without a report, a full disk) leaves the previous complete set of outputs.
        let outcome = output.stagedRun {
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
            return merged
        }
        if case .completed(let merged) = outcome {
            let athletes = merged.athletes.count
            configuration.logger.info(
                "merged \(athletes) athlete\(athletes == 1 ? "" : "s") from \(shards.count) shard\(shards.count == 1 ? "" : "s")"
            )
        }
        return outcome
    }

    /// The largest run record or athlete output `merge` reads from a shard (a season's report
    /// is a few MiB).
    static let maximumFileSize = 256 << 20

    static func readRecord(in folder: URL) throws(MergeError) -> RunRecord {
        let url = folder.appendingPathComponent(RunRecord.fileName)
        let read: Data?
        do {
            read = try RegularFile.read(url, maximumSize: maximumFileSize, what: "run record")
        } catch {
            throw MergeError("\(error.message); run that shard again", at: url.path)
        }
        guard let data = read else {
            throw MergeError(
                "not a hipbalance run output: \(RunRecord.fileName) is missing; give merge the --out folders of the shard runs",
                at: folder.path)
        }
        do {
            return try RunRecord.decoder().decode(RunRecord.self, from: data)
        } catch {
            throw MergeError(
                "cannot be read as a run record (\(PlainError.describe(error))); run that shard again", at: url.path)
        }
    }

    /// Shards must be of one team, day and format set, each shard given once, with all of 1…N present.
    static func checkConsistent(_ records: [RunRecord], names: [String]) throws(MergeError) {
        guard let first = records.first else {
            throw MergeError("no shard folders given; name the shard runs' --out folders")
        }
        for (record, name) in zip(records, names) {
            guard record.teamName == first.teamName, record.asOf == first.asOf, record.formats == first.formats else {
                throw MergeError(
                    "is of team '\(record.teamName)' as of \(record.asOf) (\(record.formats.map(\.rawValue).joined(separator: ","))), the first shard of '\(first.teamName)' as of \(first.asOf) (\(first.formats.map(\.rawValue).joined(separator: ","))): run every shard with the same --as-of and --format",
                    at: name)
            }
        }
        let shards = records.map { $0.shard.flatMap(Shard.init) }
        if shards.contains(nil) {
            guard records.count == 1 else {
                throw MergeError(
                    "an output without --shard can only be merged alone; give only the outputs of --shard runs")
            }
            return
        }
        let given = shards.compactMap { $0 }
        let count = given[0].count
        guard given.allSatisfy({ $0.count == count }) else {
            throw MergeError(
                "shards of different counts given: \(given.map(\.description).joined(separator: ", ")); merge the shards of one run"
            )
        }
        let indices = given.map(\.index)
        let duplicates = Dictionary(grouping: indices, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        guard duplicates.isEmpty else {
            throw MergeError(
                "shard \(duplicates.map { "\($0)/\(count)" }.joined(separator: ", ")) given more than once; give each shard's folder once"
            )
        }
        let missing = (1...count).filter { !indices.contains($0) }
        guard missing.isEmpty else {
            throw MergeError(
                "shard \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) missing; run it, then merge again")
        }
    }

    /// Copies one athlete's files (atomically) and returns the decoded `report.json`.
    static func copyAthlete(_ id: String, from shard: URL, to output: OutputFolder) throws -> AthleteReport {
        guard SafePathComponent.isSafe(id) else {
            throw MergeError(
                "athlete id '\(id)' in \(RunRecord.fileName) is not a safe folder name; run that shard again",
                at: shard.path)
        }
        let folder = shard.appendingPathComponent(id)
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { !$0.hasPrefix(".") }.sorted()
            ?? []
        var report: AthleteReport?
        for name in names {
            let file = folder.appendingPathComponent(name)
            // Only regular files of a sane size: a pipe or a device in a shard's folder would block
            // or never end.
            let read: Data?
            do {
                read = try RegularFile.read(file, maximumSize: maximumFileSize, what: "shard output")
            } catch {
                throw MergeError("\(error.message); run that shard again", at: file.path)
            }
            // Listed a moment ago, gone now: never copied as an empty file.
            guard let data = read else {
                throw MergeError("disappeared while the shard was read; run that shard again", at: file.path)
            }
            if name == ReportWriter.athleteJSONFileName {
                do {
                    report = try JSONReportRenderer.decode(data)
                } catch {
                    throw MergeError(
                        "cannot be read as a report (\(PlainError.describe(error))); run that shard again",
                        at: file.path)
                }
            }
            try output.write(data, to: [id, name])
        }
        guard let report else {
            throw MergeError(
                "has no \(ReportWriter.athleteJSONFileName); was the shard run interrupted? Run that shard again",
                at: folder.path)
        }
        return report
    }
}
