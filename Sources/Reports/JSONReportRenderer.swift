import Analysis
import Foundation
import HipBalanceCore

/// Renders `report.json`, the machine form of an athlete's report (schema:
/// `Schemas/report.schema.json`, version 1).
///
/// The document holds everything `AthleteReport` holds, so `decode` rebuilds the exact report:
/// the sharded batch builds the team files from shards' `report.json` without re-reading inputs.
public struct JSONReportRenderer: AthleteRenderer {
    /// The `schemaVersion` written into every document; bumped only on an incompatible change.
    public static let schemaVersion = 1

    public init() {}

    public var fileName: String { "report.json" }

    public func render(_ report: AthleteReport) -> String {
        ReportJSON.encode(ReportDocument(report))
    }

    /// Rebuilds the report from a `report.json` this renderer wrote.
    ///
    /// Throws `DecodingError` for malformed JSON or a document of another schema version.
    public static func decode(_ data: Data) throws -> AthleteReport {
        let document = try ReportJSON.decode(ReportDocument.self, from: data)
        guard document.schemaVersion == schemaVersion else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [ReportDocument.CodingKeys.schemaVersion],
                    debugDescription: "expected schemaVersion \(schemaVersion), found \(document.schemaVersion)"))
        }
        return document.report
    }
}
