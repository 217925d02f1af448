import ArgumentParser
import Batch
import Foundation
import HipBalanceCore
import Logging

/// `hipbalance run`: the nightly batch over a team folder.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a team folder, analyse every athlete and write reports.",
        discussion: """
            Exit status: 0 every input was read; 1 some inputs were rejected (all possible reports \
            are still written and run.json lists each rejected file); 2 usage or configuration \
            error (nothing written); 3 another run holds the output folder; 4 the output folder \
            cannot be written.
            """)

    @Argument(help: "The team folder: one sub-folder per athlete, optional team.yaml at the top.")
    var teamDirectory: String

    @Option(name: .long, help: "The output folder (created when missing).")
    var out: String

    @Option(name: .long, help: "Reference day YYYY-MM-DD (default: today in the team's time zone).")
    var asOf: String?

    @Option(name: .long, help: "Parallel readers (default: the number of cores).")
    var jobs: Int?

    @Option(name: .long, help: "Cache file (default: OUT/.hipbalance-cache.sqlite).")
    var cache: String?

    @Option(name: .long, help: "Per-athlete formats, comma-separated: html, md, json (report.json is always written).")
    var format: String = "html,md,json"

    @Option(name: .long, help: "Process only shard K of N (1-based), e.g. 2/4. Default: JOB_COMPLETION_INDEX/JOB_COMPLETIONS when set.")
    var shard: String?

    @Flag(name: .long, help: "Print run.json to standard output at the end.")
    var jsonSummary = false

    @Flag(name: .shortAndLong, help: "No progress and no log lines except errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Log what the run does (stderr).")
    var verbose = false

    func validate() throws {
        if let asOf, LocalDate(iso: asOf) == nil { throw ValidationError("--as-of: expected YYYY-MM-DD, found '\(asOf)'") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs: expected at least 1, found \(jobs)") }
        if case .failure(let error) = ReportFormat.parseList(format) { throw ValidationError("--format: \(error)") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard: expected K/N with 1 ≤ K ≤ N, found '\(shard)'") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be combined") }
    }

    func run() throws {
        let logger = CommandLogging.bootstrap(quiet: quiet, verbose: verbose)
        var selectedShard = shard.flatMap(Shard.init)
        if selectedShard == nil, let fromEnvironment = Shard.fromEnvironment(ProcessInfo.processInfo.environment) {
            switch fromEnvironment {
            case .success(let value): selectedShard = value
            case .failure(let error): throw ValidationError(error.message)
            }
        }
        let display = quiet ? nil : ProgressDisplay()
        var progress: (@Sendable (IngestProgress) -> Void)?
        if let display { progress = { display.update($0) } }
        let formats = (try? ReportFormat.parseList(format).get()) ?? ReportFormat.allCases
        let configuration = RunConfiguration(
            teamDirectory: URL(fileURLWithPath: teamDirectory), outputDirectory: URL(fileURLWithPath: out),
            asOf: asOf.flatMap { LocalDate(iso: $0) }, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, cacheURL: cache.map { URL(fileURLWithPath: $0) },
            formats: formats, shard: selectedShard, logger: logger, progress: progress)
        let outcome = TeamRun.execute(configuration)
        display?.finish()
        try CommandOutcome.report(outcome, quiet: quiet, printRecord: jsonSummary)
    }
}
