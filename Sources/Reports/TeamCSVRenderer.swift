import HipBalanceCore

/// Renders `team.csv`: one row per athlete, sorted by risk, RFC 4180 (CRLF line ends, fields
/// quoted only when needed), with a snake_case header that `pandas.read_csv` takes as is.
/// Absent values are empty fields; decimals use a point. The first column repeats the reference
/// day, so nightly files can be concatenated into one time series.
public struct TeamCSVRenderer: TeamRenderer {
    public init() {}

    public var fileName: String { "team.csv" }

    /// The columns in order: header name and the field of a row (numbers are not text, so they
    /// are never prefixed against formula injection).
    private static let columns: [(name: String, isText: Bool, value: @Sendable (TeamRow) -> String)] = [
        ("athlete_id", true, { $0.id }),
        ("name", true, { $0.name }),
        ("risk_band", false, { $0.band?.rawValue ?? "" }),
        ("risk_points", false, { "\($0.points)" }),
        ("balance_ratio", false, { number($0.ratio, digits: 3) }),
        ("ratio_trend", false, { $0.trend?.rawValue ?? "" }),
        ("confidence", false, { $0.confidence.rawValue }),
        ("provisional", false, { "\($0.provisional)" }),
        ("glute_sets_per_week", false, { number($0.gluteSets.current, digits: 2) }),
        ("glute_sets_next_week", false, { "\($0.gluteSets.next)" }),
        ("glute_sets_target", false, { "\($0.gluteSets.target)" }),
        ("core_sets_per_week", false, { number($0.coreSets.current, digits: 2) }),
        ("core_sets_next_week", false, { "\($0.coreSets.next)" }),
        ("core_sets_target", false, { "\($0.coreSets.target)" }),
        ("last_activity", false, { $0.lastActivity?.description ?? "" }),
        ("activities", false, { "\($0.activities)" }),
        ("strength_sets", false, { "\($0.strengthSets)" }),
        ("rejected_files", false, { "\($0.rejectedFiles)" }),
    ]

    /// A number field: at most `digits` decimals; empty when absent or not finite, which pandas
    /// reads as NaN.
    private static func number(_ value: Double?, digits: Int) -> String {
        guard let value, value.isFinite else { return "" }
        return Format.trimmed(value, digits: digits)
    }

    public func render(_ team: TeamOverview) -> String {
        let header = (["as_of"] + Self.columns.map(\.name)).joined(separator: ",")
        let rows = TeamRow.sortedByRisk(team.athletes).map { row in
            ([team.asOf.description] + Self.columns.map { Escape.csvField($0.value(row), isText: $0.isText) })
                .joined(separator: ",")
        }
        return ([header] + rows).map { $0 + "\r\n" }.joined()
    }
}
