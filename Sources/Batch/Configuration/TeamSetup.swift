import Analysis
import Foundation
import HipBalanceCore
import Ingest

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
    var warnings: [Diagnostic]
    /// Copies of compressed zips found inside zips, read during the run and removed at its end.
    var scratch: ScratchFolder

    static func load(_ run: RunConfiguration) throws(ConfigurationError) -> TeamSetup {
        let team = run.teamDirectory.standardizedFileURL
        guard TeamDiscovery.isDirectory(team) else {
            throw ConfigurationError(file: team.path, key: "", message: "team folder does not exist or is not a folder")
        }
        guard run.jobs >= 1 else {
            throw ConfigurationError(file: "--jobs", key: "", message: "expected at least 1 job")
        }
        if let asOf = run.asOf, !RunConfiguration.asOfRange.contains(asOf) {
            throw ConfigurationError(
                file: "--as-of", key: "",
                message:
                    "\(asOf) is outside \(RunConfiguration.asOfRange.lowerBound) to \(RunConfiguration.asOfRange.upperBound); give the day to analyse as YYYY-MM-DD"
            )
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
                throw ConfigurationError(
                    file: file, key: "exercises", line: configuration.exercisesLine, message: "\(error)")
            }
        }
        let excluded = Set([run.outputDirectory, run.cacheURL].compactMap { $0?.standardizedFileURL.path })
        let inventory: TeamInventory
        let scratch = ScratchFolder()
        do {
            inventory = try TeamDiscovery(teamDirectory: team, excludedPaths: excluded, scratch: scratch).discover()
        } catch {
            throw ConfigurationError(
                file: team.path, key: "", message: "team folder cannot be listed: \(PlainError.describe(error))")
        }
        guard !inventory.athletes.isEmpty else {
            throw ConfigurationError(
                file: team.path, key: "",
                message:
                    "the team folder has no athlete folders (one sub-folder per athlete); is it the right folder, or did a mount fail? "
                    + "Nothing was written")
        }
        let folders = Set(inventory.athletes.map(\.folder))
        let warnings = configuration.athletes.keys.sorted().filter { !folders.contains($0) }.map {
            Diagnostic(
                .warning, "names athlete '\($0)' but the team folder has no folder of that name",
                at: SourceLocation(source: TeamConfiguration.fileName))
        }
        return TeamSetup(
            configuration: configuration, inventory: inventory, parameters: parameters, catalogue: catalogue,
            resolver: ExerciseResolver(catalogue: catalogue),
            timeZone: configuration.timeZone.flatMap(TimeZone.init(identifier:)) ?? .current,
            teamPath: team.path, teamName: configuration.name ?? team.lastPathComponent, warnings: warnings,
            scratch: scratch)
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
                file: "--out", key: "",
                message: "\(output.path) is the team folder itself; choose an output folder outside it")
        }
        let first = String(relative[0])
        if first.hasPrefix(".") { return }
        let top = URL(fileURLWithPath: teamPath).appendingPathComponent(first)
        // `TEAM/reports` made by hipbalance is skipped by discovery; an athlete's folder is not ours to write in.
        let isOurOutput = FileManager.default.fileExists(
            atPath: top.appendingPathComponent(OutputFolder.lockFileName).path)
        if relative.count >= 2 || (TeamDiscovery.isDirectory(top) && !isOurOutput) {
            throw ConfigurationError(
                file: "--out", key: "",
                message:
                    "\(output.path) is inside athlete folder '\(first)' of the team; its reports would be read as that "
                    + "athlete's files and the athlete left out. Choose an output folder outside the team folder")
        }
    }

    func timeZone(for entry: AthleteEntry?) -> TimeZone {
        entry?.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? timeZone
    }

    /// How each athlete's strength logs are read: the athlete's unit and zone, else the team's.
    func strengthReading(for athletes: [DiscoveredAthlete]) -> [String: StrengthReading] {
        let catalogueKey = configuration.exercisesYAML.map { ContentHash.of(Data($0.utf8)) } ?? "standard"
        var reading: [String: StrengthReading] = [:]
        for athlete in athletes {
            let entry = configuration.athletes[athlete.folder]
            reading[athlete.folder] = StrengthReading(
                defaultWeightUnit: entry?.settings.weightUnit ?? configuration.defaultWeightUnit,
                timeZone: timeZone(for: entry),
                catalogue: catalogue, catalogueKey: catalogueKey)
        }
        return reading
    }
}
