import Analysis
import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Ingest
import Testing

@testable import Batch

/// One definition of the sets that count (`SetKind.isCounted`: warm-ups left out): the model's
/// data note, the report's list of unknown exercises and both `inspect` records count the same
/// sets of the same log.
@Suite struct UnknownExerciseCountingTests {
    /// Moon Walk: two working sets and a warm-up; Sky Walk: a warm-up only; Hip Thrust is known.
    static let strong = """
        Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
        2026-03-01 08:00:00,Legs,30m,Moon Walk,W,0,10,0,0,,,
        2026-03-01 08:00:00,Legs,30m,Moon Walk,1,0,10,0,0,,,
        2026-03-01 08:00:00,Legs,30m,Moon Walk,2,0,10,0,0,,,
        2026-03-01 08:00:00,Legs,30m,Sky Walk,W,0,10,0,0,,,
        2026-03-01 08:00:00,Legs,30m,Hip Thrust (Barbell),W,40,10,0,0,,,
        2026-03-01 08:00:00,Legs,30m,Hip Thrust (Barbell),1,60,10,0,0,,,
        2026-03-01 08:00:00,Legs,30m,Hip Thrust (Barbell),2,60,10,0,0,,,
        """

    static let expected = [UnknownExercise(name: "Moon Walk", sets: 2)]

    static func log() throws -> StrengthLog {
        try StrengthLogReader.read(
            data: Data(strong.utf8), source: "log.csv", options: StrengthReadOptions(defaultWeightUnit: .kg))
    }

    @Test func theLogHoldsTheWarmUpsThatAreLeftOut() throws {
        let sets = try Self.log().sessions.flatMap(\.sets)
        #expect(sets.count { $0.kind == .warmup } == 3)
        #expect(sets.count { $0.exerciseID == nil } == 4)
        #expect(UnknownExercise.list(in: sets) == Self.expected)
    }

    @Test func theModelCountsTheSameSets() throws {
        let log = try Self.log()
        let dose = StrengthDose.of(log.sessions[0], catalogue: .standard, parameters: ModelParameters())
        #expect(UnknownExercise.list(from: dose.unknownSets) == Self.expected)
        let assessment = BalanceModel.assess(
            TrainingLog(activities: [], strengthSessions: log.sessions), settings: AthleteSettings(),
            catalogue: .standard, parameters: ModelParameters(), asOf: LocalDate(year: 2026, month: 3, day: 2),
            timeZone: .gmt)
        let notes = assessment.dataNotes.compactMap { note -> (Int, [UnknownExercise])? in
            if case .unknownExercises(let sets, _, let names, _) = note { return (sets, names) }
            return nil
        }
        #expect(notes.map(\.0) == [2])
        #expect(notes.map(\.1) == [Self.expected])
    }

    @Test func theReportCountsTheSameSets() throws {
        let item = InputItem(
            athleteFolder: "ana", path: "ana/log.csv", location: .file(URL(fileURLWithPath: "/team/ana/log.csv")),
            kind: .strength)
        let athlete = DiscoveredAthlete(
            folder: "ana", id: "ana", items: [item], unknownFiles: [], rejected: [], metadataFiles: [])
        let assembly = AthleteAssembly(
            athlete: athlete, entry: nil,
            outcomes: [IngestOutcome(item: item, parsed: .strength(try Self.log()), fromCache: false, cacheKey: "a")],
            resolver: .standard, timeZone: .gmt)
        #expect(assembly.inputs.unknownExercises == Self.expected)
    }

    @Test func inspectCountsTheSameSets() throws {
        let folder = try TemporaryDirectory("unknown-exercises")
        defer { folder.cleanUp() }
        let path = folder.url.appendingPathComponent("log.csv").path
        try Data(Self.strong.utf8).write(to: URL(fileURLWithPath: path))
        let outcome = Inspection.inspect(path, weightUnit: .kg)
        guard case .strength(let record) = outcome.record else {
            Issue.record("expected a strength record, got \(outcome)")
            return
        }
        #expect(record.unknownExercises == Self.expected)
        #expect(outcome.text().contains("  unknown exercise: Moon Walk (2 sets, warm-ups left out)"))
        #expect(!outcome.text().contains("Sky Walk"))
        // The FIT record's strength part counts a log's sets the same way.
        #expect(InspectedStrength(try Self.log()).unknownExercises == Self.expected)
    }

    /// A watch workout: a hip thrust (category 10, sub-type 1), two sets the watch did not
    /// recognise (65534) and one of a category the profile lacks (77).
    static func watchWorkout() -> Data {
        let start: Int64 = 1_763_800_000
        var w = FitActivityWriter()
        w.fileID(created: start)
        w.session(.init(start: start, elapsed: 1500, sport: 10, subSport: 20))
        w.activity(at: start + 1500, localOffsetSeconds: 3600)
        for t in stride(from: Int64(0), through: 1500, by: 5) { w.record(.init(time: start + t, heartRate: 100)) }
        for (i, category) in [Int64(10), 65534, 77, 65534].enumerated() {
            w.set(
                .init(
                    start: start + 60 + Int64(i) * 200, duration: 40, reps: 10, weightKilograms: 40,
                    categories: [category], subtypes: [1]))
        }
        return w.bytes()
    }

    static let watchUnknown = [
        UnknownExercise(name: "unrecognised exercise (FIT category unknown)", sets: 2),
        UnknownExercise(name: "FIT exercise category 77", sets: 1),
    ]

    static func assembly(of fit: Data, resolver: ExerciseResolver) throws -> AthleteAssembly {
        let item = InputItem(
            athleteFolder: "ana", path: "ana/strength.fit",
            location: .file(URL(fileURLWithPath: "/team/ana/strength.fit")), kind: .activity)
        let athlete = DiscoveredAthlete(
            folder: "ana", id: "ana", items: [item], unknownFiles: [], rejected: [], metadataFiles: [])
        let file = try ActivityReader.read(data: fit, source: "strength.fit")
        return AthleteAssembly(
            athlete: athlete, entry: nil,
            outcomes: [IngestOutcome(item: item, parsed: .activities(file), fromCache: false, cacheKey: "a")],
            resolver: resolver, timeZone: .gmt)
    }

    /// A watch's sets are resolved once, by one function, in a run and in `inspect`: both name the
    /// same unknown exercises.
    @Test func runAndInspectResolveAWatchsSetsAlike() throws {
        let folder = try TemporaryDirectory("unknown-watch-exercises")
        defer { folder.cleanUp() }
        let path = folder.url.appendingPathComponent("strength.fit").path
        try Self.watchWorkout().write(to: URL(fileURLWithPath: path))
        let outcome = Inspection.inspect(path, weightUnit: nil)
        guard case .activity(let record) = outcome.record, let strength = record.strength else {
            Issue.record("expected a FIT record with strength sets, got \(outcome)")
            return
        }
        #expect(strength.sets == 4)
        #expect(strength.unknownExercises == Self.watchUnknown)
        let assembly = try Self.assembly(of: Self.watchWorkout(), resolver: .standard)
        #expect(assembly.inputs.unknownExercises == Self.watchUnknown)
        #expect(
            assembly.log.strengthSessions.flatMap(\.sets).map { $0.exerciseID != nil } == [true, false, false, false])
    }

    /// A run resolves a watch's sets against the athlete's catalogue, so a team's own entry can
    /// name what the shipped catalogue does not.
    @Test func aRunResolvesAWatchsSetsAgainstTheTeamCatalogue() throws {
        var catalogue = ExerciseCatalogue.standard
        catalogue.upsert(
            Exercise(
                id: "team-77", name: "FIT exercise category 77", pattern: .hipExtension, muscles: [.glutes: 1]))
        let assembly = try Self.assembly(of: Self.watchWorkout(), resolver: ExerciseResolver(catalogue: catalogue))
        #expect(assembly.inputs.unknownExercises == [Self.watchUnknown[0]])
    }

    /// A strength log read with the team's exercises is cached under their content: a new team
    /// entry reads the log again (and resolves the name), the same entries use the cache.
    @Test func theTeamsExercisesKeyTheCachedStrengthLogs() throws {
        let folder = try TemporaryDirectory("team-exercises")
        defer { folder.cleanUp() }
        let team = folder.url.appendingPathComponent("team")
        let out = folder.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(
            at: team.appendingPathComponent("ana"), withIntermediateDirectories: true)
        try Data(Self.strong.utf8).write(to: team.appendingPathComponent("ana/log.csv"))
        let moonWalk = """
            exercises:
              - {id: moon-walk, name: Moon Walk, pattern: hipExtension, muscles: {glutes: 1}}

            """
        for (pass, yaml, parsed, unknown) in [
            (0, "", 1, Self.expected), (1, moonWalk, 1, []), (2, moonWalk, 0, [] as [UnknownExercise]),
        ] {
            try Data(("defaultWeightUnit: kg\n" + yaml).utf8).write(to: team.appendingPathComponent("team.yaml"))
            let outcome = TeamRun.execute(
                RunConfiguration(
                    teamDirectory: team, outputDirectory: out, asOf: LocalDate(year: 2026, month: 3, day: 2), jobs: 1))
            guard case .completed(let record) = outcome else {
                Issue.record("run \(pass) did not complete: \(outcome)")
                return
            }
            #expect(record.counts.parsed == parsed, "run \(pass)")
            let data = try Data(contentsOf: out.appendingPathComponent("ana/report.json"))
            let report = try JSONDecoder().decode(ReportJSONProbe.self, from: data)
            #expect(report.inputs.unknownExercises == unknown, "run \(pass)")
        }
    }

    /// The part of `report.json` this suite reads.
    struct ReportJSONProbe: Decodable {
        struct Inputs: Decodable { var unknownExercises: [UnknownExercise] }
        var inputs: Inputs
    }
}
