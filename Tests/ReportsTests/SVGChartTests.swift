import Foundation
import Testing

@testable import Reports

@Suite struct SVGChartTests {
    private func chart(bars: [[Double?]] = [], lines: [[Double?]] = [], layout: SVGChart.BarLayout = .stacked)
        -> SVGChart
    {
        SVGChart(
            title: "t", categories: ["a", "b", "c"],
            bars: bars.map { SVGChart.Series(name: "bar", color: "#000", values: $0) }, layout: layout,
            lines: lines.map { SVGChart.Series(name: "line", color: "#111", values: $0) },
            unit: "u", emptyMessage: "nothing here")
    }

    @Test func allZeroDataShowsTheEmptyMessageAndNoLegend() {
        let empty = chart(bars: [[0, 0, nil]])
        #expect(empty.isEmpty)
        #expect(empty.svg().contains("nothing here"))
        #expect(!empty.figure(caption: "c").contains("class=\"legend\""))
    }

    @Test func stackedBarsScaleToTheTallestStackWithNiceTicks() {
        let svg = chart(bars: [[10, 20, 5], [10, 20, 5]]).svg()
        // Tallest stack 40 (× 1.05 headroom) gives ticks 0, 10, …, 50.
        #expect(svg.contains(">50</text>") && !svg.contains(">60</text>"))
        #expect(svg.components(separatedBy: "<rect").count - 1 == 6)
    }

    @Test func groupedBarsScaleToTheTallestBar() {
        let svg = chart(bars: [[10, 20, 5], [10, 20, 5]], layout: .grouped).svg()
        #expect(svg.contains(">25</text>") && !svg.contains(">30</text>"))
    }

    @Test func aMissingValueBreaksTheLine() {
        let svg = chart(lines: [[1, nil, 2]]).svg()
        #expect(!svg.contains("<polyline"), "two single points, no segment")
        #expect(svg.components(separatedBy: "<circle").count - 1 == 2)
        let joined = chart(lines: [[1, 1.5, 2]]).svg()
        #expect(joined.components(separatedBy: "<polyline").count - 1 == 1)
    }

    @Test func labelsAreEscaped() {
        var hostile = chart(bars: [[1, 2, 3]])
        hostile.categories = ["<a>", "b", "c"]
        hostile.title = "\"><script>"
        let svg = hostile.figure(caption: "<cap>")
        #expect(!svg.contains("<a>") && !svg.contains("<script>") && !svg.contains("<cap>"))
    }

    @Test func sparklineMarksTheLastValue() {
        let spark = SVGChart.sparkline(values: [1, 2, nil, 3], reference: 1.5, color: "#f00", label: "r")
        #expect(spark.contains("fill=\"#f00\""))
        #expect(spark.contains("stroke-dasharray"))
        #expect(!SVGChart.sparkline(values: [nil, 2], reference: nil, color: "#f00", label: "r").contains("<polyline"))
    }
}

@Suite struct NonFiniteValueTests {
    /// The model should never produce NaN or infinity; if it does, every document still renders.
    @Test func nonFiniteNumbersNeverBreakADocument() throws {
        var report = ReportFixtures.highRiskCyclist
        report.assessment.balance.ratio = .nan
        report.assessment.weeklyLoad.quads = .infinity
        report.assessment.weeks[3].ratio = .infinity
        report.assessment.weeks[4].load.quads = .nan
        let charts = AthleteCharts(report: report)
        for chart in [charts.weeklyLoad, charts.ratioTrend] {
            let svg = chart.svg()
            #expect(!svg.lowercased().contains("nan") && !svg.contains("inf"), "\(chart.title)")
        }
        for text in [HTMLReportRenderer().render(report), MarkdownReportRenderer().render(report)] {
            #expect(text.range(of: "\\b(nan|inf|infinity)\\b", options: [.regularExpression, .caseInsensitive]) == nil)
        }
        let decoded = try JSONReportRenderer.decode(Data(JSONReportRenderer().render(report).utf8))
        #expect(decoded.assessment.weeklyLoad.quads == .infinity)
        #expect(decoded.assessment.balance.ratio?.isNaN == true)
    }
}
