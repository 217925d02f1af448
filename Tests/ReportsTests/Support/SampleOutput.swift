import Foundation

@testable import Reports

/// The fixture team written out the way the batch lays out `OUT_DIR`, for browser and schema
/// checks.
enum SampleOutput {
    static let team = TeamOverview(
        teamName: "Riverside Running Club", asOf: ReportFixtures.asOf, athletes: ReportFixtures.reports,
        hipBalanceVersion: "0.1.0")

    static let athleteRenderers: [any AthleteRenderer] = [
        HTMLReportRenderer(), MarkdownReportRenderer(), JSONReportRenderer(),
    ]
    static let teamRenderers: [any TeamRenderer] = [TeamHTMLRenderer(), TeamCSVRenderer(), TeamJSONRenderer()]

    /// Athletes whose id is a usable folder name (the hostile fixture's id is not; the batch
    /// never gets such an id from a folder).
    static var foldered: [AthleteReport] { team.athletes.filter { !$0.athleteID.contains("/") } }

    /// Writes every team and athlete document under `directory`, plus the real model's report in
    /// `modelled/` (not in the team files, whose golden files must not follow model changes).
    static func write(to directory: URL) throws {
        for renderer in teamRenderers {
            try Data(renderer.render(team).utf8).write(to: directory.appendingPathComponent(renderer.fileName))
        }
        for report in foldered + [ModelledFixture.report] {
            let folder = directory.appendingPathComponent(report.athleteID)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for renderer in athleteRenderers {
                try Data(renderer.render(report).utf8).write(to: folder.appendingPathComponent(renderer.fileName))
            }
        }
    }
}
