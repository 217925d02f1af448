import Foundation
import HipBalanceCore

/// Everything the model sums for one calendar day.
public struct DayLoad: Sendable, Hashable {
    /// Set-equivalents per muscle from endurance sessions and from strength sets.
    public var endurance = MuscleVector()
    public var strength = MuscleVector()
    /// Stretching minutes per side per lengthened muscle.
    public var stretchMinutes = MuscleVector()
    /// Effective direct glute / core sets and all effective strength sets.
    public var gluteSets = 0.0
    public var coreSets = 0.0
    public var strengthSets = 0.0
    /// Endurance load in TSS-equivalents, all sports and cycling only.
    public var tss = 0.0
    public var rideTSS = 0.0
    /// Run load (running, walking, hiking), and the part from activities without elevation.
    public var runTSS = 0.0
    public var runTSSWithoutElevation = 0.0
    /// Σ q · size and Σ size of every contribution (size = total set-equivalents), for confidence.
    public var qualityWeightedLoad = 0.0
    public var loadSize = 0.0

    public init() {}

    /// Endurance plus strength load.
    public var total: MuscleVector { endurance + strength }

    static func + (lhs: DayLoad, rhs: DayLoad) -> DayLoad { lhs.combined(with: rhs, +, +) }

    static func * (lhs: DayLoad, factor: Double) -> DayLoad { lhs.combined(with: lhs, { x, _ in x * factor }, { v, _ in v * factor }) }

    /// Applies `scalar` to every pair of numbers and `vector` to every pair of muscle vectors
    /// (fields written out: this runs for every day of every average).
    private func combined(
        with other: DayLoad, _ scalar: (Double, Double) -> Double, _ vector: (MuscleVector, MuscleVector) -> MuscleVector
    ) -> DayLoad {
        var result = DayLoad()
        result.endurance = vector(endurance, other.endurance)
        result.strength = vector(strength, other.strength)
        result.stretchMinutes = vector(stretchMinutes, other.stretchMinutes)
        result.gluteSets = scalar(gluteSets, other.gluteSets)
        result.coreSets = scalar(coreSets, other.coreSets)
        result.strengthSets = scalar(strengthSets, other.strengthSets)
        result.tss = scalar(tss, other.tss)
        result.rideTSS = scalar(rideTSS, other.rideTSS)
        result.runTSS = scalar(runTSS, other.runTSS)
        result.runTSSWithoutElevation = scalar(runTSSWithoutElevation, other.runTSSWithoutElevation)
        result.qualityWeightedLoad = scalar(qualityWeightedLoad, other.qualityWeightedLoad)
        result.loadSize = scalar(loadSize, other.loadSize)
        return result
    }

    /// The sum of `days`.
    static func sum(_ days: some Sequence<DayLoad>) -> DayLoad { days.reduce(DayLoad(), +) }
}

/// What went into the ledger and what was left out, for data notes.
public struct LedgerCounts: Sendable, Hashable {
    public var activities = 0
    public var activitiesByMethod: [LoadMethod: Int] = [:]
    public var activitiesWithoutStart = 0
    public var activitiesAfterAsOf = 0
    public var runsWithoutElevation = 0
    public var otherSportActivities = 0
    public var strengthSessions = 0
    public var strengthSessionsAfterAsOf = 0
    public var countedSets = 0
    public var setsWithoutEffort = 0
    public var cardioEntries = 0
    public var unknownSets: [String: Int] = [:]
    public var sports: Set<Sport> = []

    public init() {}
}

/// Daily load per muscle from the first counted session to `asOf` (`model.md` §7.4).
public struct MuscleLoadLedger: Sendable, Hashable {
    /// The first day of history; nil when nothing counted.
    public var firstDay: LocalDate?
    public var asOf: LocalDate
    /// One entry per day from `firstDay` through `asOf`.
    public var days: [DayLoad]
    public var counts: LedgerCounts

    /// Builds the ledger from a log. Activities fall on the day of their UTC start in `timeZone`,
    /// strength sessions on their local start date; anything after `asOf` is left out.
    public static func build(
        _ log: TrainingLog, settings: AthleteSettings, catalogue: ExerciseCatalogue, parameters: ModelParameters,
        asOf: LocalDate, timeZone: TimeZone
    ) -> MuscleLoadLedger {
        var counts = LedgerCounts()
        var byDay: [Int: [DayLoad]] = [:]
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
            byDay[session.start.date.dayNumber, default: []].append(contribution(of: session, catalogue, parameters, &counts))
        }
        guard let first = byDay.keys.min() else {
            return MuscleLoadLedger(firstDay: nil, asOf: asOf, days: [], counts: counts)
        }
        // Summing in a canonical order makes the result independent of the order of the log.
        let days = (first...asOf.dayNumber).map { DayLoad.sum((byDay[$0] ?? []).sorted { $0.sortKey.lexicographicallyPrecedes($1.sortKey) }) }
        return MuscleLoadLedger(firstDay: LocalDate(dayNumber: first), asOf: asOf, days: days, counts: counts)
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

    private static func contribution(
        of activity: Activity, _ settings: AthleteSettings, _ parameters: ModelParameters, _ asOf: LocalDate,
        _ counts: inout LedgerCounts
    ) -> DayLoad {
        let load = SessionLoad.of(activity, settings: settings, parameters: parameters, asOf: asOf)
        let vector = EnduranceDistribution.vector(for: activity, load: load, settings: settings, parameters: parameters)
        let sport = activity.summary.sport
        counts.activities += 1
        counts.activitiesByMethod[load.method, default: 0] += 1
        counts.sports.insert(sport)
        var day = DayLoad()
        day.endurance = vector
        day.tss = load.tss
        day.qualityWeightedLoad = load.quality * vector.total
        day.loadSize = vector.total
        switch sport {
        case .cycling:
            day.rideTSS = load.tss
        case .running, .walking, .hiking:
            day.runTSS = load.tss
            if !ActivityBlocks.hasElevation(ActivityBlocks.of(activity)) {
                day.runTSSWithoutElevation = load.tss
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
    ) -> DayLoad {
        let dose = StrengthDose.of(session, catalogue: catalogue, parameters: parameters)
        counts.strengthSessions += 1
        counts.countedSets += dose.countedSets
        counts.setsWithoutEffort += dose.setsWithoutEffort
        counts.cardioEntries += session.cardio.count
        counts.unknownSets.merge(dose.unknownSets, uniquingKeysWith: +)
        var day = DayLoad()
        day.strength = dose.load
        day.stretchMinutes = dose.stretchMinutes
        day.gluteSets = dose.gluteSets
        day.coreSets = dose.coreSets
        day.strengthSets = dose.effectiveSets
        day.qualityWeightedLoad = dose.qualityWeightedLoad
        day.loadSize = dose.load.total
        return day
    }
}

extension DayLoad {
    /// A key that orders one day's contributions canonically before they are summed.
    fileprivate var sortKey: [Double] {
        [tss, endurance.total, strength.total, stretchMinutes.total, gluteSets, coreSets, strengthSets, qualityWeightedLoad]
            + MuscleGroup.allCases.map { endurance[$0] } + MuscleGroup.allCases.map { strength[$0] }
    }
}
