import Foundation

/// Every JSON configuration hipbalance uses, in one place. Keys are always sorted, so the same
/// inputs give byte-identical outputs; the three styles differ in what their readers need.
public enum JSONStyle: Sendable, Hashable {
    /// `report.json`, `team.json` and `run.json`, read by people, `merge` and pandas:
    /// pretty-printed, slashes unescaped, times in ISO 8601, and a non-finite number written as
    /// the string `Infinity`, `-Infinity` or `NaN` (the model never makes one; a document must
    /// never fail to render because it did).
    case document
    /// One line of `inspect`: compact, slashes unescaped; a non-finite number fails to encode
    /// (JSON has none), so that the record becomes an `error` line instead.
    case line
    /// A parse-cache payload: compact, times as exact seconds (ISO 8601 would drop the fractions).
    case cachePayload

    private static let infinity = "Infinity"
    private static let negativeInfinity = "-Infinity"
    private static let notANumber = "NaN"

    /// An encoder of this style.
    public func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        switch self {
        case .document:
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            encoder.nonConformingFloatEncodingStrategy = .convertToString(
                positiveInfinity: Self.infinity, negativeInfinity: Self.negativeInfinity, nan: Self.notANumber)
        case .line:
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        case .cachePayload:
            encoder.outputFormatting = .sortedKeys
        }
        return encoder
    }

    /// The decoder that reads back what `encoder()` wrote.
    public func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        if self == .document {
            decoder.dateDecodingStrategy = .iso8601
            decoder.nonConformingFloatDecodingStrategy = .convertFromString(
                positiveInfinity: Self.infinity, negativeInfinity: Self.negativeInfinity, nan: Self.notANumber)
        }
        return decoder
    }
}
