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

    @Option(
        name: .long,
        help: ArgumentHelp("Reference day (default: today in the team's time zone).", valueName: "yyyy-mm-dd"))
    var asOf: LocalDate?

    @Option(name: .long, help: "Parallel readers (default: the number of cores).")
    var jobs: Int?

    @Option(name: .long, help: "Cache file (default: OUT/.hipbalance-cache.sqlite).")
    var cache: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Per-athlete formats, comma-separated: html, md, json (report.json is always written).",
            valueName: "formats"))
    var format = ReportFormatList(ReportFormat.allCases)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Process only shard K of N (1-based), e.g. 2/4. Default: JOB_COMPLETION_INDEX/JOB_COMPLETIONS when set.",
            valueName: "k/n"))
    var shard: Shard?

    @OptionGroup var output: OutputOptions

    @Flag(name: .shortAndLong, help: "Log what the run does (stderr).")
    var verbose = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs: expected at least 1, found \(jobs)") }
        if output.quiet && verbose { throw ValidationError("--quiet and --verbose cannot be combined") }
    }

    func run() throws {
        let logger = CommandLogging.bootstrap(quiet: output.quiet, verbose: verbose)
        var selectedShard = shard
        if selectedShard == nil {
            do {
                selectedShard = try Shard.fromEnvironment(ProcessInfo.processInfo.environment)
            } catch {
                // A configuration error, reported as one (exit 2, no usage text).
                try CommandOutcome.report(.invalid(error.diagnostic), quiet: output.quiet, printRecord: false)
                return
            }
        }
        let display = output.quiet ? nil : ProgressDisplay()
        var progress: (@Sendable (IngestProgress) -> Void)?
        if let display { progress = { display.update($0) } }
        let configuration = RunConfiguration(
            teamDirectory: URL(fileURLWithPath: teamDirectory), outputDirectory: URL(fileURLWithPath: out),
            asOf: asOf, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            cacheURL: cache.map { URL(fileURLWithPath: $0) },
            formats: format.formats, shard: selectedShard, logger: logger, progress: progress)
        let outcome = TeamRun.execute(configuration)
        display?.finish()
        try CommandOutcome.report(outcome, quiet: output.quiet, printRecord: output.jsonSummary)
    }
}
