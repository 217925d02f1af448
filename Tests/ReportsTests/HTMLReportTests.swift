import Analysis
import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Reports

@Suite struct HTMLReportTests {
    private let html = HTMLReportRenderer().render(ReportFixtures.highRiskCyclist)

    private func position(of text: String, in page: String) throws -> String.Index {
        try #require(page.range(of: text)?.lowerBound, "missing: \(text)")
    }

    @Test func pageIsSelfContainedWithoutScriptsOrNetwork() {
        for report in ReportFixtures.reports {
            let page = HTMLReportRenderer().render(report)
            #expect(page.hasPrefix("<!DOCTYPE html>"))
            #expect(!page.contains("<script"))
            #expect(!page.contains("http://") && !page.contains("https://"))
            #expect(!page.contains("<link") && !page.contains("<img") && !page.contains("url("))
            #expect(page.contains("default-src 'none'") && page.contains("script-src 'none'"))
            #expect(page.contains("name=\"viewport\"") && page.contains("@media print") && page.contains("size:A4"))
        }
    }

    @Test func verdictComesFirstWithBandRatioConfidenceAndEveryFactorGroup() throws {
        let verdict = try position(of: "class=\"verdict band-very-high\"", in: html)
        #expect(verdict < (try position(of: "Training picture", in: html)))
        #expect(html.contains("<span class=\"badge band-very-high\">Very high risk</span>"))
        #expect(html.contains(">3.40</span>"))
        #expect(html.contains("High confidence"))
        let titles = ["Balance", "Glute dose", "Core dose", "Tightness", "Endurance load change", "Pain"]
        let positions = try titles.map { try position(of: "<li><strong>\($0)</strong>", in: html) }
        #expect(positions == positions.sorted(), "every group, in the model's order")
        #expect(
            html.contains("1.5 glute sets a week (28-day average), below 6; the target is 20."),
            "the target of the table")
        #expect(html.contains("Total: 5 points; very high in 65 % of plausible settings"))
    }

    @Test func provisionalConfidenceAndClinicianNoteAreVisible() {
        let page = HTMLReportRenderer().render(ReportFixtures.provisionalTriathlete)
        #expect(page.contains("<span class=\"provisional\">provisional</span>"))
        #expect(page.contains("See a clinician."))
        let newcomer = HTMLReportRenderer().render(ReportFixtures.noBandNewcomer)
        #expect(newcomer.contains("No risk band yet"))
        #expect(newcomer.contains("Only 12 days of history; a band needs at least 28."))
    }

    @Test func screeningAidNoteIsVisible() throws {
        let note = try position(of: "<p class=\"notice\" role=\"note\"><strong>Screening aid.</strong>", in: html)
        #expect(note < (try position(of: "Training picture", in: html)))
        #expect(html.contains(ReportFixtures.disclaimer.replacingOccurrences(of: ",", with: ",")))
    }

    @Test func fourChartsWithTheWholeHistory() {
        #expect(html.components(separatedBy: "<figure class=\"chart\">").count == 5)
        // Stacked weekly load: one bar segment per muscle group with load, for each of 16 weeks.
        #expect(html.components(separatedBy: "<rect").count > 16 * 7)
        #expect(html.contains("aria-label=\"Weekly load per muscle group, last 16 weeks\""))
        #expect(html.contains("glute target 20") && html.contains("core target 12"))
        #expect(html.contains("&gt; 3: +3 points"))
    }

    @Test func prescriptionShowsSetsExercisesAndStretchingDays() {
        #expect(html.contains("<div class=\"big\">4 sets"))
        #expect(html.contains("4 (+1) × as usual"))
        #expect(html.contains("2 × 12 per side"))
        #expect(html.contains("Last week: 2 glute sets prescribed, 1.5 done; 2 core sets prescribed, 0.8 done."))
        #expect(html.contains("10 min per side a week: 7 × 30-s holds per side on Mon, Wed, Fri"))
        let fourDays = HTMLReportRenderer().render(ReportFixtures.provisionalTriathlete)
        #expect(fourDays.contains("on Mon, Tue, Thu, Sat"))
    }

    @Test func dataBehindItListsEveryInputProblem() {
        #expect(html.contains("<dt>Activities counted</dt><dd>142</dd>"))
        #expect(html.contains("<code>marko/2026-09-14-ride.gpx:812:17</code>"))
        #expect(html.contains("<td>Kettlebell Halo</td><td class=\"num\">6</td>"))
        #expect(html.contains("lactate-threshold heart rate <code>lthr</code>"))
        #expect(html.contains("<code>marko/notes.txt</code>"))
    }

    @Test func emptyReportRendersPlaceholdersNotBrokenCharts() {
        let page = HTMLReportRenderer().render(ReportFixtures.empty)
        #expect(page.contains("None logged"))
        #expect(page.contains("No glute or core sets logged"))
        #expect(page.contains("No balance ratio: nothing was logged up to 2026-11-22."))
        #expect(page.contains("(not assessed)"))
        #expect(!page.contains("nan") && !page.contains("inf"))
    }
}

@Suite struct MarkdownReportTests {
    @Test func sameSectionsAsTheHTMLPage() {
        let markdown = MarkdownReportRenderer().render(ReportFixtures.highRiskCyclist)
        let sections = [
            "# Marko Kovač", "**Very high risk** · balance ratio **3.40** · High confidence", "## Why",
            "> **Screening aid.**", "## Recent weeks", "## Endurance versus strength", "## What to do",
            "| Hip Thrust (Barbell) | 4 (+1) × as usual |", "### Stretching", "## The data behind it",
            "### Rejected files",
        ]
        var cursor = markdown.startIndex
        for section in sections {
            let found = markdown.range(of: section, range: cursor..<markdown.endIndex)
            #expect(found != nil, "missing or out of order: \(section)")
            cursor = found?.upperBound ?? cursor
        }
        // The weekly table shows the last 12 weeks only.
        #expect(markdown.components(separatedBy: "\n| 2026-").count - 1 == MarkdownReportRenderer.tableWeeks)
    }

    @Test func provisionalIsSpelledOut() {
        let markdown = MarkdownReportRenderer().render(ReportFixtures.provisionalTriathlete)
        #expect(markdown.contains("Low confidence — provisional"))
        #expect(markdown.contains("> **See a clinician.**"))
    }
}

@Suite struct AthleteChartsTests {
    @Test func longHistoriesShowTheLatestHalfYear() {
        var report = ReportFixtures.balancedRunner
        report.assessment.weeks = ReportFixtures.weeks(
            60, quads: 20, glutes: 10, strengthShare: 0.2, gluteSets: 8, coreSets: 5)
        let chart = AthleteCharts(report: report).weeklyLoad
        #expect(chart.categories.count == AthleteCharts.maxWeeks)
        #expect(chart.categories.last == Format.shortDate(ReportFixtures.asOf.weekStart))
    }
}

/// Every page's tags are balanced (Python's `html.parser`, void and SVG leaf elements aside), so
/// a renderer change cannot leave an element open that swallows the rest of the page.
@Suite(.enabled(if: Tool.hasPython, "python3 is missing: HTML structure check skipped"))
struct HTMLStructureTests {
    private static let check = """
        import sys
        from html.parser import HTMLParser
        LEAVES = {"meta", "br", "input", "img", "link", "hr", "rect", "line", "circle", "polyline", "path"}
        stack, errors = [], []
        class Parser(HTMLParser):
            def handle_starttag(self, tag, attrs):
                if tag not in LEAVES: stack.append(tag)
            def handle_endtag(self, tag):
                if tag in LEAVES: return
                if stack and stack[-1] == tag: stack.pop()
                else: errors.append(f"line {self.getpos()[0]}: </{tag}> closes {stack[-1] if stack else 'nothing'}")
        Parser().feed(open(sys.argv[1], encoding="utf-8").read())
        errors += [f"<{tag}> never closed" for tag in stack]
        print("\\n".join(errors))
        sys.exit(1 if errors else 0)
        """

    @Test func anUnclosedElementIsCaught() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let file = temporary.url.appendingPathComponent("page.html")
        try Data("<main><section><p>text</p></main>".utf8).write(to: file)
        let result = try Tool.run("python3", ["-c", Self.check, file.path])
        #expect(result.status == 1 && result.output.contains("</main> closes section"))
    }

    @Test func everyPageIsBalanced() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let pages =
            ReportFixtures.all.map { ($0.name, HTMLReportRenderer().render($0.report)) }
            + [
                ("index", TeamHTMLRenderer().render(SampleOutput.team)),
                (
                    "empty index",
                    TeamHTMLRenderer().render(
                        TeamOverview(teamName: nil, asOf: ReportFixtures.asOf, athletes: [], hipBalanceVersion: "0"))
                ),
            ]
        for (name, page) in pages {
            let file = temporary.url.appendingPathComponent("page.html")
            try Data(page.utf8).write(to: file)
            let result = try Tool.run("python3", ["-c", Self.check, file.path])
            #expect(result.status == 0, "\(name): \(result.output)")
        }
    }
}
