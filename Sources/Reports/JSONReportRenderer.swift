import Analysis
import Foundation
import HipBalanceCore

/// Renders `report.json`, the machine form of an athlete's report (schema:
/// `Schemas/report.schema.json`, version 1).
///
/// The document holds everything `AthleteReport` holds, so `decode` rebuilds the exact report:
/// the sharded batch builds the team files from shards' `report.json` without re-reading inputs.
public struct JSONReportRenderer: AthleteRenderer {
    /// The `schemaVersion` written into every document; bumped only on an incompatible change.
    public static let schemaVersion = 1

    public init() {}

    public var fileName: String { "report.json" }

    public func render(_ report: AthleteReport) -> String {
        ReportJSON.encode(ReportDocument(report))
    }

    /// Rebuilds the report from a `report.json` this renderer wrote.
    ///
    /// Throws `DecodingError` for malformed JSON or a document of another schema version.
    public static func decode(_ data: Data) throws -> AthleteReport {
        let document = try ReportJSON.decode(ReportDocument.self, from: data)
        guard document.schemaVersion == schemaVersion else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [ReportDocument.CodingKeys.schemaVersion],
                    debugDescription: "expected schemaVersion \(schemaVersion), found \(document.schemaVersion)"))
        }
        return document.report
    }
}

/// The JSON shape of `report.json`. The keys of the batch issue's schema stay stable; everything
/// else `AthleteReport` holds is added beside them. Absent values are `null`, never missing keys.
struct ReportDocument: Codable {
    struct AthleteInfo: Codable {
        var id: String
        var name: String
    }

    struct Risk: Codable {
        @NullWhenAbsent var band: RiskBand?
        var points: Int
        var confidence: Confidence
        var confidenceScore: Double
        var provisional: Bool
        var factors: [RiskFactor]
        @NullWhenAbsent var noBandReason: String?
        @NullWhenAbsent var clinicianNote: String?
    }

    struct Balance: Codable {
        @NullWhenAbsent var ratio: Double?
        @NullWhenAbsent var enduranceRatio: Double?
        @NullWhenAbsent var strengthRatio: Double?
        /// The ratio cut-offs of the risk points (`BalanceAssessment.balanceCutoffs`).
        var cutoffs: [Double]
    }

    struct AcuteChronic: Codable {
        @NullWhenAbsent var quads: Double?
        @NullWhenAbsent var lowBack: Double?
    }

    /// What the athlete does now, per week (chronic averages).
    struct Current: Codable {
        var gluteSetsPerWeek: Double
        var coreSetsPerWeek: Double
        var hamstringStretchMinutesPerSide: Double
        var hipFlexorStretchMinutesPerSide: Double
        var rideShare: Double
        var chronicTrainingLoad: Double
        var rampPerWeek: Double
    }

    struct Week: Codable {
        var start: LocalDate
        var load: MuscleVector
        var enduranceLoad: MuscleVector
        var strengthLoad: MuscleVector
        @NullWhenAbsent var ratio: Double?
        var gluteSets: Double
        var coreSets: Double
        var hamstringStretchMinutes: Double
        var hipFlexorStretchMinutes: Double
    }

    struct Rejected: Codable {
        var path: String
        @NullWhenAbsent var line: Int?
        @NullWhenAbsent var column: Int?
        var message: String
    }

    struct Inputs: Codable {
        var activities: Int
        var strengthSets: Int
        var strengthSessions: Int
        var duplicatesDropped: Int
        /// The number of rejected files (the batch issue's key); the files are under `rejected`.
        var rejectedFiles: Int
        var rejected: [Rejected]
        var unknownFiles: [String]
        var unknownExercises: [UnknownExercise]
        var warnings: [String]
        @NullWhenAbsent var lastActivity: LocalDate?
    }

    var schemaVersion: Int
    var athlete: AthleteInfo
    var asOf: LocalDate
    var historyDays: Int
    var risk: Risk
    var balance: Balance
    var weeklyLoad: MuscleVector
    var enduranceWeeklyLoad: MuscleVector
    var strengthWeeklyLoad: MuscleVector
    var acuteChronic: AcuteChronic
    var current: Current
    var prescription: Prescription
    var weeks: [Week]
    var missingSettings: [String]
    var dataNotes: [String]
    var disclaimer: String
    var inputs: Inputs

    enum CodingKeys: String, CodingKey {
        case schemaVersion, athlete, asOf, historyDays, risk, balance, weeklyLoad, enduranceWeeklyLoad
        case strengthWeeklyLoad, acuteChronic, current, prescription, weeks, missingSettings, dataNotes
        case disclaimer, inputs
    }
}

extension ReportDocument {
    init(_ report: AthleteReport) {
        let a = report.assessment
        schemaVersion = JSONReportRenderer.schemaVersion
        athlete = AthleteInfo(id: report.athleteID, name: report.athleteName)
        asOf = a.asOf
        historyDays = a.historyDays
        risk = Risk(
            band: a.risk.band, points: a.risk.points, confidence: a.risk.confidence,
            confidenceScore: a.risk.confidenceScore, provisional: a.risk.provisional, factors: a.risk.factors,
            noBandReason: a.risk.noBandReason, clinicianNote: a.risk.clinicianNote)
        balance = Balance(
            ratio: a.balance.ratio, enduranceRatio: a.balance.enduranceRatio,
            strengthRatio: a.balance.strengthRatio, cutoffs: a.balanceCutoffs)
        weeklyLoad = a.weeklyLoad
        enduranceWeeklyLoad = a.enduranceWeeklyLoad
        strengthWeeklyLoad = a.strengthWeeklyLoad
        acuteChronic = AcuteChronic(quads: a.acuteChronicQuads, lowBack: a.acuteChronicLowBack)
        current = Current(
            gluteSetsPerWeek: a.gluteSetsPerWeek, coreSetsPerWeek: a.coreSetsPerWeek,
            hamstringStretchMinutesPerSide: a.hamstringStretchMinutesPerSide,
            hipFlexorStretchMinutesPerSide: a.hipFlexorStretchMinutesPerSide, rideShare: a.rideShare,
            chronicTrainingLoad: a.chronicTrainingLoad, rampPerWeek: a.rampPerWeek)
        prescription = a.prescription
        weeks = a.weeks.map {
            Week(
                start: $0.start, load: $0.load, enduranceLoad: $0.enduranceLoad, strengthLoad: $0.strengthLoad,
                ratio: $0.ratio, gluteSets: $0.gluteSets, coreSets: $0.coreSets,
                hamstringStretchMinutes: $0.hamstringStretchMinutes, hipFlexorStretchMinutes: $0.hipFlexorStretchMinutes)
        }
        missingSettings = a.missingSettings
        dataNotes = a.dataNotes
        disclaimer = a.disclaimer
        let i = report.inputs
        inputs = Inputs(
            activities: i.activities, strengthSets: i.strengthSets, strengthSessions: i.strengthSessions,
            duplicatesDropped: i.duplicatesDropped, rejectedFiles: i.rejectedFiles.count,
            rejected: i.rejectedFiles.map { Rejected(path: $0.path, line: $0.line, column: $0.column, message: $0.message) },
            unknownFiles: i.unknownFiles, unknownExercises: i.unknownExercises, warnings: i.warnings,
            lastActivity: i.lastActivity)
    }

    /// The report this document describes.
    var report: AthleteReport {
        let assessment = BalanceAssessment(
            asOf: asOf, historyDays: historyDays,
            risk: RiskAssessment(
                band: risk.band, points: risk.points, confidence: risk.confidence,
                confidenceScore: risk.confidenceScore, provisional: risk.provisional, factors: risk.factors,
                noBandReason: risk.noBandReason, clinicianNote: risk.clinicianNote),
            balance: BalanceRatios(
                ratio: balance.ratio, enduranceRatio: balance.enduranceRatio, strengthRatio: balance.strengthRatio),
            weeklyLoad: weeklyLoad, enduranceWeeklyLoad: enduranceWeeklyLoad, strengthWeeklyLoad: strengthWeeklyLoad,
            acuteChronicQuads: acuteChronic.quads, acuteChronicLowBack: acuteChronic.lowBack,
            gluteSetsPerWeek: current.gluteSetsPerWeek, coreSetsPerWeek: current.coreSetsPerWeek,
            hamstringStretchMinutesPerSide: current.hamstringStretchMinutesPerSide,
            hipFlexorStretchMinutesPerSide: current.hipFlexorStretchMinutesPerSide, rideShare: current.rideShare,
            prescription: prescription,
            weeks: weeks.map {
                WeekSummary(
                    start: $0.start, load: $0.load, enduranceLoad: $0.enduranceLoad, strengthLoad: $0.strengthLoad,
                    ratio: $0.ratio, gluteSets: $0.gluteSets, coreSets: $0.coreSets,
                    hamstringStretchMinutes: $0.hamstringStretchMinutes,
                    hipFlexorStretchMinutes: $0.hipFlexorStretchMinutes)
            },
            missingSettings: missingSettings, dataNotes: dataNotes, disclaimer: disclaimer,
            balanceCutoffs: balance.cutoffs, chronicTrainingLoad: current.chronicTrainingLoad,
            rampPerWeek: current.rampPerWeek)
        let inputSummary = InputSummary(
            activities: inputs.activities, strengthSets: inputs.strengthSets, strengthSessions: inputs.strengthSessions,
            duplicatesDropped: inputs.duplicatesDropped,
            rejectedFiles: inputs.rejected.map { RejectedFile(path: $0.path, line: $0.line, column: $0.column, message: $0.message) },
            unknownFiles: inputs.unknownFiles, unknownExercises: inputs.unknownExercises, warnings: inputs.warnings,
            lastActivity: inputs.lastActivity)
        return AthleteReport(
            athleteID: athlete.id, athleteName: athlete.name, assessment: assessment, inputs: inputSummary)
    }
}
