import ArgumentParser
import Batch
import HipBalanceCore

// Typed option values: ArgumentParser parses each flag once, into the type the run uses, and a
// bad value is a usage error naming the flag and the expected form (exit status 2).

/// The value of `--format`: a comma-separated list of report formats, sorted, without repeats.
struct ReportFormatList: ExpressibleByArgument, Sendable, Hashable {
    var formats: [ReportFormat]

    init(_ formats: [ReportFormat]) { self.formats = formats }

    init?(argument: String) {
        guard case .success(let formats) = ReportFormat.parseList(argument) else { return nil }
        self.formats = formats
    }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }

    /// The names a list is made of, quoted in the message for a bad value.
    static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
}
