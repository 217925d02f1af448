import HipBalanceCore

/// Turns one athlete's report into one document (HTML, Markdown, JSON).
///
/// Renderers are pure: the same report always gives the same text, they read no clock and do no
/// I/O, and every string that came from input data is escaped for the target format.
public protocol AthleteRenderer: Sendable {
    /// The file name the document is written to inside the athlete's folder (`report.html`).
    var fileName: String { get }
    func render(_ report: AthleteReport) -> String
}

/// Everything the team pages show: the team's athletes on one reference day.
public struct TeamOverview: Sendable, Hashable {
    /// The team's display name (`team.yaml` `name`), nil when not configured.
    public var teamName: String?
    public var asOf: LocalDate
    /// In any order; team renderers sort them by risk.
    public var athletes: [AthleteReport]
    /// The hipbalance version that produced the overview.
    public var hipBalanceVersion: String

    public init(teamName: String?, asOf: LocalDate, athletes: [AthleteReport], hipBalanceVersion: String) {
        self.teamName = teamName
        self.asOf = asOf
        self.athletes = athletes
        self.hipBalanceVersion = hipBalanceVersion
    }
}

/// Turns a team overview into one team document (`index.html`, `team.csv`, `team.json`).
public protocol TeamRenderer: Sendable {
    /// The file name the document is written to in the output folder.
    var fileName: String { get }
    func render(_ team: TeamOverview) -> String
}
