import Analysis
import HipBalanceCore

/// The four charts of an athlete's page, built from the report with `SVGChart`.
struct AthleteCharts {
    let report: AthleteReport

    /// Weeks drawn in the weekly charts: the latest half year, so bars stay readable however
    /// long the history is.
    static let maxWeeks = 26

    private var weeks: ArraySlice<WeekSummary> { report.assessment.weeks.suffix(Self.maxWeeks) }
    private var weekLabels: [String] { weeks.map { Format.shortDate($0.start) } }

    /// Weekly load per muscle group, stacked, the balance numerator (quads, low back) at the bottom.
    var weeklyLoad: SVGChart {
        let order: [MuscleGroup] = [.quads, .lowBack, .glutes, .core, .hamstrings, .hipFlexors, .calves]
        return SVGChart(
            title: "Weekly load per muscle group, last \(weeks.count) weeks",
            categories: weekLabels,
            bars: order.map { group in
                SVGChart.Series(
                    name: ReportText.muscle(group), color: Palette.muscle(group), values: weeks.map { $0.load[group] })
            },
            unit: "set-equivalents per week", emptyMessage: noneLogged)
    }

    /// What an empty chart says: nothing logged up to the day analysed, naming it when the
    /// athlete logged data after it.
    private var noneLogged: String {
        LaterData(report.assessment).map { "None logged up to \($0.asOf)" } ?? "None logged"
    }

    /// The weekly balance ratio over the model's risk bands.
    var ratioTrend: SVGChart {
        let a = report.assessment
        let cutoffs = a.balanceCutoffs
        let edges = [0] + cutoffs
        // Band i adds i risk points (`docs/model.md` §6); tints run from the low to the very-high band.
        let bands = zip(edges.indices, RiskBand.allCases).map { index, band in
            let upper = index + 1 < edges.count ? edges[index + 1] : nil
            let range =
                switch (index, upper) {
                case (0, let upper?): "≤ \(Format.trimmed(upper, digits: 2))"
                case (_, let upper?): "\(Format.trimmed(edges[index], digits: 2))–\(Format.trimmed(upper, digits: 2))"
                case (_, nil): "> \(Format.trimmed(edges[index], digits: 2))"
                }
            return SVGChart.Band(
                lower: edges[index], upper: upper, color: Palette.bandTint(band),
                label: "\(range): +\(index) point\(index == 1 ? "" : "s")")
        }
        return SVGChart(
            title: "Weekly balance ratio against the risk cut-offs",
            categories: weekLabels,
            lines: [SVGChart.Series(name: "Balance ratio", color: Palette.ratio, values: weeks.map(\.ratio))],
            bands: bands,
            references: a.balance.ratio.map {
                [SVGChart.Reference(value: $0, color: Palette.ratio, label: "now \(Format.fixed($0, digits: 2))")]
            } ?? [],
            unit: "(quads + low back) ÷ (glutes + core)", emptyMessage: "\(noneLogged): no balance ratio yet",
            valueDigits: 2)
    }

    /// Where the weekly dose of the four balance muscles comes from.
    var enduranceVersusStrength: SVGChart {
        let groups: [MuscleGroup] = [.quads, .lowBack, .glutes, .core]
        let a = report.assessment
        return SVGChart(
            title: "Weekly dose from endurance and from strength training",
            categories: groups.map(ReportText.muscle),
            bars: [
                SVGChart.Series(
                    name: "Endurance", color: Palette.endurance, values: groups.map { a.enduranceWeeklyLoad[$0] }),
                SVGChart.Series(
                    name: "Strength", color: Palette.strength, values: groups.map { a.strengthWeeklyLoad[$0] }),
            ],
            unit: "set-equivalents per week", emptyMessage: noneLogged)
    }

    /// Direct glute and core sets per week against the prescription's targets.
    var setsAgainstTarget: SVGChart {
        let p = report.assessment.prescription
        return SVGChart(
            title: "Glute and core sets per week against target",
            categories: weekLabels,
            bars: [
                SVGChart.Series(name: "Glute sets", color: Palette.muscle(.glutes), values: weeks.map(\.gluteSets)),
                SVGChart.Series(name: "Core sets", color: Palette.muscle(.core), values: weeks.map(\.coreSets)),
            ],
            layout: .grouped,
            references: [
                SVGChart.Reference(
                    value: Double(p.gluteSets.target), color: Palette.muscle(.glutes),
                    label: "glute target \(p.gluteSets.target)"),
                SVGChart.Reference(
                    value: Double(p.coreSets.target), color: Palette.muscle(.core),
                    label: "core target \(p.coreSets.target)"),
            ],
            unit: "sets per week",
            emptyMessage: LaterData(report.assessment).map { "No glute or core sets logged up to \($0.asOf)" }
                ?? "No glute or core sets logged", valueDigits: 0)
    }
}
