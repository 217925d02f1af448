import Foundation
import HipBalanceCore

/// A record `inspect` prints, one JSON object per input file.
public protocol InspectionLine: Encodable {
    /// The input as named on the command line.
    var file: String { get }
}

extension InspectionLine {
    /// The record as one line of JSON (no trailing newline), keys sorted; nil when a value cannot
    /// be written as JSON, which has no NaN or infinity (the readers keep every value finite, so
    /// this would be a bug).
    public func encodedJSON() -> String? {
        (try? JSONStyle.line.encoder().encode(self)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The line `inspect` prints for the record: its JSON, or, should that fail, an `error`
    /// record for the same file, so that every input still gets exactly one line.
    public func jsonLine() -> String {
        encodedJSON() ?? InspectRecord.unencodable(file: file).encodedJSON() ?? ""
    }
}

extension InspectRecord {
    /// The `error` record for a file whose record could not be written as JSON. It holds only
    /// strings, which always encode.
    public static func unencodable(file: String) -> InspectRecord {
        InspectRecord(
            file: file,
            error: IngestError(
                "the file was read, but a value in it could not be written as JSON (not a finite number); "
                    + "this is a bug in hipbalance: please report it with the file",
                at: SourceLocation(source: file)))
    }
}
