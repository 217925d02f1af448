import Foundation
import HipBalanceCore
import Reports

/// Renders reports with the Reports renderers and writes them atomically into the output folder.
enum ReportWriter {
    /// The per-athlete renderers for `formats`; JSON is always included (merge reads it).
    static func athleteRenderers(_ formats: [ReportFormat]) -> [any AthleteRenderer] {
        var renderers: [any AthleteRenderer] = [JSONReportRenderer()]
        if formats.contains(.html) { renderers.append(HTMLReportRenderer()) }
        if formats.contains(.md) { renderers.append(MarkdownReportRenderer()) }
        return renderers
    }

    /// The team renderers: `team.json` and `team.csv` always, `index.html` with the HTML format.
    static func teamRenderers(_ formats: [ReportFormat]) -> [any TeamRenderer] {
        var renderers: [any TeamRenderer] = [TeamJSONRenderer(), TeamCSVRenderer()]
        if formats.contains(.html) { renderers.append(TeamHTMLRenderer()) }
        return renderers
    }

    /// The per-athlete JSON file name, read back by merge.
    static var athleteJSONFileName: String { JSONReportRenderer().fileName }

    /// One athlete's documents: file name and text, in renderer order.
    static func renderAthlete(_ report: AthleteReport, formats: [ReportFormat]) -> [(fileName: String, text: String)] {
        athleteRenderers(formats).map { ($0.fileName, $0.render(report)) }
    }

    static func writeAthlete(
        _ documents: [(fileName: String, text: String)], athleteID: String, to output: OutputFolder
    ) throws(OutputError) {
        for document in documents {
            try output.write(document.text, to: [athleteID, document.fileName])
        }
    }

    static func writeTeam(
        _ reports: [AthleteReport], teamName: String, asOf: LocalDate, formats: [ReportFormat], to output: OutputFolder
    ) throws(OutputError) {
        let overview = TeamOverview(
            teamName: teamName, asOf: asOf, athletes: reports, hipBalanceVersion: hipBalanceVersion)
        for renderer in teamRenderers(formats) {
            try output.write(renderer.render(overview), to: [renderer.fileName])
        }
    }
}
