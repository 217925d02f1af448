import Analysis
import Foundation
import HipBalanceCore

/// The JSON shape of `report.json` (`Schemas/report.schema.json`). Its first keys stay stable;
/// everything else `AthleteReport` holds is added beside them. Absent values are `null`, never missing keys.
struct ReportDocument: Codable {
    struct AthleteInfo: Codable {
        var id: String
        var name: String
    }

    /// One factor group: its id, points, status, a sentence, and the typed facts the sentence
    /// is made from (what `merge` decodes).
    struct Factor: Codable {
        var id: String
        var points: Int
        var status: FactorStatus
        var detail: String
        var facts: RiskFactorKind

        init(_ factor: RiskFactor, later: LaterData?) {
            id = factor.id
            points = factor.points
            status = factor.status
            detail = FactText.detail(factor, later: later)
            facts = factor.kind
        }

        var factor: RiskFactor { RiskFactor(kind: facts, points: points, status: status) }
    }

    struct Risk: Codable {
        @NullWhenAbsent var band: RiskBand?
        var points: Int
        var confidence: Confidence
        var confidenceScore: Double
        var provisional: Bool
        var provisionalReasons: ProvisionalReasons
        var factors: [Factor]
        @NullWhenAbsent var bandProbabilities: BandProbabilities?
        @NullWhenAbsent var noBandReason: String?
        @NullWhenAbsent var noBand: NoBandReason?
        @NullWhenAbsent var clinicianNote: String?
    }

    struct Balance: Codable {
        @NullWhenAbsent var ratio: Double?
        @NullWhenAbsent var enduranceRatio: Double?
        @NullWhenAbsent var strengthRatio: Double?
        @NullWhenAbsent var gluteRatio: Double?
        @NullWhenAbsent var trunkRatio: Double?
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

    /// One prescribed exercise: the typed fields, plus the reps and reason as a person reads them.
    struct Exercise: Codable {
        var exerciseID: String
        var name: String
        var muscle: TargetMuscle
        var sets: Int
        var addedSets: Int
        var own: Bool
        @NullWhenAbsent var repetitions: Int?
        @NullWhenAbsent var holdSeconds: Int?
        var perSide: Bool
        var pattern: MovementPattern
        var quadWeight: Double
        var onceCleared: Bool
        /// `12 per side`, `30 s`, `as usual`.
        var reps: String
        var why: String

        init(_ e: PrescribedExercise) {
            exerciseID = e.exerciseID
            name = e.name
            muscle = e.muscle
            sets = e.sets
            addedSets = e.addedSets
            own = e.own
            repetitions = e.reps
            holdSeconds = e.holdSeconds
            perSide = e.perSide
            pattern = e.pattern
            quadWeight = e.quadWeight
            onceCleared = e.onceCleared
            reps = FactText.amount(e)
            why = FactText.why(e)
        }

        var exercise: PrescribedExercise {
            PrescribedExercise(
                exerciseID: exerciseID, name: name, muscle: muscle, sets: sets, addedSets: addedSets, own: own,
                reps: repetitions,
                holdSeconds: holdSeconds, perSide: perSide, pattern: pattern, quadWeight: quadWeight,
                onceCleared: onceCleared)
        }
    }

    struct PrescriptionDocument: Codable {
        var gluteSets: SetTarget
        var coreSets: SetTarget
        var hipFlexorStretchMinutesPerSide: Double
        var hamstringStretchMinutesPerSide: Double
        var stretchDaysPerWeek: Int
        var holdSeconds: Int
        var exercises: [Exercise]
        /// The reasons as sentences, and as facts.
        var rationale: [String]
        var reasons: [PrescriptionReason]
        var holdForPain: Bool
        var targetRIRLow: Int
        var targetRIRHigh: Int
        @NullWhenAbsent var lastWeek: LastWeek?

        init(_ p: Prescription, later: LaterData?) {
            gluteSets = p.gluteSets
            coreSets = p.coreSets
            hipFlexorStretchMinutesPerSide = p.hipFlexorStretchMinutesPerSide
            hamstringStretchMinutesPerSide = p.hamstringStretchMinutesPerSide
            stretchDaysPerWeek = p.stretchDaysPerWeek
            holdSeconds = p.holdSeconds
            exercises = p.exercises.map(Exercise.init)
            rationale = p.reasons.map { FactText.reason($0, later: later) }
            reasons = p.reasons
            holdForPain = p.holdForPain
            targetRIRLow = p.targetRIRLow
            targetRIRHigh = p.targetRIRHigh
            lastWeek = p.lastWeek
        }

        var prescription: Prescription {
            Prescription(
                gluteSets: gluteSets, coreSets: coreSets,
                hipFlexorStretchMinutesPerSide: hipFlexorStretchMinutesPerSide,
                hamstringStretchMinutesPerSide: hamstringStretchMinutesPerSide, stretchDaysPerWeek: stretchDaysPerWeek,
                holdSeconds: holdSeconds, exercises: exercises.map(\.exercise), reasons: reasons,
                holdForPain: holdForPain,
                targetRIRLow: targetRIRLow, targetRIRHigh: targetRIRHigh, lastWeek: lastWeek)
        }
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
        /// The number of rejected files (a stable key of the schema); the files are under `rejected`.
        var rejectedFiles: Int
        var rejected: [Rejected]
        var unknownFiles: [String]
        var unknownExercises: [UnknownExercise]
        @DiagnosticTexts var warnings: [Diagnostic]
        @NullWhenAbsent var lastActivity: LocalDate?
        /// Whether strength training is logged, stated as none in team.yaml, or unknown.
        var strengthTraining: StrengthTrainingStatus
        /// The last logged training up to `asOf` (null without any), for run-level warnings.
        @NullWhenAbsent var lastTrainingDay: LocalDate?
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
    var prescription: PrescriptionDocument
    var weeks: [Week]
    var missingSettings: [AthleteSettingKey]
    /// The data notes as sentences, and as facts (`notes`, what `merge` decodes).
    var dataNotes: [String]
    var notes: [DataNote]
    var disclaimer: String
    var inputs: Inputs

    enum CodingKeys: String, CodingKey {
        case schemaVersion, athlete, asOf, historyDays, risk, balance, weeklyLoad, enduranceWeeklyLoad
        case strengthWeeklyLoad, acuteChronic, current, prescription, weeks, missingSettings, dataNotes, notes
        case disclaimer, inputs
    }
}

extension ReportDocument {
    init(_ report: AthleteReport) {
        let a = report.assessment
        let later = LaterData(a)
        schemaVersion = JSONReportRenderer.schemaVersion
        athlete = AthleteInfo(id: report.athleteID, name: report.athleteName)
        asOf = a.asOf
        historyDays = a.historyDays
        risk = Risk(
            band: a.risk.band, points: a.risk.points, confidence: a.risk.confidence,
            confidenceScore: a.risk.confidenceScore, provisional: a.risk.provisional,
            provisionalReasons: a.risk.provisionalReasons, factors: a.risk.factors.map { Factor($0, later: later) },
            bandProbabilities: a.risk.bandProbabilities, noBandReason: a.risk.noBandReason.map(FactText.noBand),
            noBand: a.risk.noBandReason, clinicianNote: a.risk.clinicianReferral ? FactText.clinicianNote : nil)
        balance = Balance(
            ratio: a.balance.ratio, enduranceRatio: a.balance.enduranceRatio,
            strengthRatio: a.balance.strengthRatio, gluteRatio: a.balance.gluteRatio, trunkRatio: a.balance.trunkRatio,
            cutoffs: a.balanceCutoffs)
        weeklyLoad = a.weeklyLoad
        enduranceWeeklyLoad = a.enduranceWeeklyLoad
        strengthWeeklyLoad = a.strengthWeeklyLoad
        acuteChronic = AcuteChronic(quads: a.acuteChronicQuads, lowBack: a.acuteChronicLowBack)
        current = Current(
            gluteSetsPerWeek: a.gluteSetsPerWeek, coreSetsPerWeek: a.coreSetsPerWeek,
            hamstringStretchMinutesPerSide: a.hamstringStretchMinutesPerSide,
            hipFlexorStretchMinutesPerSide: a.hipFlexorStretchMinutesPerSide, rideShare: a.rideShare,
            chronicTrainingLoad: a.chronicTrainingLoad, rampPerWeek: a.rampPerWeek)
        prescription = PrescriptionDocument(a.prescription, later: later)
        weeks = a.weeks.map {
            Week(
                start: $0.start, load: $0.load, enduranceLoad: $0.enduranceLoad, strengthLoad: $0.strengthLoad,
                ratio: $0.ratio, gluteSets: $0.gluteSets, coreSets: $0.coreSets,
                hamstringStretchMinutes: $0.hamstringStretchMinutes, hipFlexorStretchMinutes: $0.hipFlexorStretchMinutes
            )
        }
        missingSettings = a.missingSettings
        dataNotes = ReportText.notes(a)
        notes = a.dataNotes
        disclaimer = a.disclaimer
        let i = report.inputs
        inputs = Inputs(
            activities: i.activities, strengthSets: i.strengthSets, strengthSessions: i.strengthSessions,
            duplicatesDropped: i.duplicatesDropped, rejectedFiles: i.rejectedFiles.count,
            rejected: i.rejectedFiles.map {
                Rejected(
                    path: $0.location?.source ?? "", line: $0.location?.line, column: $0.location?.column,
                    message: $0.message)
            },
            unknownFiles: i.unknownFiles, unknownExercises: i.unknownExercises, warnings: i.warnings,
            lastActivity: i.lastActivity, strengthTraining: a.strengthTraining, lastTrainingDay: a.lastTrainingDay)
    }

    /// The report this document describes.
    var report: AthleteReport {
        let assessment = BalanceAssessment(
            asOf: asOf, historyDays: historyDays,
            risk: RiskAssessment(
                band: risk.band, points: risk.points, confidence: risk.confidence,
                confidenceScore: risk.confidenceScore, provisional: risk.provisional,
                provisionalReasons: risk.provisionalReasons, factors: risk.factors.map(\.factor),
                noBandReason: risk.noBand,
                clinicianReferral: risk.clinicianNote != nil, bandProbabilities: risk.bandProbabilities),
            balance: BalanceRatios(
                ratio: balance.ratio, enduranceRatio: balance.enduranceRatio, strengthRatio: balance.strengthRatio,
                gluteRatio: balance.gluteRatio, trunkRatio: balance.trunkRatio),
            weeklyLoad: weeklyLoad, enduranceWeeklyLoad: enduranceWeeklyLoad, strengthWeeklyLoad: strengthWeeklyLoad,
            acuteChronicQuads: acuteChronic.quads, acuteChronicLowBack: acuteChronic.lowBack,
            gluteSetsPerWeek: current.gluteSetsPerWeek, coreSetsPerWeek: current.coreSetsPerWeek,
            hamstringStretchMinutesPerSide: current.hamstringStretchMinutesPerSide,
            hipFlexorStretchMinutesPerSide: current.hipFlexorStretchMinutesPerSide, rideShare: current.rideShare,
            prescription: prescription.prescription,
            weeks: weeks.map {
                WeekSummary(
                    start: $0.start, load: $0.load, enduranceLoad: $0.enduranceLoad, strengthLoad: $0.strengthLoad,
                    ratio: $0.ratio, gluteSets: $0.gluteSets, coreSets: $0.coreSets,
                    hamstringStretchMinutes: $0.hamstringStretchMinutes,
                    hipFlexorStretchMinutes: $0.hipFlexorStretchMinutes)
            },
            missingSettings: missingSettings, dataNotes: notes, disclaimer: disclaimer,
            balanceCutoffs: balance.cutoffs, chronicTrainingLoad: current.chronicTrainingLoad,
            rampPerWeek: current.rampPerWeek, strengthTraining: inputs.strengthTraining,
            lastTrainingDay: inputs.lastTrainingDay)
        let inputSummary = InputSummary(
            activities: inputs.activities, strengthSets: inputs.strengthSets, strengthSessions: inputs.strengthSessions,
            duplicatesDropped: inputs.duplicatesDropped,
            rejectedFiles: inputs.rejected.map {
                Diagnostic(.error, $0.message, at: SourceLocation(source: $0.path, line: $0.line, column: $0.column))
            },
            unknownFiles: inputs.unknownFiles, unknownExercises: inputs.unknownExercises, warnings: inputs.warnings,
            lastActivity: inputs.lastActivity)
        return AthleteReport(
            athleteID: athlete.id, athleteName: athlete.name, assessment: assessment, inputs: inputSummary)
    }
}
