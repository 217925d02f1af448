import HipBalanceCore

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
