import ArgumentParser
import Batch
import Foundation

/// `hipbalance merge`: one team output from the outputs of `run --shard K/N`.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Gather shard outputs into one folder and build the team files, without re-reading inputs.",
        discussion:
            "Exit status as for run: 0, 1 when a shard rejected inputs, 2 for unusable shard folders, 3 when the output folder is locked, 4 when it cannot be written."
    )

    @Option(name: .long, help: "The merged output folder.")
    var out: String

    @Argument(help: "Output folders of `hipbalance run --shard K/N`, all N of them.")
    var shardDirectories: [String]

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if shardDirectories.isEmpty { throw ValidationError("give at least one shard output folder") }
    }

    func run() throws {
        let logger = CommandLogging.bootstrap(quiet: output.quiet, verbose: false)
        let outcome = TeamMerge.execute(
            MergeConfiguration(
                outputDirectory: URL(fileURLWithPath: out),
                shardDirectories: shardDirectories.map { URL(fileURLWithPath: $0) },
                logger: logger))
        try CommandOutcome.report(outcome, quiet: output.quiet, printRecord: output.jsonSummary)
    }
}
