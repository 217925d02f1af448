import Analysis
import HipBalanceCore

/// One athlete's line in the team overview, shared by every team renderer so the table, the CSV
/// and the JSON always agree.
struct TeamRow: Encodable, Hashable {
    var id: String
    var name: String
    @NullWhenAbsent var band: RiskBand?
    var points: Int
    @NullWhenAbsent var ratio: Double?
    @NullWhenAbsent var trend: RatioTrend?
    var confidence: Confidence
    var provisional: Bool
    var gluteSets: SetTarget
    var coreSets: SetTarget
    @NullWhenAbsent var lastActivity: LocalDate?
    var activities: Int
    var strengthSets: Int
    var rejectedFiles: Int
    /// Weekly ratios, oldest first, for the sparkline (the last `sparklineWeeks` weeks).
    var recentRatios: [Double?]
    /// The model's ratio cut-offs, for drawing (not part of `team.json`).
    var cutoffs: [Double]

    static let sparklineWeeks = 12

    /// One scale for every sparkline of a team page: the range of all recent ratios and the
    /// balance cut-off, so lines can be compared across athletes.
    static func sparklineScale(_ rows: [TeamRow]) -> ClosedRange<Double> {
        let values =
            rows.flatMap { $0.recentRatios.compactMap { $0 }.filter(\.isFinite) } + rows.compactMap(\.cutoffs.first)
        let low = values.min() ?? 0
        let high = values.max() ?? 0
        return low...max(high, low + 0.1)
    }

    enum CodingKeys: String, CodingKey {
        case id, name, band, points, ratio, trend, confidence, provisional, gluteSets, coreSets, lastActivity
        case activities, strengthSets, rejectedFiles, recentRatios
    }

    init(_ report: AthleteReport) {
        let a = report.assessment
        id = report.athleteID
        name = report.athleteName
        band = a.risk.band
        points = a.risk.points
        ratio = a.balance.ratio
        trend = RatioTrend(weeks: a.weeks)
        confidence = a.risk.confidence
        provisional = a.risk.provisional
        gluteSets = a.prescription.gluteSets
        coreSets = a.prescription.coreSets
        lastActivity = report.inputs.lastActivity
        activities = report.inputs.activities
        strengthSets = report.inputs.strengthSets
        rejectedFiles = report.inputs.rejectedFiles.count
        recentRatios = a.weeks.suffix(Self.sparklineWeeks).map(\.ratio)
        cutoffs = a.balanceCutoffs
    }

    /// The athletes most in need of attention first: most points (the band follows the points,
    /// so an athlete without a band yet sits among those with as many points), then the higher
    /// band (none last), then highest ratio (none last), then name and id so the order is total.
    static func sortedByRisk(_ reports: [AthleteReport]) -> [TeamRow] {
        reports.map(TeamRow.init).sorted { lhs, rhs in
            if lhs.points != rhs.points { return lhs.points > rhs.points }
            if lhs.band != rhs.band { return descendingNilLast(lhs.band, rhs.band) }
            if lhs.ratio != rhs.ratio { return descendingNilLast(lhs.ratio, rhs.ratio) }
            if lhs.name != rhs.name { return lhs.name < rhs.name }
            return lhs.id < rhs.id
        }
    }

    private static func descendingNilLast<T: Comparable>(_ lhs: T?, _ rhs: T?) -> Bool {
        switch (lhs, rhs) {
        case (let l?, let r?): l > r
        case (.some, .none): true
        default: false
        }
    }
}
