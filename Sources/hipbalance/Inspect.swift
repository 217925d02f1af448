import ArgumentParser
import Batch
import Foundation
import HipBalanceCore

/// `hipbalance inspect FILE...`: reads each file on its own (through `Inspection`, with the same
/// sniffer as a team run) and prints what it holds; exit 1 when any file could not be read.
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
            let outcome = Inspection.inspect(path, weightUnit: weightUnit)
            failed = failed || outcome.failed
            print(format == .json ? outcome.jsonLine : outcome.text())
        }
        if failed { throw ExitCode(1) }
    }
}
