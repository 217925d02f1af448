import Foundation
import HipBalanceCore
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
}
