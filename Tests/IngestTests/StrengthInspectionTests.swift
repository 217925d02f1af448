import Foundation
import HipBalanceCore
import Testing

@testable import Ingest

@Suite struct StrengthInspectionTests {
    private func json(_ inspection: StrengthInspection) throws -> [String: Any] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try #require(JSONSerialization.jsonObject(with: encoder.encode(inspection)) as? [String: Any])
    }

    @Test func reportsCountsDatesAndUnknownNames() throws {
        let text = """
            date,athlete,exercise,sets,reps,load,unit,rpe,notes
            2025-09-01,A,Back Squat,3,5,100,kg,7,
            2025-09-03,A,Zumba Toning,2,20,,,,
            2025-09-02,A,Mystery Lift,1,5,50,kg,,
            2025-09-02,A,Plank,2,45s,BW,,,
            """
        let log = try StrengthLogReader.read(data: Data(text.utf8), source: "sheet.csv", options: StrengthReadOptions())
        let inspection = StrengthInspection(file: "sheet.csv", log: log)
        let object = try json(inspection)
        #expect(object["format"] as? String == "generic")
        #expect(object["status"] as? String == "ok")
        #expect(object["sessions"] as? Int == 3)
        #expect(object["sets"] as? Int == 8)
        #expect(object["workingSets"] as? Int == 8)
        #expect(object["timedSets"] as? Int == 2)
        #expect(object["weightUnit"] as? String == "kg")
        #expect(object["firstDate"] as? String == "2025-09-01")
        #expect(object["lastDate"] as? String == "2025-09-03")
        let unknown = try #require(object["unknownExercises"] as? [[String: Any]])
        #expect(unknown.map { $0["name"] as? String } == ["Zumba Toning", "Mystery Lift"])
        #expect(unknown.map { $0["sets"] as? Int } == [2, 1])
    }

    /// The names are not looked up again: a set is unknown when the reader gave it no catalogue id.
    @Test func unknownExercisesAreTheSetsTheReaderDidNotResolve() throws {
        let time = LocalDateTime(date: LocalDate(year: 2025, month: 9, day: 1))
        let sets = [
            StrengthSet(time: time, exerciseName: "Back Squat", reps: 5),
            StrengthSet(time: time, exerciseName: "House Special", exerciseID: "back-squat-barbell", reps: 5),
        ]
        let log = StrengthLog(
            format: .generic, sessions: [StrengthSession(start: time, sets: sets)], weightUnit: .kg)
        let inspection = StrengthInspection(file: "sheet.csv", log: log)
        #expect(inspection.unknownExercises == [UnknownExercise(name: "Back Squat", sets: 1)])
    }

    @Test func absentDatesEncodeAsNull() throws {
        let log = StrengthLog(format: .strong, sessions: [], weightUnit: .unknown)
        let object = try json(StrengthInspection(file: "empty.csv", log: log))
        #expect(object["firstDate"] is NSNull)
        #expect(object["lastDate"] is NSNull)
        let keys: Set<String> = [
            "file", "status", "format", "sessions", "sets", "workingSets", "warmupSets", "timedSets", "cardioRows",
            "weightUnit", "firstDate", "lastDate", "unknownExercises", "warnings", "rowErrors",
        ]
        #expect(Set(object.keys) == keys)
    }
}
