import Foundation
import HipBalanceCore

/// Builds the `ActivityFile` of a FIT file from what the passes over it collected.
struct FitAssembly {
    /// The first pass: sessions, sets, device, file types.
    let first: FitActivityBuilder
    /// The pass whose accumulators hold the records (the first, or the second with a plan).
    let final: FitActivityBuilder
    let source: String
    var warnings: [Diagnostic] = []
    /// For each activity made, the index of the session it came from (nil: the file had none).
    private(set) var activitySessions: [Int?] = []

    init(first: FitActivityBuilder, final: FitActivityBuilder, source: String) {
        self.first = first
        self.final = final
        self.source = source
    }

    /// A warning about this file, at `byteOffset` when one record is to blame, about `activity`
    /// (counted from 1) when it concerns one.
    private mutating func warn(_ message: String, byteOffset: Int? = nil, activity: Int? = nil) {
        warnings.append(
            Diagnostic(
                .warning, message, at: SourceLocation(source: source, byteOffset: byteOffset, activity: activity)))
    }

    mutating func file() -> ActivityFile {
        if !first.fileTypes.isEmpty, !first.fileTypes.contains(4) {
            let name = FitProfile.fileTypeName(first.fileTypes[0])
            return ActivityFile(
                format: .fit, activities: [], emptyReason: "FIT \(name) file, not training data", warnings: warnings)
        }
        let strengthSessions = strengthSessionIndices()
        var activities: [Activity] = []
        let sessions = first.sessions
        if sessions.isEmpty {
            if final.whole.points > 0 {
                let (sport, subSport) = first.fallbackSport
                activities.append(activity(from: final.whole, sport: sport, subSport: subSport, session: nil))
                activitySessions.append(nil)
                warn("the file has no session message; totals were computed from the records")
            }
        } else if final.routedBySession {
            for (index, session) in sessions.enumerated()
            where !session.isTransition && !strengthSessions.contains(index) {
                if let accumulator = final.perSession[index], accumulator.points > 0 {
                    activities.append(
                        activity(from: accumulator, sport: session.sport, subSport: session.subSport, session: session))
                    activitySessions.append(index)
                } else if let fromTotals = activityFromTotals(session) {
                    activities.append(fromTotals)
                    activitySessions.append(index)
                    warn("no records; summary from the session totals", activity: activities.count)
                }
            }
            if final.recordsOutsideSessions > 0 {
                warn("\(final.recordsOutsideSessions) records outside every session were left out")
            }
        } else {
            let legs = sessions.indices.filter { !sessions[$0].isTransition }
            if let index = legs.first, !strengthSessions.contains(index) {
                let session = sessions[index]
                if final.whole.points > 0 {
                    activities.append(
                        activity(from: final.whole, sport: session.sport, subSport: session.subSport, session: session))
                    activitySessions.append(index)
                } else if let fromTotals = activityFromTotals(session) {
                    activities.append(fromTotals)
                    activitySessions.append(index)
                    warn("activity 1: no records; summary from the session totals")
                }
            }
        }
        if let jump = first.firstClockJump {
            let days = (abs(jump.seconds) / 86_400).rounded()
            let direction = jump.seconds > 0 ? "forward" : "back"
            warn(
                "the record clock jumps \(Int(days)) days \(direction) (\(first.clockJumps) jumps in all); the records after a jump were moved to follow the record before it",
                byteOffset: jump.offset)
        }
        let strength = strengthLog(strengthSessions: strengthSessions)
        if activities.isEmpty, strength == nil {
            let reason = first.setMessageCount > 0 ? "strength workout without active sets" : "no recorded activity"
            return ActivityFile(format: .fit, activities: [], emptyReason: reason, warnings: warnings)
        }
        return ActivityFile(format: .fit, activities: activities, strength: strength, warnings: warnings)
    }

    // MARK: Activities

    private mutating func activity(
        from accumulator: ActivityAccumulator, sport: Int64?, subSport: Int64?, session: FitSession?
    )
        -> Activity
    {
        var accumulator = accumulator
        accumulator.sportLabel = FitSportMapping.label(sport, subSport: subSport)
        accumulator.device = first.deviceName
        accumulator.laps = first.laps(in: session)
        // The device's own climb (barometric on most devices) is what its software reports.
        accumulator.deviceAscentMeters = session?.ascentMeters
        accumulator.deviceDescentMeters = session?.descentMeters
        accumulator.deviceElapsedSeconds = session?.elapsedSeconds
        accumulator.deviceTimerSeconds = session?.timerSeconds
        accumulator.deviceDistanceMeters = session?.distanceMeters
        accumulator.deviceHeartRateMean = session?.averageHeartRate
        var (activity, _) = accumulator.finish(source: source)
        if sport != nil || subSport != nil { activity.summary.sport = FitSportMapping.sport(sport, subSport: subSport) }
        // A pool swim's records carry no speed: its moving time is the time of its active
        // lengths, without the rests at the wall (idle lengths and pauses).
        if sport == 5, let swum = swimmingSeconds(in: session), swum > 0 {
            activity.summary.movingSeconds = min(activity.summary.movingSeconds, swum)
        }
        let number = activitySessions.count + 1
        if accumulator.backwardSteps > 0 {
            warn(
                "\(accumulator.backwardSteps) records earlier than the record before them were held at the previous time",
                activity: number)
        }
        if let reason = accumulator.noUsableTimeReason {
            if first.systemTimesSeen > 0, first.systemTimeOffset == nil {
                warn(
                    "the records carry device time (seconds since the device was switched on) and no time correlation; durations are unknown",
                    activity: number)
            } else {
                warn("\(reason); durations are unknown", activity: number)
            }
        }
        return activity
    }

    /// Seconds of active pool lengths that start inside `session` (all of them without one).
    private func swimmingSeconds(in session: FitSession?) -> Double? {
        let lengths = first.activeLengths.filter { session?.contains($0.start) ?? true }
        return lengths.isEmpty ? nil : lengths.reduce(0) { $0 + $1.seconds }
    }

    private mutating func activityFromTotals(_ session: FitSession) -> Activity? {
        guard let elapsed = session.elapsedSeconds, elapsed > 0, session.start.isFinite else { return nil }
        var summary = ActivitySummary(
            sport: FitSportMapping.sport(session.sport, subSport: session.subSport),
            sportLabel: FitSportMapping.label(session.sport, subSport: session.subSport),
            start: Date(timeIntervalSince1970: session.start), elapsedSeconds: elapsed,
            movingSeconds: min(session.timerSeconds ?? elapsed, elapsed), distanceMeters: session.distanceMeters ?? 0,
            ascentMeters: session.ascentMeters ?? 0, descentMeters: session.descentMeters ?? 0, points: 0,
            laps: first.laps(in: session), device: first.deviceName)
        summary.channels.time = true
        summary.channels.distance = (session.distanceMeters ?? 0) > 0
        if let mean = session.averageHeartRate, ReaderParameters.heartRateRange.contains(mean) {
            summary.heartRate = HeartRateStats(mean: mean, max: max(session.maximumHeartRate ?? mean, mean))
            summary.channels.heartRate = true
        }
        if let mean = session.averagePower {
            summary.power = PowerStats(
                mean: mean, max: max(session.maximumPower ?? mean, mean), normalized: session.normalizedPower ?? mean)
            summary.channels.power = true
        }
        return Activity(summary: summary, source: source)
    }

    // MARK: Strength

    /// Sessions that are strength workouts with at least one active set inside them: read as
    /// strength sessions, not as endurance activities.
    private func strengthSessionIndices() -> Set<Int> {
        var result = Set<Int>()
        for (index, session) in first.sessions.enumerated() where session.isStrength {
            if first.sets.contains(where: { session.contains($0.start) })
                || first.sessions.count == 1 && !first.sets.isEmpty
            {
                result.insert(index)
            }
        }
        return result
    }

    private mutating func strengthLog(strengthSessions: Set<Int>) -> StrengthLog? {
        guard !first.sets.isEmpty else { return nil }
        let ordered = first.sets.sorted { ($0.start, $0.index) < ($1.start, $1.index) }
        let sessions = first.sessions
        var groups: [(session: FitSession?, sets: [FitStrengthSet])] = []
        for set in ordered {
            let index =
                sessions.indices.last { strengthSessions.contains($0) && sessions[$0].contains(set.start) }
                ?? (strengthSessions.count == 1 ? strengthSessions.first : nil)
            let session = index.map { sessions[$0] }
            if let last = groups.indices.last, groups[last].session == session {
                groups[last].sets.append(set)
            } else {
                groups.append((session, [set]))
            }
        }
        let offset = first.localTimeOffset
        var logWarnings: [Diagnostic] = []
        func warn(_ message: String) {
            logWarnings.append(Diagnostic(.warning, message, at: SourceLocation(source: source)))
        }
        if offset == nil { warn("the file gives no local time offset; set times are in UTC") }
        if ordered.contains(where: { $0.start.isNaN }) {
            warn("some sets have no start time; they were placed at the start of their workout")
        }
        func local(_ utc: Double) -> LocalDateTime {
            StrengthValues.wallClock(epochSeconds: Int((utc + (offset ?? 0)).rounded(.down)), in: nil)
        }
        var result: [StrengthSession] = []
        var anyWeight = false
        for group in groups {
            let firstStart = group.sets.first(where: { $0.start.isFinite })?.start
            guard let start = group.session.map(\.start).flatMap({ $0.isFinite ? $0 : nil }) ?? firstStart else {
                warn("\(group.sets.count) sets without any time were left out")
                continue
            }
            let sets = group.sets.map { set -> StrengthSet in
                if set.weightKilograms != nil { anyWeight = true }
                // A timed hold: the watch writes no reps, or 1, and the duration. For other sets
                // the duration is only how long the reps took, not a hold.
                let hold = (set.repetitions ?? 0) <= 1 && set.durationSeconds != nil
                return StrengthSet(
                    time: local(set.start.isFinite ? set.start : start), exerciseName: Self.exerciseName(set),
                    kind: .working, reps: hold ? nil : set.repetitions, loadKilograms: set.weightKilograms,
                    durationSeconds: hold ? set.durationSeconds : nil)
            }
            result.append(
                StrengthSession(
                    start: local(start), name: "watch strength workout", sets: sets,
                    durationSeconds: group.session?.elapsedSeconds, source: source))
        }
        return StrengthLog(
            format: .fit, sessions: result, weightUnit: anyWeight ? .kg : .unknown, warnings: logWarnings)
    }

    /// The name a set's exercise is reported under: the catalogue exercise of the FIT category and
    /// sub-type the watch recognised (`FitExerciseCatalogue`). Unknown categories (65534) and
    /// categories the profile does not have are reported like any unknown exercise name.
    static func exerciseName(_ set: FitStrengthSet) -> String {
        guard let category = set.category else { return "unrecognised exercise (FIT category unknown)" }
        return FitExerciseCatalogue.exerciseName(category: category, subtype: set.subtype)
            ?? "FIT exercise category \(category)"
    }
}
