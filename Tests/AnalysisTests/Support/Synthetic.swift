import Foundation
import HipBalanceCore

@testable import Analysis

/// Builders for synthetic athletes: activities with realistic 30-s blocks and strength sessions.
enum Synthetic {
    static let utc = TimeZone(identifier: "UTC")!
    /// Monday 2026-01-19: the first day of the ten-week scenarios.
    static let firstMonday = LocalDate(year: 2026, month: 1, day: 19)
    /// Sunday 2026-03-29: the end of week ten.
    static let asOf = LocalDate(year: 2026, month: 3, day: 29)

    /// The day `offset` days after `firstMonday`.
    static func day(_ offset: Int) -> LocalDate { firstMonday.adding(days: offset) }

    /// Grade of block `index`: flat, rolling hills (sine of the given amplitude), or unknown (no elevation).
    enum Terrain: Sendable {
        case flat
        case rolling(amplitude: Double, periodBlocks: Int)
        case constant(Double)
        case noElevation

        func grade(_ index: Int) -> Double? {
            switch self {
            case .flat: 0
            case .rolling(let amplitude, let period): amplitude * sin(2 * Double.pi * Double(index) / Double(period))
            case .constant(let grade): grade
            case .noElevation: nil
            }
        }
    }

    /// A run of `kilometres` at `paceSecondsPerKm` with heart rate around `heartRate` (nil: no sensor).
    static func run(
        on day: LocalDate, kilometres: Double, paceSecondsPerKm: Double = 330, heartRate: Double? = 145,
        terrain: Terrain = .flat, sport: Sport = .running, hour: Int = 7
    ) -> Activity {
        let seconds = kilometres * paceSecondsPerKm
        let speed = 1000 / paceSecondsPerKm
        let count = Int((seconds / 30).rounded(.up))
        var blocks: [SeriesBlock] = []
        for index in 0..<count {
            let duration = min(30, seconds - Double(index) * 30)
            let grade = terrain.grade(index)
            // Slower uphill, faster downhill, as runners are.
            let blockSpeed = speed * (1 - 2.5 * (grade ?? 0))
            let distance = blockSpeed * duration
            let warmUp = min(1, Double(index) / 20)
            blocks.append(
                SeriesBlock(
                    offsetSeconds: Double(index) * 30, durationSeconds: duration, movingSeconds: duration,
                    distanceMeters: distance, elevationChangeMeters: grade.map { $0 * distance },
                    heartRate: heartRate.map { $0 - 25 * (1 - warmUp) + 60 * (grade ?? 0) }, cadence: 172))
        }
        return activity(sport: sport, day: day, hour: hour, blocks: blocks)
    }

    /// A ride of `minutes` at `power` watts (nil: no power meter) on `terrain`, cadence ~88 rpm.
    static func ride(
        on day: LocalDate, minutes: Double, power: Double? = 180, heartRate: Double? = 135, terrain: Terrain = .flat,
        cadence: Double = 88, hour: Int = 8
    ) -> Activity {
        let count = Int((minutes * 2).rounded(.up))
        var blocks: [SeriesBlock] = []
        for index in 0..<count {
            let grade = terrain.grade(index) ?? 0
            let blockPower = power.map { $0 * (1 + 4 * max(grade, -0.2)) }
            let speed = max(4, 9 - 80 * grade)
            blocks.append(
                SeriesBlock(
                    offsetSeconds: Double(index) * 30, durationSeconds: 30, movingSeconds: 30,
                    distanceMeters: speed * 30,
                    elevationChangeMeters: terrain.grade(index).map { $0 * speed * 30 },
                    heartRate: heartRate.map { $0 + 80 * grade }, power: blockPower.map { max(0, $0) },
                    cadence: grade >= 0.06 ? 65 : cadence))
        }
        return activity(sport: .cycling, day: day, hour: hour, blocks: blocks)
    }

    /// An activity whose summary is consistent with its blocks.
    static func activity(sport: Sport, day: LocalDate, hour: Int, blocks: [SeriesBlock]) -> Activity {
        let duration = blocks.reduce(0) { $0 + $1.durationSeconds }
        let distance = blocks.reduce(0) { $0 + $1.distanceMeters }
        let changes = blocks.compactMap(\.elevationChangeMeters)
        let heartRates = blocks.compactMap(\.heartRate)
        let powers = blocks.compactMap(\.power)
        var channels = Channels()
        channels.time = true
        channels.distance = true
        channels.elevation = !changes.isEmpty
        channels.heartRate = !heartRates.isEmpty
        channels.power = !powers.isEmpty
        let summary = ActivitySummary(
            sport: sport, start: LocalDateTime(date: day, hour: hour, minute: 0).instant(in: utc),
            elapsedSeconds: duration, movingSeconds: duration, distanceMeters: distance,
            ascentMeters: changes.filter { $0 > 0 }.reduce(0, +),
            descentMeters: -changes.filter { $0 < 0 }.reduce(0, +),
            points: blocks.count * 30,
            heartRate: heartRates.isEmpty
                ? nil
                : HeartRateStats(mean: heartRates.reduce(0, +) / Double(heartRates.count), max: heartRates.max()!),
            channels: channels)
        return Activity(summary: summary, blocks: blocks, source: "synthetic-\(sport.rawValue)-\(day).gpx")
    }

    /// One logged exercise: `sets` sets of `reps` (or a hold of `seconds`) at an optional RPE.
    struct Entry: Sendable {
        var id: String?
        var name: String
        var sets: Int
        var reps: Int? = nil
        var seconds: Double? = nil
        var rpe: Double? = nil
        var kind: SetKind = .working
    }

    static func entry(
        _ id: String, _ sets: Int, reps: Int? = nil, seconds: Double? = nil, rpe: Double? = 8, kind: SetKind = .working
    ) -> Entry {
        Entry(
            id: id, name: TestCatalogue.standard[id]?.name ?? id, sets: sets, reps: reps, seconds: seconds, rpe: rpe,
            kind: kind)
    }

    static func strength(on day: LocalDate, _ entries: [Entry], hour: Int = 18) -> StrengthSession {
        let start = LocalDateTime(date: day, hour: hour, minute: 0)
        let sets = entries.flatMap { entry in
            (0..<entry.sets).map { _ in
                StrengthSet(
                    time: start, exerciseName: entry.name, exerciseID: entry.id, kind: entry.kind, reps: entry.reps,
                    loadKilograms: entry.reps == nil ? nil : 40, rpe: entry.rpe, durationSeconds: entry.seconds)
            }
        }
        return StrengthSession(start: start, sets: sets)
    }

    // MARK: - Athletes

    static let runnerSettings = AthleteSettings(
        sex: .male, birthYear: 1990, hrMax: 190, hrRest: 50, thresholdPaceSecondsPerKm: 270, sittingHoursPerDay: 9,
        lowBackPain: false, thomasTestPositive: false)

    /// Ten weeks of 50 km a week: five runs, some on rolling hills.
    static func runnerActivities(heartRate: Bool = true, elevation: Bool = true) -> [Activity] {
        let plan: [(Int, Double, Terrain)] = [
            (0, 8, .flat), (2, 10, .rolling(amplitude: 0.04, periodBlocks: 16)), (3, 8, .flat),
            (5, 8, .rolling(amplitude: 0.03, periodBlocks: 20)), (6, 16, .flat),
        ]
        return (0..<10).flatMap { week in
            plan.map { offset, kilometres, terrain in
                run(
                    on: day(week * 7 + offset), kilometres: kilometres, paceSecondsPerKm: offset == 6 ? 345 : 320,
                    heartRate: heartRate ? (offset == 6 ? 140 : 148) : nil, terrain: elevation ? terrain : .noElevation)
            }
        }
    }

    /// The corrective routine: hip thrusts, bridges, side planks, dead bugs and stretching.
    static let correctiveRoutine: [Entry] = [
        entry("hip-thrust-barbell", 3, reps: 10, rpe: 8), entry("glute-bridge", 2, reps: 12, rpe: 7),
        entry("side-plank", 2, seconds: 30, rpe: 7), entry("dead-bug", 2, reps: 10, rpe: 7),
        entry("hip-flexor-stretch", 4, seconds: 30, rpe: nil), entry("hamstring-stretch", 4, seconds: 30, rpe: nil),
    ]

    /// Three corrective sessions a week (Monday, Wednesday, Friday) for ten weeks.
    static func correctiveSessions() -> [StrengthSession] {
        (0..<10).flatMap { week in [0, 2, 4].map { strength(on: day(week * 7 + $0), correctiveRoutine) } }
    }

    static let cyclistSettings = AthleteSettings(
        sex: .female, birthYear: 1985, hrMax: 182, hrRest: 52, ftp: 240, sittingHoursPerDay: 6, lowBackPain: false,
        thomasTestPositive: false)

    /// Ten weeks of about 9.5 h riding a week, with a hilly Saturday, plus squats, leg press and back extensions twice a week.
    static func cyclistLog() -> TrainingLog {
        let rides: [(Int, Double, Double, Terrain)] = [
            (1, 90, 170, .flat), (2, 60, 150, .flat), (3, 90, 185, .flat),
            (5, 180, 160, .rolling(amplitude: 0.07, periodBlocks: 40)), (6, 150, 165, .flat),
        ]
        let gym: [Entry] = [
            entry("squat-barbell", 4, reps: 6, rpe: 8), entry("leg-press", 3, reps: 10, rpe: 8),
            entry("back-extension", 3, reps: 12, rpe: 7),
        ]
        let activities = (0..<10).flatMap { week in
            rides.map { offset, minutes, power, terrain in
                ride(on: day(week * 7 + offset), minutes: minutes, power: power, terrain: terrain)
            }
        }
        let sessions = (0..<10).flatMap { week in [0, 3].map { strength(on: day(week * 7 + $0), gym) } }
        return TrainingLog(activities: activities, strengthSessions: sessions)
    }

    static let hybridSettings = AthleteSettings(
        sex: .female, birthYear: 1992, hrMax: 188, hrRest: 48, ftp: 210, thresholdPaceSecondsPerKm: 290,
        sittingHoursPerDay: 5, lowBackPain: false, thomasTestPositive: false)

    /// Ten weeks of three runs, two rides and three full strength sessions a week.
    static func hybridLog() -> TrainingLog {
        let gym: [Entry] = [
            entry("romanian-deadlift", 3, reps: 8, rpe: 8), entry("hip-thrust-barbell", 3, reps: 10, rpe: 8),
            entry("split-squat", 2, reps: 10, rpe: 8), entry("clamshell", 2, reps: 15, rpe: 7),
            entry("side-plank", 2, seconds: 40, rpe: 7), entry("plank", 2, seconds: 45, rpe: 7),
            entry("hip-flexor-stretch", 2, seconds: 30, rpe: nil), entry("hamstring-stretch", 2, seconds: 30, rpe: nil),
            entry("bench-press", 3, reps: 8, rpe: 8),
        ]
        var activities: [Activity] = []
        var sessions: [StrengthSession] = []
        for week in 0..<10 {
            activities.append(run(on: day(week * 7 + 1), kilometres: 8, paceSecondsPerKm: 340, heartRate: 146))
            activities.append(
                run(
                    on: day(week * 7 + 3), kilometres: 10, paceSecondsPerKm: 330, heartRate: 150,
                    terrain: .rolling(amplitude: 0.03, periodBlocks: 18)))
            activities.append(run(on: day(week * 7 + 6), kilometres: 14, paceSecondsPerKm: 350, heartRate: 142))
            activities.append(ride(on: day(week * 7 + 2), minutes: 60, power: 140))
            activities.append(ride(on: day(week * 7 + 5), minutes: 120, power: 135))
            sessions += [0, 2, 4].map { strength(on: day(week * 7 + $0), gym) }
        }
        return TrainingLog(activities: activities, strengthSessions: sessions)
    }
}

extension Synthetic {
    /// Assesses `log` with the test catalogue, in UTC unless told otherwise.
    static func assess(
        _ log: TrainingLog, _ settings: AthleteSettings, asOf: LocalDate = Synthetic.asOf,
        parameters: ModelParameters = .defaults, timeZone: TimeZone = Synthetic.utc
    ) -> BalanceAssessment {
        BalanceModel.assess(
            log, settings: settings, catalogue: TestCatalogue.standard, parameters: parameters, asOf: asOf,
            timeZone: timeZone)
    }
}
