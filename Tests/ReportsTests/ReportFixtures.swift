import Analysis
import Foundation
import HipBalanceCore

@testable import Reports

/// Athlete reports built in code, one per situation a renderer must handle.
enum ReportFixtures {
    static let asOf = LocalDate(year: 2026, month: 11, day: 22)
    static let disclaimer =
        "hipbalance is a screening aid, not a diagnosis. Pain, or a change in how you move, needs a clinician."

    /// Every fixture with a stable name, for parameterised tests and golden files.
    static let all: [(name: String, report: AthleteReport)] = [
        ("high-risk-cyclist", highRiskCyclist),
        ("balanced-runner", balancedRunner),
        ("no-band-newcomer", noBandNewcomer),
        ("provisional-triathlete", provisionalTriathlete),
        ("empty", empty),
        ("hostile", hostile),
    ]

    static var reports: [AthleteReport] { all.map(\.report) }

    /// A deterministic history of `count` weeks ending in the week of `asOf`.
    static func weeks(
        _ count: Int, quads: Double, glutes: Double, strengthShare: Double, gluteSets: Double, coreSets: Double,
        drift: Double = 0
    ) -> [WeekSummary] {
        let lastStart = asOf.weekStart
        return (0..<count).map { index in
            let age = Double(count - 1 - index)
            // A gentle, repeatable wave so charts have texture without randomness.
            let progress: Double = Double(index) / Double(max(count - 1, 1)) - 0.5
            let wave: Double = 1 + 0.18 * sin(Double(index) * 1.3) + drift * progress
            let endurance = MuscleVector(
                quads: quads * wave * (1 - strengthShare), glutes: glutes * wave * 0.6 * (1 - strengthShare),
                hamstrings: quads * 0.5 * wave, lowBack: quads * 0.35 * wave, core: glutes * 0.3 * wave,
                hipFlexors: quads * 0.4 * wave, calves: quads * 0.6 * wave)
            let strength = MuscleVector(
                quads: quads * strengthShare * 0.6, glutes: glutes * strengthShare * (1 + 0.05 * age),
                hamstrings: glutes * strengthShare * 0.4, lowBack: quads * strengthShare * 0.1,
                core: glutes * strengthShare * 0.7, hipFlexors: 0, calves: 0)
            let load = endurance + strength
            let denominator = load.glutes + load.core
            return WeekSummary(
                start: lastStart.adding(days: -7 * (count - 1 - index)), load: load, enduranceLoad: endurance,
                strengthLoad: strength,
                ratio: denominator > 0 ? (load.quads + load.lowBack) / denominator : nil,
                gluteSets: max(0, (gluteSets + sin(Double(index)) * 2).rounded()),
                coreSets: max(0, (coreSets + cos(Double(index)) * 1.5).rounded()),
                hamstringStretchMinutes: Double(index % 3) * 2, hipFlexorStretchMinutes: Double(index % 2) * 3)
        }
    }

    static func prescription(
        glute: SetTarget, core: SetTarget, stretch: Double, days: Int = 3, exercises: [PrescribedExercise]
    ) -> Prescription {
        Prescription(
            gluteSets: glute, coreSets: core, hipFlexorStretchMinutesPerSide: stretch,
            hamstringStretchMinutesPerSide: stretch, stretchDaysPerWeek: days, holdSeconds: 30, exercises: exercises,
            reasons: [
                .targets(glute: glute.target, core: core.target, ratio: 1.8, unbounded: false),
                .progression(
                    gluteNext: glute.next, coreNext: core.next, gluteDone: glute.current, coreDone: core.current,
                    fraction: 0.25,
                    minimumSets: 2),
            ],
            lastWeek: LastWeek(
                gluteSets: Adherence(prescribed: max(0, glute.next - 2), done: glute.current),
                coreSets: Adherence(prescribed: max(0, core.next - 2), done: core.current)))
    }

    static let standardExercises = [
        PrescribedExercise(
            exerciseID: "hip-thrust-barbell", name: "Hip Thrust (Barbell)", muscle: .glutes, sets: 4, addedSets: 1,
            own: true,
            reps: nil, holdSeconds: nil, perSide: false, pattern: .hipExtension, quadWeight: 0.25),
        PrescribedExercise(
            exerciseID: "side-plank", name: "Side Plank", muscle: .core, sets: 3, addedSets: 3, own: false, reps: nil,
            holdSeconds: 30, perSide: true, pattern: .lateralFlexion, quadWeight: 0),
        PrescribedExercise(
            exerciseID: "clamshell", name: "Clamshell (Band)", muscle: .glutes, sets: 2, addedSets: 2, own: false,
            reps: 12,
            holdSeconds: nil, perSide: true, pattern: .hipAbduction, quadWeight: 0),
    ]

    /// The six factor groups with the given points (not assessed where `notAssessed` says so).
    static func factors(
        ratio: Double?, numerator: Double, denominator: Double, balance: Int = 0,
        glute: (sets: Double, points: Int, target: Int),
        core: (sets: Double, points: Int, target: Int), stretching: Int = 0, spike: Double? = nil, pain: Bool = false,
        notAssessed: NotAssessedReason? = nil
    ) -> [RiskFactor] {
        let status: FactorStatus = notAssessed == nil ? .scored : .notAssessed
        return [
            RiskFactor(
                kind: .balanceRatio(
                    ratio: ratio, numerator: numerator, denominator: denominator,
                    cutoff: balance > 0 ? [1.5, 2, 3][balance - 1] : nil,
                    ratioPoints: balance, overlap: 0),
                points: balance),
            RiskFactor(
                kind: .gluteDose(
                    sets: glute.sets, threshold: glute.points > 0 ? 6 : nil, target: glute.target,
                    notAssessed: notAssessed),
                points: notAssessed == nil ? glute.points : 0, status: status),
            RiskFactor(
                kind: .coreDose(
                    sets: core.sets, threshold: core.points > 0 ? 4 : nil, target: core.target, notAssessed: notAssessed
                ),
                points: notAssessed == nil ? core.points : 0, status: status),
            RiskFactor(
                kind: .tightness(
                    hipFlexorMinutes: 1, hamstringMinutes: 0.5, minimum: 5, rideShare: stretching > 0 ? 0.82 : nil,
                    sittingHours: nil),
                points: stretching),
            RiskFactor(
                kind: .enduranceLoadChange(quads: spike ?? 1.05, lowBack: 0.98, limit: 1.5),
                points: (spike ?? 0) > 1.5 ? 1 : 0),
            RiskFactor(kind: .lowBackPain, points: pain ? 2 : 0),
        ]
    }

    static let highRiskCyclist = AthleteReport(
        athleteID: "marko",
        athleteName: "Marko Kovač",
        assessment: BalanceAssessment(
            asOf: asOf, historyDays: 180,
            risk: RiskAssessment(
                band: .veryHigh, points: 5, confidence: .high, confidenceScore: 0.86, provisional: false,
                factors: factors(
                    ratio: 3.4, numerator: 54, denominator: 15.9, balance: 1, glute: (1.5, 1, 20), core: (0.8, 1, 12),
                    stretching: 1,
                    spike: 1.62),
                bandProbabilities: BandProbabilities(low: 0, moderate: 0.05, high: 0.3, veryHigh: 0.65)),
            balance: BalanceRatios(
                ratio: 3.4, enduranceRatio: 3.9, strengthRatio: 0.9, gluteRatio: 4.42, trunkRatio: 1.88),
            weeklyLoad: MuscleVector(
                quads: 42, glutes: 9.5, hamstrings: 14, lowBack: 12, core: 6.4, hipFlexors: 11, calves: 9),
            enduranceWeeklyLoad: MuscleVector(
                quads: 40, glutes: 7, hamstrings: 13, lowBack: 11.5, core: 4, hipFlexors: 11, calves: 9),
            strengthWeeklyLoad: MuscleVector(quads: 2, glutes: 2.5, hamstrings: 1, lowBack: 0.5, core: 2.4),
            acuteChronicQuads: 1.62, acuteChronicLowBack: 1.2, gluteSetsPerWeek: 1.5, coreSetsPerWeek: 0.8,
            hamstringStretchMinutesPerSide: 0.5, hipFlexorStretchMinutesPerSide: 1, rideShare: 0.82,
            prescription: prescription(
                glute: SetTarget(current: 1.5, next: 4, target: 20), core: SetTarget(current: 0.8, next: 4, target: 12),
                stretch: 10, exercises: standardExercises),
            weeks: weeks(16, quads: 40, glutes: 15, strengthShare: 0.08, gluteSets: 2, coreSets: 1, drift: 0.3),
            missingSettings: [.lthr],
            dataNotes: [
                .loadMethods(
                    activities: 142,
                    methods: [
                        MethodCount(method: .power, activities: 140), MethodCount(method: .heartRate, activities: 2),
                    ])
            ],
            disclaimer: disclaimer, chronicTrainingLoad: 82.5, rampPerWeek: 6.25),
        inputs: InputSummary(
            activities: 142, strengthSets: 38, strengthSessions: 9, duplicatesDropped: 3,
            rejectedFiles: [
                Diagnostic(
                    .error, "expected '>' after attribute, found end of file",
                    at: SourceLocation(source: "marko/2026-09-14-ride.gpx", line: 812, column: 17))
            ],
            unknownFiles: ["marko/notes.txt"], unknownExercises: [UnknownExercise(name: "Kettlebell Halo", sets: 6)],
            warnings: [Diagnostic(.warning, "weights assumed in kg")], lastActivity: asOf.adding(days: -1)))

    static let balancedRunner = AthleteReport(
        athleteID: "ana",
        athleteName: "Ana Novak",
        assessment: BalanceAssessment(
            asOf: asOf, historyDays: 240,
            risk: RiskAssessment(
                band: .low, points: 0, confidence: .high, confidenceScore: 0.92, provisional: false,
                factors: factors(ratio: 1.25, numerator: 30, denominator: 24, glute: (10.5, 0, 10), core: (7.25, 0, 6)),
                bandProbabilities: BandProbabilities(low: 1, moderate: 0, high: 0, veryHigh: 0)),
            balance: BalanceRatios(
                ratio: 1.25, enduranceRatio: 1.35, strengthRatio: 0.7, gluteRatio: 1.85, trunkRatio: 0.55),
            weeklyLoad: MuscleVector(
                quads: 24, glutes: 13, hamstrings: 12, lowBack: 6, core: 11, hipFlexors: 7, calves: 14),
            enduranceWeeklyLoad: MuscleVector(
                quads: 20, glutes: 8, hamstrings: 10, lowBack: 5, core: 4, hipFlexors: 7, calves: 14),
            strengthWeeklyLoad: MuscleVector(quads: 4, glutes: 5, hamstrings: 2, lowBack: 1, core: 7),
            acuteChronicQuads: 1.05, acuteChronicLowBack: 0.98, gluteSetsPerWeek: 10.5, coreSetsPerWeek: 7.25,
            hamstringStretchMinutesPerSide: 6, hipFlexorStretchMinutesPerSide: 5.5, rideShare: 0,
            prescription: prescription(
                glute: SetTarget(current: 10.5, next: 10, target: 10),
                core: SetTarget(current: 7.25, next: 6, target: 6),
                stretch: 5, exercises: Array(standardExercises.prefix(2))),
            weeks: weeks(14, quads: 22, glutes: 12, strengthShare: 0.3, gluteSets: 10, coreSets: 7),
            missingSettings: [], dataNotes: [], disclaimer: disclaimer, chronicTrainingLoad: 48.2, rampPerWeek: 0.8),
        inputs: InputSummary(
            activities: 118, strengthSets: 412, strengthSessions: 52, lastActivity: asOf))

    static let noBandNewcomer = AthleteReport(
        athleteID: "luka",
        athleteName: "Luka Zupan",
        assessment: BalanceAssessment(
            asOf: asOf, historyDays: 12,
            risk: RiskAssessment(
                band: nil, points: 2, confidence: .low, confidenceScore: 0.3, provisional: true,
                provisionalReasons: ProvisionalReasons(lowConfidence: true),
                factors: factors(
                    ratio: 1.8, numerator: 15, denominator: 8.3, balance: 1, glute: (0, 1, 11), core: (0, 0, 6)),
                noBandReason: .shortHistory(days: 12, needed: 28)),
            balance: BalanceRatios(ratio: 1.8, enduranceRatio: 1.8, strengthRatio: nil),
            weeklyLoad: MuscleVector(
                quads: 12, glutes: 5, hamstrings: 6, lowBack: 3, core: 3.3, hipFlexors: 4, calves: 7),
            enduranceWeeklyLoad: MuscleVector(
                quads: 12, glutes: 5, hamstrings: 6, lowBack: 3, core: 3.3, hipFlexors: 4, calves: 7),
            strengthWeeklyLoad: .zero,
            acuteChronicQuads: nil, acuteChronicLowBack: nil, gluteSetsPerWeek: 0, coreSetsPerWeek: 0,
            hamstringStretchMinutesPerSide: 0, hipFlexorStretchMinutesPerSide: 0, rideShare: 0.1,
            prescription: prescription(
                glute: SetTarget(current: 0, next: 4, target: 11), core: SetTarget(current: 0, next: 4, target: 6),
                stretch: 5, exercises: standardExercises),
            weeks: weeks(2, quads: 12, glutes: 5, strengthShare: 0, gluteSets: 0, coreSets: 0),
            missingSettings: [.hrMax, .hrRest, .thresholdPaceSecondsPerKm, .sittingHoursPerDay],
            dataNotes: [.noStrengthSessions(.logged)], disclaimer: disclaimer),
        inputs: InputSummary(activities: 5, lastActivity: asOf.adding(days: -3)))

    static let provisionalTriathlete = AthleteReport(
        athleteID: "eva-tri",
        athleteName: "Eva Horvat",
        assessment: BalanceAssessment(
            asOf: asOf, historyDays: 95,
            risk: RiskAssessment(
                band: .veryHigh, points: 5, confidence: .low, confidenceScore: 0.42, provisional: true,
                provisionalReasons: ProvisionalReasons(lowConfidence: true),
                factors: factors(
                    ratio: 2.3, numerator: 39, denominator: 17, balance: 2, glute: (5, 0, 14), core: (2, 1, 9),
                    pain: true),
                clinicianReferral: true,
                bandProbabilities: BandProbabilities(low: 0, moderate: 0.1, high: 0.35, veryHigh: 0.55)),
            balance: BalanceRatios(
                ratio: 2.3, enduranceRatio: 2.6, strengthRatio: 1.1, gluteRatio: 2.73, trunkRatio: 1.5),
            weeklyLoad: MuscleVector(
                quads: 30, glutes: 11, hamstrings: 13, lowBack: 9, core: 6, hipFlexors: 9, calves: 11),
            enduranceWeeklyLoad: MuscleVector(
                quads: 28, glutes: 9, hamstrings: 12, lowBack: 8.5, core: 4, hipFlexors: 9, calves: 11),
            strengthWeeklyLoad: MuscleVector(quads: 2, glutes: 2, hamstrings: 1, lowBack: 0.5, core: 2),
            acuteChronicQuads: 1.3, acuteChronicLowBack: 1.1, gluteSetsPerWeek: 5, coreSetsPerWeek: 2,
            hamstringStretchMinutesPerSide: 3, hipFlexorStretchMinutesPerSide: 2, rideShare: 0.48,
            prescription: prescription(
                glute: SetTarget(current: 5, next: 7, target: 14), core: SetTarget(current: 2, next: 4, target: 9),
                stretch: 10, days: 4, exercises: standardExercises),
            weeks: weeks(13, quads: 28, glutes: 11, strengthShare: 0.12, gluteSets: 5, coreSets: 2, drift: -0.2),
            missingSettings: [.ftp, .hrMax], dataNotes: [.runsWithoutElevation(count: 4)],
            disclaimer: disclaimer, balanceCutoffs: [1.4, 2.1, 2.9], chronicTrainingLoad: 54, rampPerWeek: -1.5),
        inputs: InputSummary(
            activities: 61, strengthSets: 70, strengthSessions: 14, duplicatesDropped: 6,
            unknownExercises: [UnknownExercise(name: "Pilates reformer", sets: 4)], lastActivity: asOf.adding(days: -9))
    )

    static let empty = AthleteReport(
        athleteID: "new-athlete",
        athleteName: "new-athlete",
        assessment: BalanceAssessment(
            asOf: asOf, historyDays: 0,
            risk: RiskAssessment(
                band: nil, points: 0, confidence: .low, confidenceScore: 0, provisional: false,
                factors: factors(
                    ratio: nil, numerator: 0, denominator: 0, glute: (0, 0, 10), core: (0, 0, 6),
                    notAssessed: .noStrengthLog),
                noBandReason: .noHistory(needed: 28)),
            balance: BalanceRatios(ratio: nil, enduranceRatio: nil, strengthRatio: nil),
            weeklyLoad: .zero, enduranceWeeklyLoad: .zero, strengthWeeklyLoad: .zero, acuteChronicQuads: nil,
            acuteChronicLowBack: nil, gluteSetsPerWeek: 0, coreSetsPerWeek: 0, hamstringStretchMinutesPerSide: 0,
            hipFlexorStretchMinutesPerSide: 0, rideShare: 0,
            prescription: prescription(
                glute: SetTarget(current: 0, next: 4, target: 10), core: SetTarget(current: 0, next: 4, target: 6),
                stretch: 5, exercises: []),
            weeks: [], missingSettings: [.sex, .birthYear, .hrMax, .hrRest, .strengthTraining],
            dataNotes: [.noStrengthSessions(.unknown)], disclaimer: disclaimer, strengthTraining: .unknown),
        inputs: InputSummary())

    /// Every input-derived string is an attack: names, exercises, file names, ids.
    static let hostileText = "<script>alert(1)</script>"
    static let hostile = AthleteReport(
        athleteID: "x/../\"><img src=x onerror=alert(2)> ",
        athleteName: "\(hostileText) & \"Bobby\" 'Tables', | pipe *star* _u_ `tick`\nnewline",
        assessment: BalanceAssessment(
            asOf: asOf, historyDays: 60,
            risk: RiskAssessment(
                band: .high, points: 4, confidence: .medium, confidenceScore: 0.6, provisional: false,
                factors: factors(
                    ratio: 2.5, numerator: 25, denominator: 10, balance: 2, glute: (3, 1, 15), core: (3, 1, 9))),
            balance: BalanceRatios(ratio: 2.5, enduranceRatio: 2.8, strengthRatio: 1.4),
            weeklyLoad: MuscleVector(
                quads: 20, glutes: 6, hamstrings: 8, lowBack: 5, core: 4, hipFlexors: 6, calves: 8),
            enduranceWeeklyLoad: MuscleVector(
                quads: 19, glutes: 5, hamstrings: 7, lowBack: 5, core: 3, hipFlexors: 6, calves: 8),
            strengthWeeklyLoad: MuscleVector(quads: 1, glutes: 1, hamstrings: 1, core: 1),
            acuteChronicQuads: 1.1, acuteChronicLowBack: 1, gluteSetsPerWeek: 3, coreSetsPerWeek: 3,
            hamstringStretchMinutesPerSide: 1, hipFlexorStretchMinutesPerSide: 1, rideShare: 0.2,
            prescription: prescription(
                glute: SetTarget(current: 3, next: 5, target: 15), core: SetTarget(current: 3, next: 5, target: 9),
                stretch: 5,
                exercises: [
                    PrescribedExercise(
                        exerciseID: "custom", name: hostileText, muscle: .glutes, sets: 2, addedSets: 1, own: true,
                        reps: nil,
                        holdSeconds: nil, perSide: false, pattern: .hipExtension, quadWeight: 0.5)
                ]),
            weeks: weeks(12, quads: 20, glutes: 6, strengthShare: 0.1, gluteSets: 3, coreSets: 3),
            missingSettings: [.ftp],
            dataNotes: [
                .unknownExercises(
                    sets: 3, share: 0.1, names: [UnknownExercise(name: hostileText, sets: 3)], more: false)
            ],
            disclaimer: disclaimer),
        inputs: InputSummary(
            activities: 20, strengthSets: 30, strengthSessions: 6,
            rejectedFiles: [
                Diagnostic(
                    .error, "bad <xml> & \"quotes\"",
                    at: SourceLocation(source: "evil/\(hostileText),\"q\".gpx", line: 1))
            ],
            unknownFiles: ["evil/<b>bold</b>.txt"], unknownExercises: [UnknownExercise(name: hostileText, sets: 3)],
            warnings: [Diagnostic(.warning, "<i>warn</i>")], lastActivity: asOf.adding(days: -20)))
}
