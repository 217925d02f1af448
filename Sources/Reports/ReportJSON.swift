import Foundation
import HipBalanceCore

/// The report documents (`report.json`, `team.json`) as `JSONStyle.document` text.
enum ReportJSON {
    static func encode(_ value: some Encodable) -> String {
        do {
            return String(decoding: try JSONStyle.document.encoder().encode(value), as: UTF8.self) + "\n"
        } catch {
            // Only plain values (strings, finite-or-converted numbers, arrays, keyed objects) are
            // encoded here, none of which can fail.
            preconditionFailure("report document failed to encode: \(error)")
        }
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        try JSONStyle.document.decoder().decode(type, from: data)
    }
}
