import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// Garmin watch strength sets (`set` messages) become strength sessions.
@Suite struct FitStrengthTests {
    static let start: Int64 = 1_758_621_744  // 2025-09-23T10:02:24Z

    static func workout(localOffset: Int64? = 7200) -> Data {
        var w = FitActivityWriter()
        w.fileID(created: start)
        w.session(.init(start: start, elapsed: 1200, sport: 10, subSport: 20, averageHeartRate: 110))
        if let localOffset { w.activity(at: start + 1200, localOffsetSeconds: localOffset) }
        for t in stride(from: Int64(0), through: 1200, by: 5) {
            w.record(.init(time: start + t, heartRate: 100 + t % 30))
        }
        // Written out of order on purpose: sets are ordered by start_time, not by file order or field 254.
        w.set(
            .init(
                start: start + 300, duration: 40, reps: 10, weightKilograms: 60, categories: [28, 17, 65534],
                subtypes: [6, 78, 65535], fileTimestamp: start))
        w.set(.init(start: start + 340, duration: 60, active: false, fileTimestamp: start))
        w.set(
            .init(
                start: start + 60, duration: 30, reps: 12, weightKilograms: 0, categories: [10, 65534],
                subtypes: [1, 65535], fileTimestamp: start))
        w.set(.init(start: start + 90, duration: 45, active: false, fileTimestamp: start))
        w.set(
            .init(start: start + 600, duration: 45, reps: 1, categories: [19], subtypes: [65535], fileTimestamp: start))
        w.set(
            .init(
                start: start + 700, duration: 30, reps: 8, weightKilograms: 22.5, categories: [65534, 65534, 65534],
                subtypes: [], fileTimestamp: start))
        w.set(
            .init(
                start: start + 800, duration: 30, reps: 8, weightKilograms: 20, categories: [77], subtypes: [3],
                fileTimestamp: start))
        return w.bytes()
    }

    @Test func activeSetsBecomeAStrengthSession() throws {
        let file = try ActivityReader.read(data: Self.workout(), source: "strength.fit")
        // A strength session with sets is strength, not an endurance activity of unknown sport.
        #expect(file.activities.isEmpty)
        let log = try #require(file.strength)
        #expect(log.format == .fit)
        #expect(log.sessions.count == 1)
        let session = log.sessions[0]
        #expect(session.start.description == "2025-09-23T12:02:24")
        #expect(session.durationSeconds == 1200)
        #expect(session.sets.count == 5)
        #expect(session.sets.map(\.reps) == [12, 10, nil, 8, 8])
        #expect(session.sets.map(\.loadKilograms) == [nil, 60, nil, 22.5, 20])
        // Only the plank (reps 1: the watch's mark of a timed set) is a timed hold.
        #expect(session.sets.map(\.durationSeconds) == [nil, nil, 45, nil, nil])
        #expect(session.sets[0].time.description == "2025-09-23T12:03:24")
        // Through the FIT strength table: hip_raise/barbell_hip_thrust_with_bench, squat/barbell_back_squat,
        // plank without a sub-type; 65534 and a category the profile lacks stay unresolved.
        #expect(
            session.sets.map(\.exerciseName) == [
                "Hip Thrust (Barbell)", "Squat (Barbell)", "Plank", "unrecognised exercise (FIT category unknown)",
                "FIT exercise category 77",
            ])
        #expect(log.weightUnit == .kg)
        #expect(log.warnings.isEmpty)
    }

    @Test func withoutLocalOffsetTimesStayUTCWithAWarning() throws {
        let log = try #require(try ActivityReader.read(data: Self.workout(localOffset: nil), source: "s.fit").strength)
        #expect(log.sessions[0].start.description == "2025-09-23T10:02:24")
        #expect(log.warnings.contains { $0.message.contains("no local time offset") })
    }

    @Test func inspectCountsSetsAndUnknownExercises() throws {
        var file = try ActivityReader.read(data: Self.workout(), source: "strength.fit")
        // The reader knows no catalogue: its sets carry no ids until they are resolved.
        #expect(file.strength?.sessions.flatMap(\.sets).allSatisfy { $0.exerciseID == nil } == true)
        file.strength = file.strength.map(ExerciseResolver.standard.resolvingExercises(of:))
        let record = InspectRecord(file: "strength.fit", activityFile: file)
        #expect(record.status == .ok)
        let strength = try #require(record.strength)
        #expect(strength.sessions == 1)
        #expect(strength.sets == 5)
        #expect(strength.workingSets == 5)
        #expect(strength.timedSets == 1)
        #expect(
            strength.unknownExercises.map(\.name) == [
                "FIT exercise category 77", "unrecognised exercise (FIT category unknown)",
            ])
        let line = record.jsonLine()
        #expect(line.contains("\"format\":\"fit\""))
        #expect(line.contains("\"strength\":{"))
    }

    @Test func multisportAssignsSetsToTheirStrengthSessions() throws {
        var w = FitActivityWriter()
        let s = Self.start
        w.fileID(created: s)
        w.session(.init(start: s, elapsed: 360, sport: 10, subSport: 20))
        w.session(.init(start: s + 400, elapsed: 600, distance: 1800, sport: 1))
        w.session(.init(start: s + 1100, elapsed: 600, sport: 10, subSport: 20))
        for t in stride(from: Int64(0), through: 360, by: 5) { w.record(.init(time: s + t, heartRate: 100)) }
        FitDecoderTests.run(&w, from: s + 400, seconds: 600)
        for t in stride(from: Int64(0), through: 600, by: 5) { w.record(.init(time: s + 1100 + t, heartRate: 105)) }
        w.set(.init(start: s + 10, duration: 30, reps: 10, categories: [28], subtypes: [6]))
        w.set(.init(start: s + 1200, duration: 30, reps: 12, categories: [17], subtypes: [78]))
        w.set(.init(start: s + 1300, duration: 30, reps: 12, categories: [17], subtypes: [78]))
        let file = try ActivityReader.read(data: w.bytes(), source: "multi.fit")
        #expect(file.activities.map(\.summary.sport) == [.running])
        #expect(file.activities.first?.summary.points == 601)
        let log = try #require(file.strength)
        #expect(log.sessions.map(\.sets.count) == [1, 2])
    }
}
