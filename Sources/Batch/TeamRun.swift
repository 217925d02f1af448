import Analysis
import Foundation
import HipBalanceCore
import Ingest
import Logging
import Reports

/// The nightly run over a team folder.
public enum TeamRun {
    /// Reads the team folder, analyses each athlete of the shard and writes the outputs.
    public static func execute(_ configuration: RunConfiguration) -> RunOutcome {
        let startedAt = configuration.clock()
        let logger = configuration.logger
        let setup: TeamSetup
        do {
            setup = try TeamSetup.load(configuration)
        } catch {
            return .invalid(error.diagnostic)
        }
        defer { setup.scratch.remove() }
        let output: OutputFolder
        do {
            output = try OutputFolder(root: configuration.outputDirectory)
        } catch {
            return RunOutcome(cannotOpenOutput: error)
        }
        let asOf = configuration.asOf ?? LocalDate(startedAt, in: setup.timeZone)
        let cacheURL = configuration.cacheURL ?? output.root.appendingPathComponent(RunConfiguration.defaultCacheName)
        let cache: ParseCache
        do {
            cache = try ParseCache(url: cacheURL, logger: logger)
        } catch {
            return .invalid(error.diagnostic)
        }
        let athletes = setup.inventory.athletes.filter { configuration.shard?.contains(athleteID: $0.id) ?? true }
        let inputs = athletes.reduce(0) { $0 + $1.items.count }
        let jobs = configuration.jobs
        logger.info(
            "reading \(athletes.count) athlete\(athletes.count == 1 ? "" : "s"), \(inputs) input\(inputs == 1 ? "" : "s"), \(jobs) job\(jobs == 1 ? "" : "s")"
        )

        let pipeline = IngestPipeline(
            cache: cache, team: setup.teamPath, jobs: configuration.jobs,
            strengthReading: setup.strengthReading(for: athletes),
            tally: ProgressTally(total: athletes.reduce(0) { $0 + $1.items.count }, report: configuration.progress))

        var reports: [AthleteReport] = []
        var athleteRecords: [AthleteRunRecord] = []
        var errors: [Diagnostic] = []
        var rowErrors: [Diagnostic] = []
        var seenPaths = Set<String>()
        return output.stagedRun {
            // Batches of athletes: parsed results are held only until their athletes are written.
            for batch in batches(athletes, maximumItems: batchItems) {
                let inputs = pipeline.run(athletes: batch)
                seenPaths.formUnion(inputs.flatMap(\.outcomes).map(\.cacheKey))
                // Analysis and rendering are pure: athletes in parallel, files written in order.
                let results = Parallel.map(inputs.count, jobs: configuration.jobs) { index in
                    analyse(
                        inputs[index].athlete, outcomes: inputs[index].outcomes, setup: setup, asOf: asOf,
                        formats: configuration.formats)
                }
                for result in results {
                    try ReportWriter.writeAthlete(result.documents, athleteID: result.report.athleteID, to: output)
                    reports.append(result.report)
                    athleteRecords.append(result.record)
                    errors += result.errors
                    rowErrors += result.rowErrors
                }
            }
            cache.prune(
                team: setup.teamPath, presentAthletes: Set(setup.inventory.athletes.map(\.folder)),
                processedAthletes: Set(athletes.map(\.folder)), seenPaths: seenPaths)
            let teamName = setup.teamName
            try ReportWriter.writeTeam(
                reports, teamName: teamName, asOf: asOf, formats: configuration.formats, to: output)

            var counts = athleteRecords.map(\.counts).reduce(InputCounts(), +)
            let teamLevel = configuration.shard == nil || configuration.shard?.index == 1
            let looseFiles = teamLevel ? setup.inventory.looseFiles : []
            let teamRejected = teamLevel ? setup.inventory.rejected : []
            counts.filesSeen += looseFiles.count + teamRejected.count
            counts.unknown += looseFiles.count
            counts.rejected += teamRejected.count
            errors += teamRejected
            var warnings = setup.warnings
            if let warning = Self.asOfWarning(
                asOf: asOf, oldest: reports.compactMap(\.inputs.firstActivity).min(),
                newest: reports.compactMap(\.inputs.lastActivity).max())
            {
                logger.warning("\(warning)")
                warnings.append(warning)
            }
            if let warning = cache.rebuildWarning { warnings.append(warning) }
            if let warning = cache.damagedRowsWarning {
                logger.warning("\(VisibleText.escaped(warning.text()))")
                warnings.append(warning)
            }
            let record = RunRecord(
                hipBalanceVersion: hipBalanceVersion, teamName: teamName, asOf: asOf, startedAt: startedAt,
                finishedAt: configuration.clock(), shard: configuration.shard?.description, mergedFrom: nil,
                formats: configuration.formats, counts: counts, athletes: athleteRecords,
                errors: RunRecord.sorted(errors), rowErrors: RunRecord.sorted(rowErrors),
                unknownFiles: (looseFiles + athletes.flatMap(\.unknownFiles)).sorted { $0.path < $1.path },
                warnings: DiagnosticTexts.uniqueSorted(warnings),
                exitStatus: counts.rejected > 0 ? 1 : 0)
            return record
        }
    }
}

extension TeamRun {
    /// What one athlete contributes to the run.
    struct AthleteResult: Sendable {
        var report: AthleteReport
        /// The rendered documents, file name and text.
        var documents: [(fileName: String, text: String)]
        var record: AthleteRunRecord
        var errors: [Diagnostic]
        var rowErrors: [Diagnostic]
    }

    /// Builds the athlete's log from the outcomes of its inputs, assesses it and renders the reports.
    static func analyse(
        _ athlete: DiscoveredAthlete, outcomes: [IngestOutcome], setup: TeamSetup, asOf: LocalDate,
        formats: [ReportFormat]
    ) -> AthleteResult {
        let entry = setup.configuration.athletes[athlete.folder]
        let timeZone = setup.timeZone(for: entry)
        let assembly = AthleteAssembly(
            athlete: athlete, entry: entry, outcomes: outcomes, resolver: setup.resolver, timeZone: timeZone)
        let settings = entry?.settings ?? AthleteSettings()
        let assessment = BalanceModel.assess(
            assembly.log, settings: settings, catalogue: setup.catalogue, parameters: setup.parameters, asOf: asOf,
            timeZone: timeZone)
        let report = AthleteReport(
            athleteID: athlete.id, athleteName: settings.name ?? athlete.id, assessment: assessment,
            inputs: assembly.inputs)
        let record = AthleteRunRecord(
            id: athlete.id, folder: athlete.folder == athlete.id ? nil : athlete.folder, counts: assembly.counts,
            activities: assembly.inputs.activities, strengthSessions: assembly.inputs.strengthSessions,
            strengthSets: assembly.inputs.strengthSets)
        return AthleteResult(
            report: report, documents: ReportWriter.renderAthlete(report, formats: formats), record: record,
            errors: assembly.errors,
            rowErrors: assembly.rowErrors.map(Diagnostic.init))
    }

    /// Days between the newest data and the reference day beyond which the run warns.
    static let staleDataDays = 28

    /// A warning when the reference day is far from the data: reports for weeks without any
    /// data (a mistyped --as-of, or exports that stopped arriving) contradict the logs, and a day
    /// before all of the team's data leaves every report empty.
    static func asOfWarning(asOf: LocalDate, oldest: LocalDate?, newest: LocalDate?) -> Diagnostic? {
        if let oldest, oldest.dayNumber > asOf.dayNumber {
            let gap = oldest.dayNumber - asOf.dayNumber
            return Diagnostic(
                .warning,
                "the oldest data of the team is from \(oldest), \(gap) day\(gap == 1 ? "" : "s") after the day analysed (\(asOf)): "
                    + "only data up to that day counts, so every report is empty; check --as-of "
                    + "(without it the run analyses up to today)")
        }
        guard let newest else { return nil }
        let gap = asOf.dayNumber - newest.dayNumber
        if gap > staleDataDays {
            return Diagnostic(
                .warning,
                "the newest data of the team is from \(newest), \(gap) days before the day analysed (\(asOf)): "
                    + "the reports describe weeks without data; check --as-of, or whether new exports still arrive")
        }
        return nil
    }

    /// Inputs read before their athletes are analysed and written: enough to keep every
    /// reader busy, few enough that memory stays flat however large the team.
    static let batchItems = 256

    /// Consecutive athletes grouped so each group holds about `maximumItems` inputs (an athlete
    /// with more stays whole).
    static func batches(_ athletes: [DiscoveredAthlete], maximumItems: Int) -> [[DiscoveredAthlete]] {
        var result: [[DiscoveredAthlete]] = []
        var current: [DiscoveredAthlete] = []
        var count = 0
        for athlete in athletes {
            if !current.isEmpty && count + athlete.items.count > maximumItems {
                result.append(current)
                current = []
                count = 0
            }
            current.append(athlete)
            count += athlete.items.count
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
