import HipBalanceCore

/// Turns a team overview into one team document (`index.html`, `team.csv`, `team.json`).
public protocol TeamRenderer: Sendable {
    /// The file name the document is written to in the output folder.
    var fileName: String { get }
    func render(_ team: TeamOverview) -> String
}
