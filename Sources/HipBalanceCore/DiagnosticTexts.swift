import Foundation

/// Diagnostics that a JSON document stores as the text a person reads (`Diagnostic.text()`), as
/// `run.json`'s and `report.json`'s `warnings` have been since the first release. Read back,
/// each text is the message of one warning without a location, which words it the same.
@propertyWrapper
public struct DiagnosticTexts: Sendable, Hashable, Codable {
    public var wrappedValue: [Diagnostic]

    public init(wrappedValue: [Diagnostic]) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        let texts = try decoder.singleValueContainer().decode([String].self)
        wrappedValue = texts.map { Diagnostic(.warning, $0) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue.map { $0.text() })
    }

    /// Each text once, in the order of the texts: how a run lists its warnings.
    public static func uniqueSorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<String>()
        return diagnostics.map { ($0.text(), $0) }.sorted { $0.0 < $1.0 }.compactMap {
            seen.insert($0.0).inserted ? $0.1 : nil
        }
    }
}
