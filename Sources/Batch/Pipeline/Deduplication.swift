import Foundation
import HipBalanceCore

/// Finds the same workout recorded more than once (a GPX and a TCX of one ride, a Strava and
/// a Garmin export) and keeps the richest copy.
public enum Deduplication {
    /// Two activities are one when their time spans overlap by at least this share of the shorter.
    public static let overlapShare = 0.5

    /// The activities with duplicates removed (order: by start, then source) and how many were dropped.
    ///
    /// Activities without a start or a duration cannot overlap anything and are all kept. Of an
    /// overlapping group, the copy with the most channels wins, then the most points, then the
    /// longer moving time, then the smaller source name, so the choice never depends on input order.
    public static func activities(_ activities: [Activity]) -> (kept: [Activity], dropped: Int) {
        let ranked = activities.sorted(by: isRicher)
        var kept: [Activity] = []
        var dropped = 0
        for candidate in ranked {
            if kept.contains(where: { overlaps($0, candidate) }) {
                dropped += 1
            } else {
                kept.append(candidate)
            }
        }
        let ordered = kept.sorted {
            ($0.summary.start ?? .distantPast, $0.source ?? "") < ($1.summary.start ?? .distantPast, $1.source ?? "")
        }
        return (ordered, dropped)
    }

    /// Strength sessions logged twice (the same workout in two apps' exports): same start and
    /// the same exercises (names ignoring case), reps and durations in the same order. Keeps the
    /// first in input order.
    ///
    /// Sessions are bucketed by start, set count and a hash of their sets, and compared set by set
    /// only within a bucket: nothing is kept per set (a log may hold a million sets).
    public static func strengthSessions(_ sessions: [StrengthSession]) -> (kept: [StrengthSession], dropped: Int) {
        var lowercased: [String: String] = [:]
        func name(_ set: StrengthSet) -> String {
            if let known = lowercased[set.exerciseName] { return known }
            let folded = set.exerciseName.lowercased()
            lowercased[set.exerciseName] = folded
            return folded
        }
        func isSameWorkout(_ a: StrengthSession, _ b: StrengthSession) -> Bool {
            a.start == b.start && a.sets.count == b.sets.count
                && zip(a.sets, b.sets).allSatisfy { x, y in
                    name(x) == name(y) && (x.reps ?? -1) == (y.reps ?? -1)
                        && (x.durationSeconds ?? -1) == (y.durationSeconds ?? -1)
                }
        }
        var buckets: [SessionKey: [Int]] = [:]
        var kept: [StrengthSession] = []
        for session in sessions {
            var hasher = Hasher()
            for set in session.sets {
                hasher.combine(name(set))
                hasher.combine(set.reps ?? -1)
                hasher.combine(set.durationSeconds ?? -1)
            }
            let key = SessionKey(start: session.start, sets: session.sets.count, digest: hasher.finalize())
            if buckets[key]?.contains(where: { isSameWorkout(kept[$0], session) }) == true { continue }
            buckets[key, default: []].append(kept.count)
            kept.append(session)
        }
        return (kept, sessions.count - kept.count)
    }

    /// Two strength sessions starting this close (local wall-clock time) can be one workout.
    public static let strengthStartWindowSeconds = 1800

    /// A watch session and Garmin Connect's summary of a workout starting this close are one
    /// workout whatever exercises they name: the summary (`summarizedActivities.json`) is Garmin's
    /// record of the uploaded FIT file, so it starts when the file does, but it names the
    /// exercises as the athlete corrected them, while the watch's guesses are often "unknown".
    public static let strengthSameStartSeconds = 120

    /// Strength sessions a watch recorded in FIT files, without those the athlete also logged
    /// elsewhere (a strength app's CSV, Garmin Connect's `summarizedActivities.json`). A watch
    /// session is the same workout as a logged one on the same day that starts within
    /// `strengthStartWindowSeconds` (or has no time of day, as date-only logs) and shares at least
    /// half of the watch session's exercises (`exerciseKey`: the catalogue id, else the name), and
    /// as a Garmin Connect summary (`garminSummaries`, also in `logged`) that starts within
    /// `strengthSameStartSeconds` of it.
    /// The logged copy wins: FIT holds the watch's guesses of the exercises, the logs what the
    /// athlete recorded or corrected (docs/fit.md).
    public static func watchStrengthSessions(
        _ watch: [StrengthSession], loggedElsewhere logged: [StrengthSession], garminSummaries: [StrengthSession] = [],
        exerciseKey: (StrengthSet) -> String
    ) -> (kept: [StrengthSession], dropped: Int) {
        func seconds(_ time: LocalDateTime) -> Int { time.date.dayNumber * 86_400 + time.secondOfDay }
        func isSameWorkout(_ w: StrengthSession, _ l: StrengthSession) -> Bool {
            guard w.start.date == l.start.date else { return false }
            guard l.start.secondOfDay == 0 || abs(seconds(w.start) - seconds(l.start)) <= strengthStartWindowSeconds
            else {
                return false
            }
            let watchExercises = Set(w.sets.map(exerciseKey))
            let shared = watchExercises.intersection(l.sets.map(exerciseKey))
            return !watchExercises.isEmpty && 2 * shared.count >= watchExercises.count
        }
        func isSummary(of w: StrengthSession, _ g: StrengthSession) -> Bool {
            w.start.date == g.start.date && abs(seconds(w.start) - seconds(g.start)) <= strengthSameStartSeconds
        }
        let kept = watch.filter { w in
            !logged.contains { isSameWorkout(w, $0) } && !garminSummaries.contains { isSummary(of: w, $0) }
        }
        return (kept, watch.count - kept.count)
    }

    /// Where a strength session is looked for among those kept: its start, its number of sets and
    /// a hash of them (equal for the same workout; the sets themselves decide).
    struct SessionKey: Hashable {
        var start: LocalDateTime
        var sets: Int
        var digest: Int
    }

    /// True when the time spans overlap by at least `overlapShare` of the shorter one.
    static func overlaps(_ a: Activity, _ b: Activity) -> Bool {
        guard let aStart = a.summary.start, let bStart = b.summary.start,
            a.summary.elapsedSeconds > 0, b.summary.elapsedSeconds > 0
        else { return false }
        let aEnd = aStart.addingTimeInterval(a.summary.elapsedSeconds)
        let bEnd = bStart.addingTimeInterval(b.summary.elapsedSeconds)
        let overlap = min(aEnd, bEnd).timeIntervalSince(max(aStart, bStart))
        return overlap >= overlapShare * min(a.summary.elapsedSeconds, b.summary.elapsedSeconds)
    }

    static func channelCount(_ channels: Channels) -> Int {
        [
            channels.time, channels.position, channels.elevation, channels.distance, channels.heartRate,
            channels.cadence, channels.power, channels.temperature, channels.speed,
        ].filter { $0 }.count
    }

    static func isRicher(_ a: Activity, than b: Activity) -> Bool {
        let aKey = (channelCount(a.summary.channels), a.summary.points, a.summary.movingSeconds)
        let bKey = (channelCount(b.summary.channels), b.summary.points, b.summary.movingSeconds)
        if aKey != bKey { return aKey > bKey }
        return (a.source ?? "") < (b.source ?? "")
    }
}
