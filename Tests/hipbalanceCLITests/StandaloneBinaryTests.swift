import Foundation
import HipBalanceTestSupport
import Testing

/// The executable copied alone into an empty folder still works: the exercise catalogue is
/// compiled in, so an installed binary without a resource folder beside it never traps.
@Suite struct StandaloneBinaryTests {
    @Test func aCopiedBinaryResolvesExercisesWithoutAResourceFolder() throws {
        let folder = try TemporaryDirectory("standalone")
        defer { folder.cleanUp() }
        let binary = folder.url.appendingPathComponent("hipbalance")
        try FileManager.default.copyItem(at: EndToEnd.binary, to: binary)
        let log = folder.url.appendingPathComponent("strong.csv")
        try Data(
            """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2025-12-30 20:57:41,"Legs",1h 10min,"Squat (Barbell)",1,100.0,5.0,0,0.0,"","",8
            2025-12-30 20:57:41,"Legs",1h 10min,"Hip Thrust (Barbell)",1,80.0,10.0,0,0.0,"","",7

            """.utf8
        ).write(to: log)

        let result = try ProcessRunner.run(binary, ["inspect", "--weight-unit", "kg", log.path], in: folder.url)
        #expect(result.status == 0, "\(result.output)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(record["status"] as? String == "ok")
        #expect(record["sets"] as? Int == 2)
        #expect(record["unknownExercises"] as? [String] == [])
    }
}
