import Foundation
import HipBalanceTestSupport
import Testing

@testable import Reports

/// Every generated `report.json` and `team.json` validates against `Schemas/` (with Python's
/// `jsonschema`, through `Scripts/validate-reports.py`).
@Suite(
    .enabled(
        if: Tool.hasJSONSchema,
        "python3 with the jsonschema package is missing (pip install jsonschema): schema checks skipped"))
struct SchemaTests {
    private static let script = PackageRoot.url.appendingPathComponent("Scripts/validate-reports.py").path

    /// Writes the JSON documents of `team` (and of each of its athletes) under a fresh folder.
    private func writeJSON(_ team: TeamOverview, to directory: URL) throws {
        try Data(TeamJSONRenderer().render(team).utf8).write(to: directory.appendingPathComponent("team.json"))
        for (index, report) in team.athletes.enumerated() {
            // Folders by index: the hostile fixture's id is not a folder name.
            let folder = directory.appendingPathComponent("athlete-\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(JSONReportRenderer().render(report).utf8).write(to: folder.appendingPathComponent("report.json"))
        }
    }

    @Test func everyFixtureReportAndTheTeamFileValidate() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        try writeJSON(SampleOutput.team, to: temporary.url)
        let result = try Tool.run("python3", [Self.script, temporary.url.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.output.contains("\(ReportFixtures.all.count + 1) of \(ReportFixtures.all.count + 1) documents valid")
        )
    }

    @Test func aDocumentWithAnUndocumentedOrMissingKeyIsRejected() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let folder = temporary.url.appendingPathComponent("ana")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var json = try #require(
            JSONSerialization.jsonObject(with: Data(JSONReportRenderer().render(ReportFixtures.balancedRunner).utf8))
                as? [String: Any])
        json["surprise"] = true
        json["weeks"] = nil
        try JSONSerialization.data(withJSONObject: json).write(to: folder.appendingPathComponent("report.json"))
        let result = try Tool.run("python3", [Self.script, temporary.url.path])
        #expect(result.status == 1)
        #expect(result.output.contains("'weeks' is a required property"))
        #expect(result.output.contains("surprise"))
    }
}
