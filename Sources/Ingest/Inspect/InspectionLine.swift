import Foundation

/// A record `inspect` prints, one JSON object per input file.
public protocol InspectionLine: Encodable {}

extension InspectionLine {
    /// The record as one line of JSON (no trailing newline), keys sorted.
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
