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
            FileHandle.standardError.write(Data("hipbalance: error: \(diagnostic)\n".utf8))
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    static func summary(_ record: RunRecord) -> String {
        let c = record.counts
        let athletes = record.athletes.count
        var text =
            "\(athletes) athlete\(athletes == 1 ? "" : "s") as of \(record.asOf): \(c.filesSeen) file\(c.filesSeen == 1 ? "" : "s") seen, "
            + "\(c.parsed) parsed, \(c.fromCache) from cache, \(c.rejected) rejected, "
            + "\(c.duplicates) duplicate\(c.duplicates == 1 ? "" : "s") dropped, \(c.unknown) unknown\n"
        for error in record.errors.prefix(20) {
            text += "  rejected \(error)\n"
        }
        if record.errors.count > 20 { text += "  … \(record.errors.count - 20) more in run.json\n" }
        for file in record.unknownFiles.prefix(20) {
            text += "  skipped \(file.path): \(file.reason)\n"
        }
        if record.unknownFiles.count > 20 {
            text += "  … \(record.unknownFiles.count - 20) more skipped files in run.json\n"
        }
        for warning in record.warnings.prefix(10) {
            text += "  warning: \(warning.text())\n"
        }
        return text
    }
}
