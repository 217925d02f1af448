import Analysis
import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Reports

/// A report produced by the real model (not hand-written numbers): sixteen weeks of hilly runs
/// with heart rate, and a strength habit that starts half-way. Its doubles carry full precision,
/// so it checks that the JSON round trip is exact for real model output.
enum ModelledFixture {
    static let utc = TimeZone(identifier: "UTC")!
    static let asOf = LocalDate(year: 2026, month: 11, day: 22)
    static let firstDay = asOf.adding(days: -16 * 7 + 1)

    static let catalogue = ExerciseCatalogue([
        Exercise(
            id: "squat-barbell", name: "Squat (Barbell)", pattern: .squat,
            muscles: [.quads: 1, .glutes: 0.5, .lowBack: 0.5, .core: 0.25]),
        Exercise(
            id: "hip-thrust-barbell", name: "Hip Thrust (Barbell)", pattern: .hipExtension,
            muscles: [.glutes: 1, .hamstrings: 0.5, .quads: 0.5]),
        Exercise(id: "clamshell", name: "Clamshell", pattern: .hipAbduction, muscles: [.glutes: 1], unilateral: true),
        Exercise(
            id: "side-plank", name: "Side Plank", pattern: .lateralFlexion, muscles: [.core: 1, .glutes: 0.5],
            timed: true, unilateral: true),
        Exercise(id: "plank", name: "Plank", pattern: .antiExtension, muscles: [.core: 1], timed: true),
        Exercise(
            id: "hip-flexor-stretch", name: "Hip Flexor Stretch", pattern: .stretch, lengthens: [.hipFlexors],
            timed: true, unilateral: true),
    ])

    static let settings = AthleteSettings(
        name: "Modelled Runner", sex: .female, birthYear: 1991, hrMax: 188, hrRest: 48, sittingHoursPerDay: 8)

    /// A run of `minutes` in 30-s blocks over rolling hills, heart rate rising with the grade.
    static func run(on day: LocalDate, minutes: Int) -> Activity {
        let blocks = (0..<(minutes * 2)).map { index in
            let grade = 0.05 * sin(Double(index) / 7)
            let distance = 90 * (1 - 2 * grade)
            return SeriesBlock(
                offsetSeconds: Double(index) * 30, durationSeconds: 30, movingSeconds: 30, distanceMeters: distance,
                elevationChangeMeters: grade * distance, heartRate: 142 + 70 * grade, cadence: 170)
        }
        var channels = Channels()
        channels.time = true
        channels.distance = true
        channels.elevation = true
        channels.heartRate = true
        let summary = ActivitySummary(
            sport: .running, start: LocalDateTime(date: day, hour: 7, minute: 0).instant(in: utc),
            elapsedSeconds: Double(minutes * 60), movingSeconds: Double(minutes * 60),
            distanceMeters: blocks.reduce(0) { $0 + $1.distanceMeters }, points: minutes * 60,
            heartRate: HeartRateStats(mean: 142, max: 160), channels: channels)
        return Activity(summary: summary, blocks: blocks, source: "run-\(day).gpx")
    }

    static func session(on day: LocalDate, _ entries: [(id: String, sets: Int, reps: Int?, seconds: Double?)])
        -> StrengthSession
    {
        let start = LocalDateTime(date: day, hour: 18, minute: 0)
        let sets = entries.flatMap { entry in
            (0..<entry.sets).map { _ in
                StrengthSet(
                    time: start, exerciseName: catalogue[entry.id]?.name ?? entry.id, exerciseID: entry.id,
                    reps: entry.reps, loadKilograms: entry.reps.map { _ in 50 }, rpe: 8, durationSeconds: entry.seconds)
            }
        }
        return StrengthSession(start: start, sets: sets)
    }

    static let log: TrainingLog = {
        var activities: [Activity] = []
        var sessions: [StrengthSession] = []
        for week in 0..<16 {
            let monday = firstDay.weekStart.adding(days: 7 * week)
            activities += [
                run(on: monday.adding(days: 1), minutes: 50), run(on: monday.adding(days: 3), minutes: 45),
                run(on: monday.adding(days: 6), minutes: 80 + 5 * (week % 3)),
            ]
            if week >= 8 {
                sessions.append(
                    session(
                        on: monday.adding(days: 2),
                        [
                            ("squat-barbell", 3, 8, nil), ("hip-thrust-barbell", 2 + week % 2, 10, nil),
                            ("plank", 2, nil, 40),
                            ("hip-flexor-stretch", 2, nil, 30),
                        ]))
            }
        }
        return TrainingLog(activities: activities, strengthSessions: sessions)
    }()

    static let report: AthleteReport = {
        let assessment = BalanceModel.assess(
            log, settings: settings, catalogue: catalogue, parameters: ModelParameters(), asOf: asOf, timeZone: utc)
        return AthleteReport(
            athleteID: "modelled", athleteName: settings.name!, assessment: assessment,
            inputs: InputSummary(
                activities: log.activities.count, strengthSets: log.strengthSessions.reduce(0) { $0 + $1.sets.count },
                strengthSessions: log.strengthSessions.count, lastActivity: asOf))
    }()
}

@Suite struct ModelledReportTests {
    private let report = ModelledFixture.report

    @Test func theModelProducedAFullPicture() {
        #expect(report.assessment.weeks.count >= 12)
        #expect(report.assessment.balance.ratio != nil)
        #expect(report.assessment.risk.band != nil)
    }

    @Test func jsonRoundTripIsExactForRealModelOutput() throws {
        let text = JSONReportRenderer().render(report)
        let decoded = try JSONReportRenderer.decode(Data(text.utf8))
        #expect(decoded == report)
        #expect(JSONReportRenderer().render(decoded) == text)
    }

    @Test func everyChartHasSomethingToDraw() {
        let charts = AthleteCharts(report: report)
        for chart in [charts.weeklyLoad, charts.ratioTrend, charts.enduranceVersusStrength, charts.setsAgainstTarget] {
            #expect(!chart.isEmpty, "\(chart.title)")
        }
        let html = HTMLReportRenderer().render(report)
        #expect(!html.contains("nan") && !html.contains("inf"))
    }

    @Test(.enabled(if: Tool.hasJSONSchema, "python3 with jsonschema is missing: schema check skipped"))
    func validatesAgainstTheSchema() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let folder = temporary.url.appendingPathComponent("modelled")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(JSONReportRenderer().render(report).utf8).write(to: folder.appendingPathComponent("report.json"))
        let team = TeamOverview(
            teamName: "Model", asOf: ModelledFixture.asOf, athletes: [report], hipBalanceVersion: "0")
        try Data(TeamJSONRenderer().render(team).utf8).write(to: temporary.url.appendingPathComponent("team.json"))
        let result = try Tool.run(
            "python3", [PackageRoot.url.appendingPathComponent("Scripts/validate-reports.py").path, temporary.url.path])
        #expect(result.status == 0, "\(result.output)")
    }
}
