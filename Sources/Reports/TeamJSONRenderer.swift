import HipBalanceCore

/// Renders `team.json`: one summary row per athlete, sorted by risk (schema:
/// `Schemas/team.schema.json`). The full data of each athlete is in `<id>/report.json`.
public struct TeamJSONRenderer: TeamRenderer {
    public init() {}

    public var fileName: String { "team.json" }

    public func render(_ team: TeamOverview) -> String {
        ReportJSON.encode(
            TeamDocument(
                schemaVersion: JSONReportRenderer.schemaVersion, teamName: team.teamName, asOf: team.asOf,
                hipBalanceVersion: team.hipBalanceVersion, athletes: TeamRow.sortedByRisk(team.athletes)))
    }
}
