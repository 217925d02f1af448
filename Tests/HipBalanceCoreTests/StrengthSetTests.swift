import Foundation
import Testing

@testable import HipBalanceCore

/// A strength set is stored compactly (a log may hold a million of them) and still reads back
/// every value it was given, with nil for what was not logged.
@Suite struct StrengthSetTests {
    static let time = LocalDateTime(date: LocalDate(year: 2026, month: 2, day: 28), hour: 23, minute: 59, second: 59)

    @Test func aSetTakesAtMost96Bytes() {
        #expect(MemoryLayout<StrengthSet>.stride <= 96)
    }

    @Test func everyValueReadsBackAsGiven() {
        let set = StrengthSet(
            time: Self.time, exerciseName: "Hip Thrust (Barbell)", exerciseID: "hip-thrust-barbell", kind: .failure,
            reps: 9999, loadKilograms: 20.411656, rpe: 9.5, rir: 0, durationSeconds: 45.25, distanceMeters: 0,
            line: 1_048_576)
        #expect(set.time == Self.time)
        #expect(set.exerciseName == "Hip Thrust (Barbell)")
        #expect(set.exerciseID == "hip-thrust-barbell")
        #expect(set.kind == .failure)
        #expect(set.reps == 9999)
        #expect(set.loadKilograms == 20.411656)
        #expect(set.rpe == 9.5)
        #expect(set.rir == 0)
        #expect(set.durationSeconds == 45.25)
        #expect(set.distanceMeters == 0)
        #expect(set.line == 1_048_576)
    }

    @Test func whatWasNotLoggedIsNilAndSetsWithoutItAreEqual() {
        let set = StrengthSet(time: Self.time, exerciseName: "Plank")
        #expect(set.reps == nil && set.loadKilograms == nil && set.rpe == nil && set.rir == nil)
        #expect(set.durationSeconds == nil && set.distanceMeters == nil && set.line == nil && set.exerciseID == nil)
        #expect(set == StrengthSet(time: Self.time, exerciseName: "Plank"))
        #expect(Set([set, StrengthSet(time: Self.time, exerciseName: "Plank")]).count == 1)
        var logged = set
        logged.rpe = 8
        #expect(logged != set)
        logged.rpe = nil
        #expect(logged == set)
        // NaN is not a value: it reads back as not logged.
        logged.loadKilograms = .nan
        #expect(logged.loadKilograms == nil)
    }

    @Test func aCountBeyondInt32IsClampedNotTrapped() {
        let set = StrengthSet(time: Self.time, exerciseName: "Squat", reps: Int.max, line: Int.min)
        #expect(set.reps == Int(Int32.max))
        #expect(set.line == Int(Int32.min) + 1)
    }

    @Test func jsonKeepsThePublicNames() throws {
        let set = StrengthSet(
            time: Self.time, exerciseName: "Squat", exerciseID: "back-squat-barbell", reps: 5, loadKilograms: 100,
            line: 3)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(set), as: UTF8.self)
        #expect(
            json
                == #"{"exerciseID":"back-squat-barbell","exerciseName":"Squat","kind":"working","line":3,"loadKilograms":100,"reps":5,"time":"2026-02-28T23:59:59"}"#
        )
        #expect(try JSONDecoder().decode(StrengthSet.self, from: Data(json.utf8)) == set)
    }
}
