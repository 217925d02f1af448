import Foundation
import HipBalanceCore
import Testing

@testable import Batch

@Suite struct DeduplicationTests {
    static func activity(_ source: String, start: Double?, seconds: Double, points: Int, heartRate: Bool = false)
        -> Activity
    {
        var channels = Channels()
        channels.time = true
        channels.position = true
        channels.heartRate = heartRate
        let summary = ActivitySummary(
            sport: .running, start: start.map { Date(timeIntervalSince1970: $0) }, elapsedSeconds: seconds,
            movingSeconds: seconds, distanceMeters: 1000, points: points, channels: channels)
        return Activity(summary: summary, source: source)
    }

    @Test func keepsTheRichestOfOverlappingCopies() {
        let gpx = Self.activity("a.gpx", start: 1000, seconds: 3600, points: 3600)
        let tcx = Self.activity("a.tcx", start: 1005, seconds: 3590, points: 3590, heartRate: true)
        let other = Self.activity("b.gpx", start: 100_000, seconds: 1800, points: 1800)
        let result = Deduplication.activities([gpx, tcx, other])
        #expect(result.dropped == 1)
        #expect(result.kept.map(\.source) == ["a.tcx", "b.gpx"])
    }

    @Test func orderOfInputsDoesNotChangeTheChoice() {
        let copies = [
            Self.activity("x.gpx", start: 0, seconds: 600, points: 600),
            Self.activity("y.tcx", start: 0, seconds: 600, points: 600),
            Self.activity("z.gpx", start: 30, seconds: 600, points: 600),
        ]
        let forward = Deduplication.activities(copies)
        let backward = Deduplication.activities(copies.reversed())
        #expect(forward.kept == backward.kept)
        #expect(forward.kept.map(\.source) == ["x.gpx"])
        #expect(forward.dropped == 2)
    }

    @Test func shortOverlapsAndTimelessActivitiesAreKept() {
        let morning = Self.activity("m.gpx", start: 0, seconds: 3600, points: 10)
        let touching = Self.activity("t.gpx", start: 3000, seconds: 3600, points: 10)  // 600 s of 3600 overlap
        let timeless = Self.activity("n.gpx", start: nil, seconds: 0, points: 10)
        let result = Deduplication.activities([morning, touching, timeless, timeless])
        #expect(result.dropped == 0)
        #expect(result.kept.count == 4)
    }

    @Test func strengthSessionLoggedTwiceIsCountedOnce() {
        let time = LocalDateTime(date: LocalDate(year: 2025, month: 9, day: 1), hour: 7, minute: 0)
        let sets = [
            StrengthSet(time: time, exerciseName: "Squat", reps: 5),
            StrengthSet(time: time, exerciseName: "Plank", durationSeconds: 45),
        ]
        let session = StrengthSession(start: time, sets: sets)
        var other = session
        other.sets[0].reps = 6
        let result = Deduplication.strengthSessions([session, session, other])
        #expect(result.dropped == 1)
        #expect(result.kept == [session, other])
    }

    /// The same workout is found whatever the case of its names; sessions that only share the
    /// start and the number of sets, or differ in one set's duration, are other workouts.
    @Test func strengthSessionsAreComparedSetBySet() {
        let time = LocalDateTime(date: LocalDate(year: 2025, month: 9, day: 1), hour: 7, minute: 0)
        func session(_ names: [String], hold: Double = 45) -> StrengthSession {
            StrengthSession(
                start: time,
                sets: names.map { StrengthSet(time: time, exerciseName: $0, reps: 5, durationSeconds: hold) })
        }
        let first = session(["Squat", "Hip Thrust"])
        let shouted = session(["SQUAT", "hip thrust"])
        let reordered = session(["Hip Thrust", "Squat"])
        let longer = session(["Squat", "Hip Thrust"], hold: 60)
        let later = StrengthSession(
            start: LocalDateTime(date: time.date, hour: 8, minute: 0), sets: first.sets)
        let result = Deduplication.strengthSessions([first, reordered, shouted, longer, later, reordered])
        #expect(result.kept == [first, reordered, longer, later])
        #expect(result.dropped == 2)
    }
}

@Suite struct WatchStrengthDeduplicationTests {
    static let day = LocalDate(year: 2025, month: 11, day: 24)

    static func session(_ hour: Int, _ minute: Int, _ names: [String], on day: LocalDate = day) -> StrengthSession {
        let start = LocalDateTime(date: day, hour: hour, minute: minute)
        return StrengthSession(start: start, sets: names.map { StrengthSet(time: start, exerciseName: $0, reps: 10) })
    }

    static func key(_ set: StrengthSet) -> String { set.exerciseName.lowercased() }

    @Test func theLoggedCopyOfAWatchWorkoutWins() {
        let watch = [Self.session(9, 26, ["Hip Thrust (Barbell)", "Squat (Barbell)", "Plank"])]
        // Logged 20 minutes later with two of the three exercises: the same workout.
        let logged = [Self.session(9, 46, ["hip thrust (barbell)", "Plank", "Couch Stretch"])]
        let result = Deduplication.watchStrengthSessions(watch, loggedElsewhere: logged, exerciseKey: Self.key)
        #expect(result.kept.isEmpty)
        #expect(result.dropped == 1)
    }

    @Test func dateOnlyLogsMatchOnTheDay() {
        let watch = [Self.session(18, 0, ["Plank"])]
        let logged = [Self.session(0, 0, ["Plank"])]
        #expect(Deduplication.watchStrengthSessions(watch, loggedElsewhere: logged, exerciseKey: Self.key).dropped == 1)
    }

    @Test func garminsSummaryOfAWatchWorkoutWinsWhateverExercisesItNames() {
        // The watch recognised nothing; Connect's summary names the corrected exercise.
        let watch = [Self.session(9, 26, ["unrecognised exercise (FIT category unknown)"])]
        let summary = [Self.session(9, 27, ["Hip Thrust (Barbell)"])]
        let result = Deduplication.watchStrengthSessions(
            watch, loggedElsewhere: summary, garminSummaries: summary, exerciseKey: Self.key)
        #expect(result.dropped == 1)
        // The same times in an ordinary log are not enough without shared exercises.
        #expect(
            Deduplication.watchStrengthSessions(watch, loggedElsewhere: summary, exerciseKey: Self.key).dropped == 0)
        // Nor is a summary that starts minutes apart.
        let later = [Self.session(9, 30, ["Hip Thrust (Barbell)"])]
        #expect(
            Deduplication.watchStrengthSessions(
                watch, loggedElsewhere: later, garminSummaries: later, exerciseKey: Self.key
            ).dropped == 0)
    }

    @Test func otherTimesDaysOrExercisesAreOtherWorkouts() {
        let watch = [Self.session(9, 26, ["Hip Thrust (Barbell)", "Squat (Barbell)"])]
        let logged = [
            Self.session(11, 0, ["Hip Thrust (Barbell)", "Squat (Barbell)"]),  // 94 minutes later
            Self.session(9, 26, ["Hip Thrust (Barbell)", "Squat (Barbell)"], on: Self.day.adding(days: 1)),
            Self.session(9, 30, ["Hamstring Stretch"]),  // stretching after the gym, same time
        ]
        let result = Deduplication.watchStrengthSessions(watch, loggedElsewhere: logged, exerciseKey: Self.key)
        #expect(result.kept == watch)
    }
}
