import Analysis
import HipBalanceCore

/// Renders the team's `index.html`: every athlete in one table sorted by risk, each row linking
/// to `<athlete-id>/report.html`, with a ratio sparkline and filters (a small inline script).
public struct TeamHTMLRenderer: TeamRenderer {
    public init() {}

    public var fileName: String { "index.html" }

    public func render(_ team: TeamOverview) -> String {
        let rows = TeamRow.sortedByRisk(team.athletes)
        let title = team.teamName ?? "Team"
        let scale = TeamRow.sparklineScale(rows)
        let body = """
            <main class="wide">
            <header>
            <p class="eyebrow">Team overview · as of \(team.asOf)</p>
            <h1>\(Escape.html(title))</h1>
            <p class="meta">\(rows.count) athlete\(rows.count == 1 ? "" : "s"), most in need of attention first</p>
            \(summary(rows))
            </header>
            <p class="notice" role="note"><strong>Screening aid.</strong> The risk bands point to athletes worth a \
            closer look; they are not a diagnosis. Open an athlete's page for the reasons and the prescription.</p>
            <form class="filters" role="search" onsubmit="return false">
            <input type="search" id="q" placeholder="Find an athlete" aria-label="Find an athlete">
            <label>Band <select id="band">
            <option value="">all</option>
            \((RiskBand.allCases.reversed().map(Optional.some) + [nil]).map { band in
                "<option value=\"\(ReportText.bandClass(band))\">\(ReportText.bandShort(band))</option>"
            }.joined(separator: "\n"))
            </select></label>
            <label><input type="checkbox" id="firm"> hide provisional</label>
            <span class="muted">showing <span id="shown">\(rows.count)</span> of \(rows.count)</span>
            </form>
            <div class="table-wrap">
            <table class="team">
            <thead><tr><th>Athlete</th><th>Risk</th><th class="num">Ratio · trend</th>\
            <th>Last \(TeamRow.sparklineWeeks) weeks</th><th>Confidence</th>\
            <th class="num">Glute sets<br>now / target</th><th class="num">Core sets<br>now / target</th>\
            <th>Last activity</th></tr></thead>
            <tbody>
            \(rows.map { row(for: $0, asOf: team.asOf, scale: scale) }.joined(separator: "\n"))
            </tbody>
            </table>
            </div>
            \(rows.isEmpty ? "<p class=\"muted\">No athletes found.</p>" : "")
            <footer>Made by hipbalance \(Escape.html(team.hipBalanceVersion)) · as of \(team.asOf). \
            Sorted by risk points, then band, then balance ratio; the sparklines share one scale.</footer>
            </main>
            """
        return HTMLPage.document(title: "\(title) — team overview \(team.asOf)", body: body, script: Self.filterScript)
    }

    private func summary(_ rows: [TeamRow]) -> String {
        let counts = (RiskBand.allCases.reversed().map(Optional.some) + [nil]).compactMap { band -> String? in
            let count = rows.filter { $0.band == band }.count
            guard count > 0 else { return nil }
            return HTMLPage.badge("\(count) · \(ReportText.band(band))", band: ReportText.bandClass(band))
        }
        return "<div class=\"summary\">" + counts.joined(separator: " ") + "</div>"
    }

    private func row(for row: TeamRow, asOf: LocalDate, scale: ClosedRange<Double>) -> String {
        let bandClass = ReportText.bandClass(row.band)
        let trend = ReportText.trend(row.trend)
        let search = (row.name + " " + row.id).lowercased()
        let spark = SVGChart.sparkline(
            values: row.recentRatios, reference: row.cutoffs.first, color: Palette.band(row.band),
            label:
                "Balance ratio, last \(row.recentRatios.count) weeks (one scale for the team, dashed line at the balance cut-off)",
            scale: scale)
        let lastActivity =
            row.lastActivity.map { date -> String in
                let days = asOf.dayNumber - date.dayNumber
                let ago = days == 0 ? "today" : days == 1 ? "yesterday" : "\(days) days ago"
                return "\(date)<br><span class=\"muted\">\(ago)</span>"
            } ?? "<span class=\"muted\">none</span>"
        let rejected =
            row.rejectedFiles == 0
            ? ""
            : "<br><span class=\"flag\">\(row.rejectedFiles) file\(row.rejectedFiles == 1 ? "" : "s") rejected</span>"
        let provisional = row.provisional ? " <span class=\"provisional\">provisional</span>" : ""
        return """
            <tr class="athlete" data-band="\(bandClass)" data-provisional="\(row.provisional)" \
            data-search="\(Escape.html(search))">\
            <td class="who"><a href="\(Escape.urlPathSegment(row.id))/report.html">\(Escape.html(row.name))</a><br>\
            <span class="muted">\(Escape.html(row.id))</span>\(rejected)</td>\
            <td data-label="Risk">\(HTMLPage.badge(ReportText.bandShort(row.band), band: bandClass))<br>\
            <span class="muted">\(row.points) point\(row.points == 1 ? "" : "s")</span></td>\
            <td class="num" data-label="Ratio">\(Format.ratio(row.ratio)) \
            <span class="trend \(row.trend?.rawValue ?? "none")" title="\(trend.words)">\(trend.arrow)</span></td>\
            <td class="spark-cell" data-label="Last \(TeamRow.sparklineWeeks) weeks">\(spark)</td>\
            <td data-label="Confidence">\(ReportText.confidenceLevel(row.confidence))\(provisional)</td>\
            <td class="num" data-label="Glute sets now / target">\(ReportText.sets(row.gluteSets.current)) / \
            \(row.gluteSets.target)</td>\
            <td class="num" data-label="Core sets now / target">\(ReportText.sets(row.coreSets.current)) / \
            \(row.coreSets.target)</td>\
            <td class="date" data-label="Last activity">\(lastActivity)</td></tr>
            """
    }

    /// Filters rows by text, band and provisional flag; reads only our own data attributes.
    static let filterScript = """
        (function () {
          var q = document.getElementById("q"), band = document.getElementById("band"),
              firm = document.getElementById("firm"), shown = document.getElementById("shown"),
              rows = Array.prototype.slice.call(document.querySelectorAll("tr.athlete"));
          function apply() {
            var text = q.value.trim().toLowerCase(), wanted = band.value, count = 0;
            rows.forEach(function (row) {
              var visible = (!text || row.dataset.search.indexOf(text) >= 0) &&
                (!wanted || row.dataset.band === wanted) &&
                !(firm.checked && row.dataset.provisional === "true");
              row.hidden = !visible;
              if (visible) { count += 1; }
            });
            shown.textContent = String(count);
          }
          [q, band, firm].forEach(function (input) {
            input.addEventListener("input", apply);
            input.addEventListener("change", apply);
          });
          apply();
        })();
        """
}
