import Analysis
import HipBalanceCore
import Testing

@testable import Reports

@Suite struct TeamTests {
    private func week(_ offset: Int, ratio: Double?) -> WeekSummary {
        WeekSummary(
            start: ReportFixtures.asOf.weekStart.adding(days: -7 * offset), load: .zero, enduranceLoad: .zero,
            strengthLoad: .zero, ratio: ratio, gluteSets: 0, coreSets: 0, hamstringStretchMinutes: 0,
            hipFlexorStretchMinutes: 0)
    }

    @Test(
        arguments: [
            ([1.5, 1.5, 1.5, 1.5, 2, 2, 2, 2], RatioTrend?.some(.rising)),
            ([2, 2, 2, 2, 1.5, 1.5, 1.5, 1.5], .falling),
            ([2, 2, 2, 2, 2.05, 2.05, 2, 2], .steady),
            ([2, 2, 2, 2], nil),
        ] as [([Double], RatioTrend?)])
    func trendComparesTheLastFourWeeksWithTheFourBefore(ratios: [Double], expected: RatioTrend?) {
        let weeks = ratios.enumerated().map { week(ratios.count - 1 - $0.offset, ratio: $0.element) }
        #expect(RatioTrend(weeks: weeks) == expected)
    }

    @Test func indexRowsAreSortedByRiskAndLinkToAthletePages() throws {
        let html = TeamHTMLRenderer().render(SampleOutput.team)
        let order = ["marko", "eva-tri", "luka", "ana", "new-athlete"].map { "href=\"\($0)/report.html\"" }
        let positions = try order.map { try #require(html.range(of: $0)?.lowerBound, "\($0)") }
        #expect(positions == positions.sorted())
        #expect(html.contains("<svg class=\"spark\""))
        #expect(html.contains("id=\"band\"") && html.contains("tr.athlete"))
        #expect(html.contains("1 file rejected"))
        #expect(html.contains("2026-11-21<br><span class=\"muted\">yesterday</span>"))
    }

    @Test func csvHasOneRowPerAthleteInRiskOrder() {
        let lines = TeamCSVRenderer().render(SampleOutput.team).components(separatedBy: "\r\n")
        #expect(lines.first?.split(separator: ",").count == 19)
        #expect(lines.first?.hasPrefix("as_of,athlete_id,name,risk_band,") == true)
        #expect(
            lines[1]
                == "2026-11-22,marko,Marko Kovač,very-high,5,3.4,steady,high,false,1.5,4,20,0.8,4,12,2026-11-21,142,38,1"
        )
        #expect(lines.last == "")
        #expect(lines.contains("2026-11-22,new-athlete,new-athlete,,0,,,low,false,0,4,10,0,4,6,,0,0,0"))
    }
}

@Suite struct ReportTextTests {
    @Test(arguments: [
        (3, "Mon, Wed, Fri"), (4, "Mon, Tue, Thu, Sat"), (7, "Mon, Tue, Wed, Thu, Fri, Sat, Sun"), (0, "Mon"),
    ])
    func stretchDaysAreSpreadOverTheWeek(days: Int, expected: String) {
        #expect(ReportText.stretchDays(days).joined(separator: ", ") == expected)
    }

    @Test func missingSettingsNameTheirTeamYAMLKey() {
        #expect(ReportText.setting(.thresholdPaceSecondsPerKm) == "threshold running pace")
        #expect(ReportText.settingKey(.thresholdPaceSecondsPerKm) == "thresholdPace")
        #expect(ReportText.settingKey(.hrMax) == "hrMax")
        #expect(ReportText.settingKey(.strengthTraining) == "strengthTraining")
    }

    @Test func whyListsEveryFactorAndTheirPointsAddUp() {
        let risk = ReportFixtures.highRiskCyclist.assessment.risk
        let lines = ReportText.factorLines(ReportFixtures.highRiskCyclist.assessment)
        #expect(
            lines.map(\.title) == ["Balance", "Glute dose", "Core dose", "Tightness", "Endurance load change", "Pain"])
        #expect(risk.factors.reduce(0) { $0 + $1.points } == risk.points)
        #expect(ReportText.total(risk).hasPrefix("Total: 5 points; very high in 65 % of plausible settings"))
    }

    @Test func aBalancedRatioBesideAHigherBandNamesWhatRaisesIt() {
        var report = ReportFixtures.balancedRunner
        report.assessment.risk.band = .high
        report.assessment.risk.factors[1].points = 2
        report.assessment.risk.factors[3].points = 1
        let sentence = ReportText.ratioSentence(report.assessment)
        #expect(sentence.contains("The ratio is balanced; the high band comes from glute dose, tightness."))
    }

    @Test func numbersNeverReadMinusZeroOrNaN() {
        #expect(Format.fixed(-0.0001, digits: 1) == "0.0")
        #expect(Format.fixed(.nan, digits: 1) == "—")
        #expect(Format.load(-0.0) == "0.0")
        #expect(Format.load(.infinity) == "—")
        #expect(Format.load(0.0123) == "0.012")
    }
}
