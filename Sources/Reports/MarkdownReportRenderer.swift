import Analysis
import HipBalanceCore

/// Renders `report.md`: the HTML report's content for chat and e-mail, with small text tables
/// in place of the charts. Every input-derived string is escaped for CommonMark.
public struct MarkdownReportRenderer: AthleteRenderer {
    /// Weeks shown in the weekly table (the HTML charts show them all).
    static let tableWeeks = 12

    public init() {}

    public var fileName: String { "report.md" }

    public func render(_ report: AthleteReport) -> String {
        let a = report.assessment
        var lines: [String] = []
        lines.append("# \(Escape.markdown(report.athleteName)) — \(ReportText.title.lowercased())")
        lines.append("")
        var meta = [
            "As of \(a.asOf)", "athlete id \(Escape.markdown(report.athleteID))", "\(a.historyDays) days of history",
        ]
        if let last = ReportText.lastActivity(report) { meta.append(last) }
        lines.append(meta.joined(separator: " · "))
        lines.append("")
        lines += verdict(a)
        lines += weeksTable(a)
        lines += sourcesTable(a)
        lines += prescription(a)
        lines += data(report)
        return lines.joined(separator: "\n") + "\n"
    }

    private func verdict(_ a: BalanceAssessment) -> [String] {
        var lines: [String] = []
        if a.risk.clinicianReferral {
            lines += ["> **See a clinician.** \(Escape.markdown(FactText.clinicianNote))", ""]
        }
        lines += [
            "**\(ReportText.band(a.risk.band))** · balance ratio **\(Format.ratio(a.balance.ratio))** · "
                + "\(ReportText.confidence(a.risk)) · \(a.risk.points) risk point\(a.risk.points == 1 ? "" : "s")",
            "",
            Escape.markdown(ReportText.ratioSentence(a)),
            "",
            "**Next week:** \(Escape.markdown(ReportText.nextWeek(a.prescription)))",
            "",
        ]
        if let provisional = ReportText.provisional(a.risk) { lines += [Escape.markdown(provisional), ""] }
        lines += ["## Why", ""]
        lines += ReportText.factorLines(a).enumerated().map {
            "\($0.offset + 1). **\($0.element.title)** (\($0.element.points)): \(Escape.markdown($0.element.detail))"
        }
        lines += ["", Escape.markdown(ReportText.total(a.risk)), ""]
        if let reason = a.risk.noBandReason { lines += ["> \(Escape.markdown(FactText.noBand(reason)))", ""] }
        lines += ["> **Screening aid.** \(Escape.markdown(a.disclaimer))", ""]
        return lines
    }

    private func table(_ header: [String], alignRight: Set<Int>, _ rows: [[String]]) -> [String] {
        let rule = header.indices.map { alignRight.contains($0) ? "---:" : "---" }
        return
            (["| " + header.joined(separator: " | ") + " |", "| " + rule.joined(separator: " | ") + " |"]
            + rows.map { "| " + $0.joined(separator: " | ") + " |" }) + [""]
    }

    private func weeksTable(_ a: BalanceAssessment) -> [String] {
        let weeks = a.weeks.suffix(Self.tableWeeks)
        guard !weeks.isEmpty else { return ["## Recent weeks", "", "None logged up to \(a.asOf).", ""] }
        let groups: [MuscleGroup] = [.quads, .lowBack, .glutes, .core]
        let header = ["Week of"] + groups.map(ReportText.muscle) + ["Ratio", "Glute sets", "Core sets"]
        let rows = weeks.map { week in
            ["\(week.start)"] + groups.map { Format.fixed(week.load[$0], digits: 1) }
                + [Format.ratio(week.ratio), ReportText.sets(week.gluteSets), ReportText.sets(week.coreSets)]
        }
        return [
            "## Recent weeks", "", "Load in set-equivalents per week; ratio = (quads + low back) ÷ (glutes + core).",
            "",
        ]
            + table(header, alignRight: Set(1..<header.count), rows)
    }

    private func sourcesTable(_ a: BalanceAssessment) -> [String] {
        let rows = MuscleGroup.allCases.map { group in
            [
                ReportText.muscle(group), Format.fixed(a.enduranceWeeklyLoad[group], digits: 1),
                Format.fixed(a.strengthWeeklyLoad[group], digits: 1), Format.fixed(a.weeklyLoad[group], digits: 1),
            ]
        }
        return ["## Endurance versus strength (weekly dose)", ""]
            + table(["Muscle", "Endurance", "Strength", "Total"], alignRight: [1, 2, 3], rows)
    }

    private func prescription(_ a: BalanceAssessment) -> [String] {
        let p = a.prescription
        var lines = ["## What to do", ""]
        lines += table(
            ["Sets per week", "Last 7 days", "28-day average", "Next week", "Target"], alignRight: [1, 2, 3, 4],
            [
                [
                    "Glutes", ReportText.sets(p.gluteSets.current), Format.fixed(p.gluteSets.chronic, digits: 1),
                    "\(p.gluteSets.next)", "\(p.gluteSets.target)",
                ],
                [
                    "Core", ReportText.sets(p.coreSets.current), Format.fixed(p.coreSets.chronic, digits: 1),
                    "\(p.coreSets.next)", "\(p.coreSets.target)",
                ],
            ])
        if let adherence = ReportText.adherence(p) { lines += [Escape.markdown(adherence), ""] }
        lines += ["### Exercises", ""]
        if p.exercises.isEmpty {
            lines += ["No exercises to add.", ""]
        } else {
            lines += table(
                ["Exercise", "Sets a week × reps", "Why"], alignRight: [],
                p.exercises.map {
                    [
                        Escape.markdown($0.name), Escape.markdown(FactText.setsAndAmount($0)),
                        Escape.markdown(FactText.why($0)),
                    ]
                })
        }
        lines += [
            "### Stretching", "",
            "- **Hip flexors:** \(Escape.markdown(ReportText.stretchPlan(minutesPerSide: p.hipFlexorStretchMinutesPerSide, prescription: p))) "
                + "(now \(ReportText.sets(a.hipFlexorStretchMinutesPerSide)) min)",
            "- **Hamstrings:** \(Escape.markdown(ReportText.stretchPlan(minutesPerSide: p.hamstringStretchMinutesPerSide, prescription: p))) "
                + "(now \(ReportText.sets(a.hamstringStretchMinutesPerSide)) min)",
            "",
        ]
        if !p.reasons.isEmpty {
            lines +=
                ["### Why these numbers", ""] + ReportText.reasons(a).map { "- \(Escape.markdown($0))" } + [""]
        }
        return lines
    }

    private func bullets(_ items: [String], empty: String) -> [String] {
        (items.isEmpty ? [empty] : items.map { "- \($0)" }) + [""]
    }

    private func data(_ report: AthleteReport) -> [String] {
        let a = report.assessment
        let i = report.inputs
        var lines = [
            "## The data behind it", "",
            "- Activities counted: \(ReportText.activitiesCounted(report))",
            "- Strength sets: \(ReportText.strengthSets(report))",
            "- Duplicates dropped: \(i.duplicatesDropped)",
            "- Rejected files: \(i.rejectedFiles.count)",
            "- Cycling share (28 days): \(Format.trimmed(a.rideShare * 100, digits: 0)) %",
            "- Endurance load (CTL): \(ReportText.enduranceLoad(a))",
            "- Confidence score: \(Format.fixed(a.risk.confidenceScore, digits: 2))",
            "- Strength training: \(ReportText.strengthTraining(a))",
            "",
            "### Settings that would raise confidence", "",
        ]
        lines += bullets(
            a.missingSettings.map {
                "\(Escape.markdown(ReportText.setting($0))) (team.yaml key \(Escape.markdown(ReportText.settingKey($0))))"
            },
            empty: "None: every setting the model uses is known.")
        lines += ["### Data notes", ""]
        lines += bullets(
            (ReportText.notes(a) + i.warnings.map { $0.text() }).map(Escape.markdown), empty: "None.")
        lines += ["### Unknown exercises (not counted)", ""]
        lines +=
            i.unknownExercises.isEmpty
            ? ["None: every exercise was recognised.", ""]
            : table(
                ["Exercise as written", "Sets (warm-ups left out)"], alignRight: [1],
                i.unknownExercises.map { [Escape.markdown($0.name), "\($0.sets)"] })
        lines += ["### Rejected files", ""]
        lines += bullets(
            i.rejectedFiles.map { "\(Escape.markdown(ReportText.location($0))): \(Escape.markdown($0.message))" },
            empty: "None: every file was read.")
        lines += ["### Other files (not training data)", ""]
        lines += bullets(i.unknownFiles.map(Escape.markdown), empty: "None.")
        lines.append("Made by hipbalance from the athlete's own activity files and strength logs, as of \(a.asOf).")
        return lines
    }
}
