import Foundation
import HipBalanceCore
import Ingest
import Testing

@testable import Batch

@Suite struct AthleteAssemblyTests {
    static let time = LocalDateTime(date: LocalDate(year: 2025, month: 9, day: 1), hour: 7, minute: 0)

    static func log(names: [String?]) -> StrengthLog {
        let sessions = names.indices.map { index in
            StrengthSession(
                start: LocalDateTime(date: time.date.adding(days: index)),
                sets: [StrengthSet(time: time, exerciseName: "Squat")])
        }
        return StrengthLog(format: .generic, sessions: sessions, weightUnit: .kg, athleteNames: names)
    }

    static let ana = DiscoveredAthlete(
        folder: "ana", id: "ana", items: [], unknownFiles: [], rejected: [], metadataFiles: [])

    @Test func coachSheetKeepsOnlyTheAthletesRows() {
        let log = Self.log(names: ["A.  Novak", "J. Ortiz", nil, "ANA", "Ana Novak"])
        let entry = AthleteEntry(settings: AthleteSettings(name: "Ana Novak"), aliases: ["a. novak"])
        let (kept, foreign) = AthleteAssembly.sessions(of: log, for: Self.ana, entry: entry)
        #expect(kept.map(\.start.date.day) == [1, 3, 4, 5])
        #expect(foreign == 1)
    }

    @Test(arguments: [[], [nil, nil] as [String?]])
    func logsWithoutNamesAreKeptWhole(_ names: [String?]) {
        var log = Self.log(names: [nil, nil])
        log.athleteNames = names
        let (kept, foreign) = AthleteAssembly.sessions(of: log, for: Self.ana, entry: nil)
        #expect(kept.count == 2)
        #expect(foreign == 0)
    }

    @Test func readersWarningsAreNamedByTheirTeamPathOnceWithTheirPlace() {
        func item(_ path: String, _ kind: InputKind) -> InputItem {
            InputItem(
                athleteFolder: "ana", path: path, location: .file(URL(fileURLWithPath: "/team/" + path)), kind: kind)
        }
        var athlete = Self.ana
        athlete.items = [item("ana/hevy.csv", .strength), item("ana/ride.fit", .activity)]
        // Readers name their input by the name they were given; the assembly by its team path.
        var log = Self.log(names: [nil])
        log.warnings = [Diagnostic(.warning, "no weight unit", at: SourceLocation(source: "hevy.csv"))]
        let fit = ActivityFile(
            format: .fit, activities: [], emptyReason: "no recorded activity",
            warnings: [
                Diagnostic(
                    .warning, "the FIT file checksum does not match", at: SourceLocation(source: "x", byteOffset: 769))
            ])
        let outcomes = [
            IngestOutcome(parsed: .strength(log), fromCache: false, cacheKey: "a"),
            IngestOutcome(parsed: .activities(fit), fromCache: true, cacheKey: "b"),
        ]
        let assembly = AthleteAssembly(
            athlete: athlete, entry: nil, outcomes: outcomes, resolver: .standard, timeZone: .gmt)
        #expect(
            assembly.inputs.warnings.map { $0.text() } == [
                "ana/hevy.csv: no weight unit",
                "ana/ride.fit: no recorded activity (no recorded activity)",
                "ana/ride.fit: byte 769: the FIT file checksum does not match",
            ])
        #expect(assembly.inputs.warnings[2].location == SourceLocation(source: "ana/ride.fit", byteOffset: 769))
    }
}
