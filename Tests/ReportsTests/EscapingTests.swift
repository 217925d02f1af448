import Foundation
import HipBalanceTestSupport
import Testing

@testable import Reports

@Suite struct EscapingTests {
    private let hostile = ReportFixtures.hostile
    private let script = ReportFixtures.hostileText

    @Test(arguments: [
        ("plain", "plain"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a & \"b\" 'c'", "a &amp; &quot;b&quot; &#39;c&#39;"),
        ("Kovač ✓", "Kovač ✓"),
        ("ana/\u{202E}xpg.exe\u{1B}", "ana/\\u{202E}xpg.exe\\u{1B}"),
    ])
    func htmlEscaping(input: String, expected: String) {
        #expect(Escape.html(input) == expected)
    }

    @Test(arguments: [
        ("ana", "ana"),
        ("eva-tri_2.x~", "eva-tri_2.x~"),
        ("../etc", "..%2Fetc"),
        ("a b?c#d", "a%20b%3Fc%23d"),
        ("javascript:alert(1)", "javascript%3Aalert%281%29"),
        ("Žan", "%C5%BDan"),
    ])
    func urlPathSegmentEscaping(input: String, expected: String) {
        #expect(Escape.urlPathSegment(input) == expected)
    }

    @Test(arguments: [
        ("Ana Novak", "Ana Novak"),
        ("<b>x</b> | *y* _z_ `c`", "\\<b\\>x\\</b\\> \\| \\*y\\* \\_z\\_ \\`c\\`"),
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("1. first", "1\\. first"),
        ("1.5 sets a week", "1.5 sets a week"),
        ("ana/activity_22938307917.gpx", "ana/activity_22938307917.gpx"),
        ("_lead and trail_ and snake_case", "\\_lead and trail\\_ and snake_case"),
        ("two\nlines", "two lines"),
        ("bad\u{1B}[2Jname.gpx", "bad\\u{1B}\\[2Jname.gpx"),
        ("ana/\u{202E}xpg.exe", "ana/\\u{202E}xpg.exe"),
    ])
    func markdownEscaping(input: String, expected: String) {
        #expect(Escape.markdown(input) == expected)
    }

    @Test(arguments: [
        ("plain", true, "plain"),
        ("a,b", true, "\"a,b\""),
        ("say \"hi\"", true, "\"say \"\"hi\"\"\""),
        ("two\nlines", true, "\"two\nlines\""),
        (" padded", true, "\" padded\""),
        ("=HYPERLINK(\"x\")", true, "\"'=HYPERLINK(\"\"x\"\")\""),
        ("@SUM(A1)", true, "'@SUM(A1)"),
        ("-1.5", false, "-1.5"),
    ])
    func csvFields(input: String, isText: Bool, expected: String) {
        #expect(Escape.csvField(input, isText: isText) == expected)
    }

    @Test func athletePageShowsHostileTextAsText() {
        let html = HTMLReportRenderer().render(hostile)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<i>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Bobby&quot; &#39;Tables&#39;"))
        #expect(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        #expect(html.contains("2 (+1) × as usual"))
        #expect(html.contains("not counted: &lt;script&gt;alert(1)&lt;/script&gt; (3)."))
    }

    @Test func teamPageEscapesTextAndLinks() {
        let html = TeamHTMLRenderer().render(SampleOutput.team)
        #expect(html.components(separatedBy: "<script").count == 2, "only our own filter script")
        #expect(!html.contains("<img"))
        #expect(html.contains("href=\"x%2F..%2F%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%282%29%3E%20/report.html\""))
        #expect(html.contains("href=\"eva-tri/report.html\""))
        #expect(html.contains(">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Bobby&quot;"))
    }

    @Test func markdownShowsHostileTextAsText() {
        let markdown = MarkdownReportRenderer().render(hostile)
        #expect(!markdown.contains("<script>"))
        #expect(
            markdown.contains(
                "# \\<script\\>alert(1)\\</script\\> \\& \"Bobby\" 'Tables', \\| pipe \\*star\\* \\_u\\_ \\`tick\\` newline —"
            ))
        // Every table row keeps its column count: an input `|` never opens a cell.
        for table in markdown.components(separatedBy: "\n\n") where table.hasPrefix("| ") {
            let counts = table.split(separator: "\n").map { row in
                row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            }
            #expect(Set(counts).count == 1, "\(table)")
        }
    }

    @Test(.enabled(if: Tool.hasPython, "python3 is missing: CSV reader check skipped"))
    func csvKeepsHostileFieldsIntactForACSVReader() throws {
        let csv = TeamCSVRenderer().render(SampleOutput.team)
        #expect(csv.hasPrefix("as_of,athlete_id,name,risk_band,"))
        #expect(csv.hasSuffix("\r\n"))
        let read = """
            import csv, sys
            rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
            print(len(rows), {len(r) for r in rows})
            print(rows[3][2])
            """
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let file = temporary.url.appendingPathComponent("team.csv")
        try Data(csv.utf8).write(to: file)
        let result = try Tool.run("python3", ["-c", read, file.path])
        try #require(result.status == 0, "\(result.output)")
        #expect(result.output.hasPrefix("7 {19}\n"))
        #expect(result.output.contains(hostile.athleteName))
    }
}
