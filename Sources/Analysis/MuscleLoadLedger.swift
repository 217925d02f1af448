import Foundation
import HipBalanceCore

/// Daily load per muscle from the first counted session to `asOf` (`docs/model.md` §5).
public struct MuscleLoadLedger: Sendable, Hashable {
    /// The first day of history; nil when nothing counted.
    public var firstDay: LocalDate?
    public var asOf: LocalDate
    /// One entry per day from `firstDay` through `asOf`.
    public var days: [DayLoad]
    public var counts: LedgerCounts
    /// Working sets per exercise id on each day that has any (day number → id → sets), for the prescription.
    public var exercisesByDay: [Int: [String: ExerciseSets]] = [:]

    /// Builds the ledger from a log. Activities fall on the day of their UTC start in `timeZone`,
    /// strength sessions on their local start date; anything after `asOf` is left out.
    public static func build(
        _ log: TrainingLog, settings: AthleteSettings, catalogue: ExerciseCatalogue, parameters: ModelParameters,
        asOf: LocalDate, timeZone: TimeZone
    ) -> MuscleLoadLedger {
        var counts = LedgerCounts()
        var byDay: [Int: [DayLoad]] = [:]
        var exercisesByDay: [Int: [String: ExerciseSets]] = [:]
        for activity in log.activities {
            guard let start = activity.summary.start else {
                counts.activitiesWithoutStart += 1
                continue
            }
            let day = LocalDate(start, in: timeZone)
            guard day <= asOf else {
                counts.activitiesAfterAsOf += 1
                continue
            }
            byDay[day.dayNumber, default: []].append(contribution(of: activity, settings, parameters, asOf, &counts))
        }
        for session in log.strengthSessions {
            guard session.start.date <= asOf else {
                counts.strengthSessionsAfterAsOf += 1
                continue
            }
            let dayNumber = session.start.date.dayNumber
            let (day, exercises) = contribution(of: session, catalogue, parameters, &counts)
            byDay[dayNumber, default: []].append(day)
            exercisesByDay[dayNumber, default: [:]].merge(exercises) { a, b in
                var sum = a
                sum.add(b)
                return sum
            }
        }
        guard let first = byDay.keys.min() else {
            return MuscleLoadLedger(firstDay: nil, asOf: asOf, days: [], counts: counts)
        }
        // Summing in a canonical order makes the result independent of the order of the log.
        let days = (first...asOf.dayNumber).map {
            DayLoad.sum((byDay[$0] ?? []).sorted { $0.sortKey.lexicographicallyPrecedes($1.sortKey) })
        }
        return MuscleLoadLedger(
            firstDay: LocalDate(dayNumber: first), asOf: asOf, days: days, counts: counts,
            exercisesByDay: exercisesByDay)
    }

    /// Days of history, `firstDay` through `asOf` inclusive.
    public var historyDays: Int { days.count }

    /// The mean of the first `seedDays` days (fewer when history is shorter); zero without history.
    public func seed(days seedDays: Int) -> DayLoad {
        let count = min(seedDays, days.count)
        return count > 0 ? DayLoad.sum(days.prefix(count)) * (1 / Double(count)) : DayLoad()
    }

    /// Each day's mean over the `window` days ending on it; days before `firstDay` count as the seed.
    public func rollingMeans(window: Int, seedDays: Int) -> [DayLoad] {
        guard window > 1 else { return days }
        let padded = [DayLoad](repeating: seed(days: seedDays), count: window - 1) + days
        return days.indices.map { index in DayLoad.sum(padded[index..<(index + window)]) * (1 / Double(window)) }
    }

    /// The exponentially weighted moving average at `asOf`; see `exponentialAverageSeries`.
    public func exponentialAverage(lambda: Double, seedDays: Int, window: Int = 1) -> DayLoad {
        exponentialAverageSeries(lambda: lambda, seedDays: seedDays, window: window).last ?? DayLoad()
    }

    /// The EWMA with factor `lambda` after each day, oldest first, of the daily loads (or, with
    /// `window` > 1, of their rolling means), starting from the mean of the first `seedDays` days.
    public func exponentialAverageSeries(lambda: Double, seedDays: Int, window: Int = 1) -> [DayLoad] {
        var average = seed(days: seedDays)
        return rollingMeans(window: window, seedDays: seedDays).map { day in
            average = day * lambda + average * (1 - lambda)
            return average
        }
    }

    /// The sum over the last `count` days up to `asOf`.
    public func sumOfLast(_ count: Int) -> DayLoad { DayLoad.sum(days.suffix(count)) }

    /// The working sets per exercise over the last `count` days up to `asOf`.
    public func exercisesOfLast(_ count: Int) -> [String: ExerciseSets] {
        var result: [String: ExerciseSets] = [:]
        for dayNumber in (asOf.dayNumber - count + 1)...asOf.dayNumber {
            for (id, sets) in exercisesByDay[dayNumber] ?? [:] { result[id, default: ExerciseSets()].add(sets) }
        }
        return result
    }

    /// The ledger as it stood `days` days earlier (nil when that is before the first day), for
    /// last week's prescription. Counts are kept as they are.
    public func truncated(by count: Int) -> MuscleLoadLedger? {
        guard count >= 0, days.count > count, let firstDay else { return nil }
        let asOf = self.asOf.adding(days: -count)
        return MuscleLoadLedger(
            firstDay: firstDay, asOf: asOf, days: Array(days.dropLast(count)), counts: counts,
            exercisesByDay: exercisesByDay.filter { $0.key <= asOf.dayNumber })
    }

    /// The day of the last logged activity or strength session; nil without any.
    public var lastTrainingDay: LocalDate? {
        guard let firstDay, let index = days.lastIndex(where: { $0.sessions > 0 }) else { return nil }
        return firstDay.adding(days: index)
    }

    /// The longest run of days without logged training inside the last `window` days (ending at
    /// `asOf`, a run still open at `asOf` included); nil when there is no run of at least `minimum` days.
    public func longestGap(window: Int, minimum: Int) -> (first: LocalDate, last: LocalDate, days: Int)? {
        guard let firstDay, !days.isEmpty else { return nil }
        let start = max(0, days.count - window)
        var best: (Int, Int)? = nil
        var runStart: Int? = nil
        for index in start..<days.count {
            if days[index].sessions == 0 {
                let first = runStart ?? index
                runStart = first
                let length = index - first + 1
                if length >= minimum, length > (best.map { $0.1 - $0.0 + 1 } ?? 0) { best = (first, index) }
            } else {
                runStart = nil
            }
        }
        guard let (from, to) = best else { return nil }
        return (firstDay.adding(days: from), firstDay.adding(days: to), to - from + 1)
    }

    private static func contribution(
        of activity: Activity, _ settings: AthleteSettings, _ parameters: ModelParameters, _ asOf: LocalDate,
        _ counts: inout LedgerCounts
    ) -> DayLoad {
        // Blocks, grades and active seconds are derived once and read by both the load and its spread.
        let prepared = PreparedActivity(activity, parameters: parameters)
        let load = SessionLoad.of(prepared, settings: settings, parameters: parameters, asOf: asOf)
        let vector = EnduranceDistribution.vector(for: prepared, load: load, settings: settings, parameters: parameters)
        let sport = activity.summary.sport
        counts.activities += 1
        counts.activitiesByMethod[load.method, default: 0] += 1
        counts.sports.insert(sport)
        let seconds = max(activity.summary.movingSeconds, activity.summary.elapsedSeconds, 1)
        var day = DayLoad()
        day.endurance = vector
        day.tss = load.tss
        day.enduranceSeconds = seconds
        day.enduranceQualitySeconds = load.quality * seconds
        day.sessions = 1
        day.loadSize = vector.total
        switch sport {
        case .cycling:
            day.rideTSS = load.tss
        case .running, .walking, .hiking:
            day.runSeconds = seconds
            if !prepared.hasElevation {
                day.runSecondsWithoutElevation = seconds
                counts.runsWithoutElevation += 1
            }
        case .other:
            counts.otherSportActivities += 1
        case .swimming:
            break
        }
        return day
    }

    private static func contribution(
        of session: StrengthSession, _ catalogue: ExerciseCatalogue, _ parameters: ModelParameters,
        _ counts: inout LedgerCounts
    ) -> (DayLoad, [String: ExerciseSets]) {
        let dose = StrengthDose.of(session, catalogue: catalogue, parameters: parameters)
        counts.strengthSessions += 1
        counts.countedSets += dose.countedSets
        counts.setsWithoutEffort += dose.setsWithoutEffort
        counts.cardioEntries += session.cardio.count
        counts.unknownSets.merge(dose.unknownSets, uniquingKeysWith: +)
        var day = DayLoad()
        day.strength = dose.load
        day.strengthMissingEffortUnits = dose.missingEffortUnits
        day.stretchMinutes = dose.stretchMinutes
        day.gluteSets = dose.gluteSets
        day.coreSets = dose.coreSets
        day.gluteMissingEffortUnits = dose.gluteMissingEffortUnits
        day.coreMissingEffortUnits = dose.coreMissingEffortUnits
        day.gluteSetsLogged = dose.gluteSetsLogged
        day.coreSetsLogged = dose.coreSetsLogged
        day.strengthSets = dose.effectiveSets
        day.workingSets = Double(dose.countedSets)
        day.strengthQuality = dose.qualitySum
        day.unknownSets = Double(dose.unknownSets.values.reduce(0, +))
        day.sessions = 1
        day.loadSize = dose.load.total
        return (day, dose.exercises)
    }
}

extension DayLoad {
    /// A key that orders one day's contributions canonically before they are summed.
    fileprivate var sortKey: [Double] {
        [
            tss, endurance.total, strength.total, stretchMinutes.total, gluteSets, coreSets, strengthSets,
            enduranceQualitySeconds,
            strengthQuality, unknownSets, gluteSetsLogged, coreSetsLogged, enduranceSeconds,
        ]
            + MuscleGroup.allCases.map { endurance[$0] } + MuscleGroup.allCases.map { strength[$0] }
    }
}
