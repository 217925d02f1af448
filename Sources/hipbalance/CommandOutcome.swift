import ArgumentParser
import Batch
import Foundation
import HipBalanceCore

/// Maps a run outcome to messages and the exit status.
enum CommandOutcome {
    static func report(_ outcome: RunOutcome, quiet: Bool, printRecord: Bool) throws {
        switch outcome {
        case .completed(let record):
            // Under --quiet a run that rejected something still says what and why (a nightly
            // job's log is where a coach's missing file is found).
            if !quiet || record.counts.rejected > 0 { FileHandle.standardError.write(Data(summary(record).utf8)) }
            if printRecord, let data = try? RunRecord.encoder().encode(record) {
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
        case .invalid(let diagnostic), .locked(let diagnostic), .outputFailed(let diagnostic):
            FileHandle.standardError.write(
                Data("hipbalance: error: \(VisibleText.escaped(diagnostic.description))\n".utf8))
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    /// The run's counts, then what was rejected, skipped and warned about: one line each, with
    /// the file names and messages from inputs escaped (`VisibleText`), so no input adds a line
    /// or acts on the terminal.
    static func summary(_ record: RunRecord) -> String {
        let c = record.counts
        let athletes = record.athletes.count
        var lines = [
            "\(athletes) athlete\(athletes == 1 ? "" : "s") as of \(record.asOf): \(c.filesSeen) file\(c.filesSeen == 1 ? "" : "s") seen, "
                + "\(c.parsed) parsed, \(c.fromCache) from cache, \(c.rejected) rejected, "
                + "\(c.duplicates) duplicate\(c.duplicates == 1 ? "" : "s") dropped, \(c.unknown) unknown"
        ]
        lines += record.errors.prefix(20).map { "  rejected \($0)" }
        if record.errors.count > 20 { lines.append("  … \(record.errors.count - 20) more in run.json") }
        lines += record.unknownFiles.prefix(20).map { "  skipped \($0.path): \($0.reason)" }
        if record.unknownFiles.count > 20 {
            lines.append("  … \(record.unknownFiles.count - 20) more skipped files in run.json")
        }
        lines += record.warnings.prefix(10).map { "  warning: \($0.text())" }
        return lines.map(VisibleText.escaped).joined(separator: "\n") + "\n"
    }
}
