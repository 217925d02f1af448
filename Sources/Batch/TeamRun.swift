import Analysis
import Foundation
import HipBalanceCore
import Ingest
import Logging
import Reports

/// Everything `hipbalance run` needs to know.
public struct RunConfiguration: Sendable {
    public var teamDirectory: URL
    public var outputDirectory: URL
    /// The reference day; nil for today in the team's time zone.
    public var asOf: LocalDate?
    /// Parallel readers.
    public var jobs: Int
    /// The cache file; nil for `OUT_DIR/.hipbalance-cache.sqlite`.
    public var cacheURL: URL?
    public var formats: [ReportFormat]
    /// Only this shard's athletes; nil for all.
    public var shard: Shard?
    public var logger: Logger
    /// Called from reader threads after each input.
    public var progress: (@Sendable (IngestProgress) -> Void)?
    /// The clock for `run.json`'s start and end times (and today's date when `asOf` is nil).
    public var clock: @Sendable () -> Date

    public init(
        teamDirectory: URL, outputDirectory: URL, asOf: LocalDate? = nil,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, cacheURL: URL? = nil,
        formats: [ReportFormat] = ReportFormat.allCases, shard: Shard? = nil,
        logger: Logger = Logger(label: "hipbalance.batch"),
        progress: (@Sendable (IngestProgress) -> Void)? = nil, clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.teamDirectory = teamDirectory
        self.outputDirectory = outputDirectory
        self.asOf = asOf
        self.jobs = jobs
        self.cacheURL = cacheURL
        self.formats = formats
        self.shard = shard
        self.logger = logger
        self.progress = progress
        self.clock = clock
    }

    /// The reference days a run accepts: far enough back for any archive, not so far ahead
    /// that day-by-day histories grow without bound (`--as-of 9999-12-31` took 4 GB).
    public static let asOfRange = LocalDate(year: 1990, month: 1, day: 1)...LocalDate(year: 2100, month: 12, day: 31)

    /// The default cache file name inside the output folder.
    public static let defaultCacheName = ".hipbalance-cache.sqlite"
}

/// How a run ended, and what the process should exit with.
public enum RunOutcome: Sendable, Hashable {
    /// Every input was read (exit 0) or some were rejected (exit 1); `run.json` was written.
    case completed(RunRecord)
    /// A usage or configuration problem found before anything was written (exit 2).
    case invalid(String)
    /// Another run holds the output folder (exit 3); nothing was written.
    case locked(String)
    /// The output folder could not be written (exit 4).
    case outputFailed(String)

    public var exitCode: Int32 {
        switch self {
        case .completed(let record): Int32(record.exitStatus)
        case .invalid: 2
        case .locked: 3
        case .outputFailed: 4
        }
    }
}

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
            return .invalid(error.description)
        }
        defer { setup.scratch.remove() }
        let output: OutputFolder
        do {
            output = try OutputFolder(root: configuration.outputDirectory)
        } catch {
            return error.isLocked ? .locked(error.message) : .outputFailed(error.message)
        }
        let asOf = configuration.asOf ?? LocalDate(startedAt, in: setup.timeZone)
        let cacheURL = configuration.cacheURL ?? output.root.appendingPathComponent(RunConfiguration.defaultCacheName)
        let cache: ParseCache
        do {
            cache = try ParseCache(url: cacheURL, logger: logger)
        } catch {
            return .invalid(error.message)
        }
        let athletes = setup.inventory.athletes.filter { configuration.shard?.contains(athleteID: $0.id) ?? true }
        logger.info("reading \(athletes.count) athletes, \(athletes.reduce(0) { $0 + $1.items.count }) inputs, \(configuration.jobs) jobs")

        let pipeline = IngestPipeline(
            cache: cache, team: setup.teamPath, jobs: configuration.jobs,
            strengthReading: setup.strengthReading(for: athletes),
            tally: ProgressTally(total: athletes.reduce(0) { $0 + $1.items.count }, report: configuration.progress))

        var reports: [AthleteReport] = []
        var athleteRecords: [AthleteRunRecord] = []
        var errors: [RejectedFile] = []
        var rowErrors: [RejectedFile] = []
        var seenPaths = Set<String>()
        do {
            // Everything is staged and published at the end: a run that fails part-way leaves
            // the previous complete set of outputs, never a mix of two days.
            try output.beginStaging()
            // Batches of athletes: parsed results are held only until their athletes are written.
            for batch in batches(athletes, maximumItems: batchItems) {
                let outcomes = pipeline.run(batch.flatMap(\.items))
                seenPaths.formUnion(outcomes.map(\.cacheKey))
                let offsets = batch.reduce(into: [0]) { $0.append($0.last! + $1.items.count) }
                // Analysis and rendering are pure: athletes in parallel, files written in order.
                let results = Parallel.map(batch.count, jobs: configuration.jobs) { index in
                    analyse(
                        batch[index], outcomes: Array(outcomes[offsets[index]..<offsets[index + 1]]), setup: setup, asOf: asOf,
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
            try ReportWriter.writeTeam(reports, teamName: teamName, asOf: asOf, formats: configuration.formats, to: output)

            var counts = athleteRecords.map(\.counts).reduce(InputCounts(), +)
            let teamLevel = configuration.shard == nil || configuration.shard?.index == 1
            let looseFiles = teamLevel ? setup.inventory.looseFiles : []
            let teamRejected = teamLevel ? setup.inventory.rejected : []
            counts.filesSeen += looseFiles.count + teamRejected.count
            counts.unknown += looseFiles.count
            counts.rejected += teamRejected.count
            errors += teamRejected
            var warnings = setup.warnings
            if let warning = Self.asOfWarning(asOf: asOf, newest: reports.compactMap(\.inputs.lastActivity).max()) {
                logger.warning("\(warning)")
                warnings.append(warning)
            }
            if let warning = cache.rebuildWarning { warnings.append(warning) }
            if let warning = cache.damagedRowsWarning {
                logger.warning("\(warning)")
                warnings.append(warning)
            }
            let record = RunRecord(
                hipBalanceVersion: hipBalanceVersion, teamName: teamName, asOf: asOf, startedAt: startedAt,
                finishedAt: configuration.clock(), shard: configuration.shard?.description, mergedFrom: nil,
                formats: configuration.formats, counts: counts, athletes: athleteRecords,
                errors: RunRecord.sorted(errors), rowErrors: RunRecord.sorted(rowErrors),
                unknownFiles: (looseFiles + athletes.flatMap(\.unknownFiles)).sorted { $0.path < $1.path },
                warnings: Array(Set(warnings)).sorted(),
                exitStatus: counts.rejected > 0 ? 1 : 0)
            try output.write(RunRecord.encoder().encode(record), to: [RunRecord.fileName])
            try output.publish()
            return .completed(record)
        } catch let error as OutputError {
            return .outputFailed(error.message)
        } catch {
            return .outputFailed("cannot encode run.json: \(error)")
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
        var errors: [RejectedFile]
        var rowErrors: [RejectedFile]
    }

    /// Builds the athlete's log from the outcomes of its inputs, assesses it and renders the reports.
    static func analyse(
        _ athlete: DiscoveredAthlete, outcomes: [IngestOutcome], setup: TeamSetup, asOf: LocalDate, formats: [ReportFormat]
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
            athleteID: athlete.id, athleteName: settings.name ?? athlete.id, assessment: assessment, inputs: assembly.inputs)
        let record = AthleteRunRecord(
            id: athlete.id, folder: athlete.folder == athlete.id ? nil : athlete.folder, counts: assembly.counts,
            activities: assembly.inputs.activities, strengthSessions: assembly.inputs.strengthSessions,
            strengthSets: assembly.inputs.strengthSets)
        return AthleteResult(
            report: report, documents: ReportWriter.renderAthlete(report, formats: formats), record: record,
            errors: assembly.errors,
            rowErrors: assembly.rowErrors.map { RejectedFile($0, relativeTo: $0.location.source) })
    }

    /// Days between the newest data and the reference day beyond which the run warns.
    static let staleDataDays = 28

    /// A warning when the reference day is far from the data: reports for weeks without any
    /// data (a mistyped --as-of, or exports that stopped arriving) contradict the logs.
    static func asOfWarning(asOf: LocalDate, newest: LocalDate?) -> String? {
        guard let newest else { return nil }
        let gap = asOf.dayNumber - newest.dayNumber
        if gap > staleDataDays {
            return "the newest data of the team is from \(newest), \(gap) days before the day analysed (\(asOf)): "
                + "the reports describe weeks without data; check --as-of, or whether new exports still arrive"
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

/// What a run knows before it writes anything: the configuration, model and catalogue
/// applied, the athletes found. Every problem here is a configuration error (exit 2).
struct TeamSetup: Sendable {
    var configuration: TeamConfiguration
    var inventory: TeamInventory
    var parameters: ModelParameters
    var catalogue: ExerciseCatalogue
    var resolver: ExerciseResolver
    var timeZone: TimeZone
    var teamPath: String
    var teamName: String
    var warnings: [String]
    /// Copies of compressed zips found inside zips, read during the run and removed at its end.
    var scratch: ScratchFolder

    static func load(_ run: RunConfiguration) throws(ConfigurationError) -> TeamSetup {
        let team = run.teamDirectory.standardizedFileURL
        guard TeamDiscovery.isDirectory(team) else {
            throw ConfigurationError(file: team.path, key: "", message: "team folder does not exist or is not a folder")
        }
        guard run.jobs >= 1 else { throw ConfigurationError(file: "--jobs", key: "", message: "expected at least 1 job") }
        if let asOf = run.asOf, !RunConfiguration.asOfRange.contains(asOf) {
            throw ConfigurationError(
                file: "--as-of", key: "",
                message: "\(asOf) is outside \(RunConfiguration.asOfRange.lowerBound) to \(RunConfiguration.asOfRange.upperBound); give the day to analyse as YYYY-MM-DD")
        }
        try checkOutputPlacement(output: run.outputDirectory, team: team)
        let configuration = try TeamConfiguration.load(teamDirectory: team)
        let file = team.appendingPathComponent(TeamConfiguration.fileName).path

        var parameters = ModelParameters.defaults
        if let json = configuration.modelOverridesJSON {
            do {
                parameters = try parameters.applying(overridesJSON: json)
            } catch {
                throw ConfigurationError(file: file, key: "model", line: configuration.modelLine, message: "\(error)")
            }
        }
        var catalogue = ExerciseCatalogue.standard
        if let yaml = configuration.exercisesYAML {
            do {
                for exercise in try ExerciseCatalogue.entries(fromYAML: yaml) { catalogue.upsert(exercise) }
            } catch {
                throw ConfigurationError(file: file, key: "exercises", line: configuration.exercisesLine, message: "\(error)")
            }
        }
        let excluded = Set([run.outputDirectory, run.cacheURL].compactMap { $0?.standardizedFileURL.path })
        let inventory: TeamInventory
        let scratch = ScratchFolder()
        do {
            inventory = try TeamDiscovery(teamDirectory: team, excludedPaths: excluded, scratch: scratch).discover()
        } catch {
            throw ConfigurationError(file: team.path, key: "", message: "team folder cannot be listed: \(PlainError.describe(error))")
        }
        guard !inventory.athletes.isEmpty else {
            throw ConfigurationError(
                file: team.path, key: "",
                message: "the team folder has no athlete folders (one sub-folder per athlete); is it the right folder, or did a mount fail? "
                    + "Nothing was written")
        }
        let folders = Set(inventory.athletes.map(\.folder))
        let warnings = configuration.athletes.keys.sorted().filter { !folders.contains($0) }.map {
            "team.yaml names athlete '\($0)' but the team folder has no folder of that name"
        }
        return TeamSetup(
            configuration: configuration, inventory: inventory, parameters: parameters, catalogue: catalogue,
            resolver: ExerciseResolver(catalogue: catalogue),
            timeZone: configuration.timeZone.flatMap(TimeZone.init(identifier:)) ?? .current,
            teamPath: team.path, teamName: configuration.name ?? team.lastPathComponent, warnings: warnings, scratch: scratch)
    }

    /// Refuses an output folder that is the team folder or lies inside an athlete folder: its
    /// reports would be read as inputs, or the athlete would silently disappear.
    static func checkOutputPlacement(output: URL, team: URL) throws(ConfigurationError) {
        let teamPath = TeamLayout.realPath(team.path) ?? team.path
        // The output folder may not exist yet: resolve its nearest existing ancestor.
        var existing = output.standardizedFileURL
        var rest: [String] = []
        while TeamLayout.realPath(existing.path) == nil, existing.pathComponents.count > 1 {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        let outputPath = ([TeamLayout.realPath(existing.path) ?? existing.path] + rest).joined(separator: "/")
        guard TeamLayout.isInside(outputPath, teamPath) else { return }
        let relative = outputPath.dropFirst(teamPath.count).split(separator: "/")
        if relative.isEmpty {
            throw ConfigurationError(
                file: "--out", key: "", message: "\(output.path) is the team folder itself; choose an output folder outside it")
        }
        let first = String(relative[0])
        if first.hasPrefix(".") { return }
        let top = URL(fileURLWithPath: teamPath).appendingPathComponent(first)
        // `TEAM/reports` made by hipbalance is skipped by discovery; an athlete's folder is not ours to write in.
        let isOurOutput = FileManager.default.fileExists(atPath: top.appendingPathComponent(OutputFolder.lockFileName).path)
        if relative.count >= 2 || (TeamDiscovery.isDirectory(top) && !isOurOutput) {
            throw ConfigurationError(
                file: "--out", key: "",
                message: "\(output.path) is inside athlete folder '\(first)' of the team; its reports would be read as that "
                    + "athlete's files and the athlete left out. Choose an output folder outside the team folder")
        }
    }

    func timeZone(for entry: AthleteEntry?) -> TimeZone {
        entry?.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? timeZone
    }

    /// How each athlete's strength logs are read: the athlete's unit and zone, else the team's.
    func strengthReading(for athletes: [DiscoveredAthlete]) -> [String: StrengthReading] {
        let catalogueKey = configuration.exercisesYAML.map { String(Shard.stableHash($0), radix: 16) } ?? "standard"
        var reading: [String: StrengthReading] = [:]
        for athlete in athletes {
            let entry = configuration.athletes[athlete.folder]
            reading[athlete.folder] = StrengthReading(
                defaultWeightUnit: entry?.settings.weightUnit ?? configuration.defaultWeightUnit, timeZone: timeZone(for: entry),
                catalogue: catalogue, catalogueKey: catalogueKey)
        }
        return reading
    }
}
