import Foundation

/// The JSON configuration of the report documents (`report.json`, `team.json`): sorted keys,
/// pretty-printed, non-finite numbers as strings (the model should never produce them, and a document must
/// never fail to render because one did).
enum ReportJSON {
    private static let infinity = "Infinity"
    private static let negativeInfinity = "-Infinity"
    private static let notANumber = "NaN"

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: infinity, negativeInfinity: negativeInfinity, nan: notANumber)
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Only plain values (strings, finite-or-converted numbers, arrays, keyed objects) are
            // encoded here, none of which can fail.
            preconditionFailure("report document failed to encode: \(error)")
        }
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: infinity, negativeInfinity: negativeInfinity, nan: notANumber)
        return try decoder.decode(type, from: data)
    }
}
