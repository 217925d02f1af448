import Analysis
import HipBalanceCore

/// Renders `report.html`: one self-contained page (inline CSS and SVG, no script, no network)
/// with the verdict on top, the charts, the prescription and the data behind it.
public struct HTMLReportRenderer: AthleteRenderer {
    public init() {}

    public var fileName: String { "report.html" }

    public func render(_ report: AthleteReport) -> String {
        let body = [
            header(report), verdict(report), charts(report), prescription(report), data(report), footer(report),
        ]
        return HTMLPage.document(
            title: "\(report.athleteName) — \(ReportText.title) \(report.assessment.asOf)",
            body: "<main>\n" + body.joined(separator: "\n") + "\n</main>")
    }

    private func header(_ report: AthleteReport) -> String {
        let a = report.assessment
        var meta = ["Athlete id <code>\(Escape.html(report.athleteID))</code>", "\(a.historyDays) days of history"]
        if let last = ReportText.lastActivity(report) { meta.append(last) }
        return """
            <header>
            <p class="eyebrow">\(ReportText.title) · as of \(a.asOf)</p>
            <h1>\(Escape.html(report.athleteName))</h1>
            <p class="meta">\(meta.joined(separator: " · "))</p>
            </header>
            """
    }

    private func verdict(_ report: AthleteReport) -> String {
        let a = report.assessment
        let risk = a.risk
        let bandClass = ReportText.bandClass(risk.band)
        let provisional = risk.provisional ? "<span class=\"provisional\">provisional</span>" : ""
        var out = ""
        if risk.clinicianReferral {
            out +=
                "<p class=\"callout warn\"><strong>See a clinician.</strong> \(Escape.html(FactText.clinicianNote))</p>\n"
        }
        out += """
            <section class="verdict \(bandClass)" aria-label="Verdict">
            <div class="figures">
            <div class="figure">\(HTMLPage.badge(ReportText.band(risk.band), band: bandClass))</div>
            <div class="figure"><span class="label">Balance ratio</span><span class="value">\
            \(Format.ratio(a.balance.ratio))</span></div>
            <div class="figure"><span class="label">Confidence</span><span class="value"><small>\
            \(ReportText.confidence(risk.confidence))</small>\(provisional)</span></div>
            <div class="figure"><span class="label">Risk points</span><span class="value">\(risk.points)</span></div>
            </div>
            <p>\(Escape.html(ReportText.ratioSentence(a)))</p>
            <p><strong>Next week:</strong> \(Escape.html(ReportText.nextWeek(a.prescription)))</p>\n
            """
        if let provisional = ReportText.provisional(risk) {
            out += "<p class=\"muted\">\(Escape.html(provisional))</p>\n"
        }
        out += """
            <h3>Why</h3>
            <ol class="reasons">
            \(ReportText.factorLines(a).map {
                "<li><strong>\(Escape.html($0.title))</strong> <span class=\"muted\">(\(Escape.html($0.points)))</span> \(Escape.html($0.detail))</li>"
            }.joined(separator: "\n"))
            </ol>
            <p>\(Escape.html(ReportText.total(risk)))</p>\n
            """
        if let reason = risk.noBandReason {
            out += "<p class=\"callout\">\(Escape.html(FactText.noBand(reason)))</p>\n"
        }
        out +=
            "</section>\n<p class=\"notice\" role=\"note\"><strong>Screening aid.</strong> \(Escape.html(a.disclaimer))</p>"
        return out
    }

    private func charts(_ report: AthleteReport) -> String {
        let charts = AthleteCharts(report: report)
        return """
            <section aria-label="Charts">
            <h2>Training picture</h2>
            <div class="charts">
            \(charts.weeklyLoad.figure(caption: "Weekly load per muscle group"))
            \(charts.ratioTrend.figure(caption: "Balance ratio trend"))
            \(charts.enduranceVersusStrength.figure(caption: "Endurance versus strength, weekly dose"))
            \(charts.setsAgainstTarget.figure(caption: "Glute and core sets per week against target"))
            </div>
            </section>
            """
    }

    private func setCard(_ title: String, _ target: SetTarget) -> String {
        """
        <div class="card"><div class="label">\(title)</div><div class="big">\(target.next) sets <small class="muted">\
        next week</small></div><div class="sub">last 7 days \(ReportText.sets(target.current)) · target \(target.target)</div></div>
        """
    }

    private func prescription(_ report: AthleteReport) -> String {
        let p = report.assessment.prescription
        let a = report.assessment
        var out = """
            <section aria-label="Prescription">
            <h2>What to do</h2>
            <div class="cards">
            \(setCard("Glute sets", p.gluteSets))
            \(setCard("Core sets", p.coreSets))
            </div>
            <div class="table-wrap"><table>
            <thead><tr><th>Sets per week</th><th class="num">Last 7 days</th><th class="num">28-day average</th>\
            <th class="num">Next week</th><th class="num">Target</th></tr></thead>
            <tbody>
            <tr><td>Glutes</td><td class="num">\(ReportText.sets(p.gluteSets.current))</td>\
            <td class="num">\(Format.fixed(p.gluteSets.chronic, digits: 1))</td>\
            <td class="num">\(p.gluteSets.next)</td><td class="num">\(p.gluteSets.target)</td></tr>
            <tr><td>Core</td><td class="num">\(ReportText.sets(p.coreSets.current))</td>\
            <td class="num">\(Format.fixed(p.coreSets.chronic, digits: 1))</td>\
            <td class="num">\(p.coreSets.next)</td><td class="num">\(p.coreSets.target)</td></tr>
            </tbody></table></div>\n
            """
        if let adherence = ReportText.adherence(p) { out += "<p>\(Escape.html(adherence))</p>\n" }
        out += "<h3>Exercises</h3>\n"
        if p.exercises.isEmpty {
            out += "<p class=\"muted\">No exercises to add.</p>\n"
        } else {
            out += """
                <div class="table-wrap"><table>
                <thead><tr><th>Exercise</th><th class="num">Sets a week × reps</th><th>Why</th></tr></thead>
                <tbody>
                \(p.exercises.map { e in
                    "<tr><td>\(Escape.html(e.name))</td><td class=\"num\">\(Escape.html(FactText.setsAndAmount(e)))</td>"
                        + "<td>\(Escape.html(FactText.why(e)))</td></tr>"
                }.joined(separator: "\n"))
                </tbody></table></div>\n
                """
        }
        out += """
            <h3>Stretching</h3>
            <ul class="plain">
            <li><strong>Hip flexors:</strong> \(Escape.html(ReportText.stretchPlan(minutesPerSide: p.hipFlexorStretchMinutesPerSide, prescription: p))) \
            <span class="muted">(now \(ReportText.sets(a.hipFlexorStretchMinutesPerSide)) min)</span></li>
            <li><strong>Hamstrings:</strong> \(Escape.html(ReportText.stretchPlan(minutesPerSide: p.hamstringStretchMinutesPerSide, prescription: p))) \
            <span class="muted">(now \(ReportText.sets(a.hamstringStretchMinutesPerSide)) min)</span></li>
            </ul>\n
            """
        if !p.reasons.isEmpty {
            out +=
                "<h3>Why these numbers</h3>\n<ul class=\"plain\">\n"
                + ReportText.reasons(a).map { "<li>\(Escape.html($0))</li>" }.joined(separator: "\n") + "\n</ul>\n"
        }
        return out + "</section>"
    }

    private func list(_ items: [String], empty: String) -> String {
        guard !items.isEmpty else { return "<p class=\"muted\">\(empty)</p>" }
        return "<ul class=\"plain\">\n" + items.map { "<li>\($0)</li>" }.joined(separator: "\n") + "\n</ul>"
    }

    private func data(_ report: AthleteReport) -> String {
        let a = report.assessment
        let i = report.inputs
        let acuteChronic = [("quads", a.acuteChronicQuads), ("low back", a.acuteChronicLowBack)]
            .map { "\($0.0) \($0.1.map { Format.fixed($0, digits: 2) } ?? "—")" }.joined(separator: " · ")
        let facts: [(String, String)] = [
            ("Activities counted", ReportText.activitiesCounted(report)),
            ("Strength sets", ReportText.strengthSets(report)),
            ("Duplicates dropped", "\(i.duplicatesDropped)"),
            ("Rejected files", "\(i.rejectedFiles.count)"),
            ("History", "\(a.historyDays) days"),
            ("Last activity", i.lastActivity?.description ?? "none"),
            ("Cycling share (28 days)", "\(Format.trimmed(a.rideShare * 100, digits: 0)) %"),
            ("Endurance load (CTL)", ReportText.enduranceLoad(a)),
            ("Acute:chronic load", acuteChronic),
            ("Confidence score", Format.fixed(a.risk.confidenceScore, digits: 2)),
            ("Strength training", ReportText.strengthTraining(a)),
        ]
        let missing = a.missingSettings.map {
            "\(Escape.html(ReportText.setting($0))) <code>\(Escape.html(ReportText.settingKey($0)))</code>"
        }
        let unknownExercises =
            i.unknownExercises.isEmpty
            ? "<p class=\"muted\">None: every exercise was recognised.</p>"
            : """
            <div class="table-wrap"><table><thead><tr><th>Exercise as written</th><th class="num">Sets (warm-ups left out)</th></tr></thead>
            <tbody>
            \(i.unknownExercises.map { "<tr><td>\(Escape.html($0.name))</td><td class=\"num\">\($0.sets)</td></tr>" }.joined(separator: "\n"))
            </tbody></table></div>
            """
        return """
            <section aria-label="Data behind it">
            <h2>The data behind it</h2>
            <dl class="facts">
            \(facts.map { "<dt>\($0.0)</dt><dd>\(Escape.html($0.1))</dd>" }.joined(separator: "\n"))
            </dl>
            <h3>Settings that would raise confidence <small class="muted">(in <code>team.yaml</code>)</small></h3>
            \(list(missing, empty: "None: every setting the model uses is known."))
            <h3>Data notes</h3>
            \(list((ReportText.notes(a) + i.warnings.map { $0.text() }).map(Escape.html), empty: "None."))
            <h3>Unknown exercises (not counted)</h3>
            \(unknownExercises)
            <h3>Rejected files</h3>
            \(list(i.rejectedFiles.map { "<code>\(Escape.html(ReportText.location($0)))</code> \(Escape.html($0.message))" }, empty: "None: every file was read."))
            <h3>Other files (not training data)</h3>
            \(list(i.unknownFiles.map { "<code>\(Escape.html($0))</code>" }, empty: "None."))
            </section>
            """
    }

    private func footer(_ report: AthleteReport) -> String {
        """
        <footer>Made by hipbalance from the athlete's own activity files and strength logs, as of \
        \(report.assessment.asOf). A screening aid, not a diagnosis.</footer>
        """
    }
}
