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

    @Test(arguments: [
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
        let order = ["marko", "eva-tri", "ana", "luka", "new-athlete"].map { "href=\"\($0)/report.html\"" }
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
        #expect(lines[1] == "2026-11-22,marko,Marko Kovač,very-high,7,3.4,steady,high,false,1.5,4,20,0.8,4,12,2026-11-21,142,38,1")
        #expect(lines.last == "")
        #expect(lines.contains("2026-11-22,new-athlete,new-athlete,,0,,,low,true,0,4,10,0,4,6,,0,0,0"))
    }
}

@Suite struct ReportTextTests {
    @Test(arguments: [(3, "Mon, Wed, Fri"), (4, "Mon, Tue, Thu, Sat"), (7, "Mon, Tue, Wed, Thu, Fri, Sat, Sun"), (0, "Mon")])
    func stretchDaysAreSpreadOverTheWeek(days: Int, expected: String) {
        #expect(ReportText.stretchDays(days).joined(separator: ", ") == expected)
    }

    @Test func missingSettingsNameTheirTeamYAMLKey() {
        #expect(ReportText.setting("thresholdPaceSecondsPerKm") == "threshold running pace")
        #expect(ReportText.settingKey("thresholdPaceSecondsPerKm") == "thresholdPace")
        #expect(ReportText.settingKey("hrMax") == "hrMax")
        #expect(ReportText.setting("somethingNew") == "somethingNew")
    }

    @Test func topReasonsPreferPointsAndKeepTheModelsOrderOnTies() {
        let risk = RiskAssessment(
            band: .high, points: 5, confidence: .high, confidenceScore: 1, provisional: false,
            factors: [
                RiskFactor(id: "a", points: 1, detail: "a"), RiskFactor(id: "b", points: 2, detail: "b"),
                RiskFactor(id: "c", points: 0, detail: "c"), RiskFactor(id: "d", points: 1, detail: "d"),
                RiskFactor(id: "e", points: 1, detail: "e"),
            ])
        #expect(ReportText.topReasons(risk) == ["b", "a", "d"])
    }
}
