import Foundation
import HipBalanceCore
import HipBalanceTestSupport

/// Random but reproducible athletes for property tests.
enum RandomLog {
    static let exerciseIDs = TestCatalogue.exercises.map(\.id)

    /// A log of 30–60 days before `Synthetic.asOf` with mixed sports, sensors and strength sets.
    static func make(_ rng: inout SplitMix64) -> TrainingLog {
        let days = Int.random(in: 30...60, using: &rng)
        var activities: [Activity] = []
        var sessions: [StrengthSession] = []
        for offset in 0..<days {
            let day = Synthetic.asOf.adding(days: -offset)
            if rng.uniform(0...1) < 0.6 { activities.append(activity(on: day, &rng)) }
            if rng.uniform(0...1) < 0.3 { sessions.append(session(on: day, &rng)) }
        }
        return TrainingLog(activities: activities, strengthSessions: sessions)
    }

    static func terrain(_ rng: inout SplitMix64) -> Synthetic.Terrain {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: .flat
        case 1: .noElevation
        case 2: .constant(rng.uniform(-0.1...0.1))
        default: .rolling(amplitude: rng.uniform(0...0.12), periodBlocks: Int.random(in: 6...60, using: &rng))
        }
    }

    static func activity(on day: LocalDate, _ rng: inout SplitMix64) -> Activity {
        let heartRate = rng.uniform(0...1) < 0.7 ? rng.uniform(110...175) : nil
        let hour = Int.random(in: 5...20, using: &rng)
        var activity: Activity
        switch Int.random(in: 0..<5, using: &rng) {
        case 0, 1:
            activity = Synthetic.run(
                on: day, kilometres: rng.uniform(3...16), paceSecondsPerKm: rng.uniform(260...420),
                heartRate: heartRate,
                terrain: terrain(&rng), hour: hour)
        case 2:
            activity = Synthetic.run(
                on: day, kilometres: rng.uniform(3...15), paceSecondsPerKm: rng.uniform(600...900),
                heartRate: heartRate,
                terrain: terrain(&rng), sport: .hiking, hour: hour)
        default:
            activity = Synthetic.ride(
                on: day, minutes: rng.uniform(30...150), power: rng.uniform(0...1) < 0.6 ? rng.uniform(100...300) : nil,
                heartRate: heartRate, terrain: terrain(&rng), cadence: rng.uniform(60...100), hour: hour)
        }
        if rng.uniform(0...1) < 0.3 { activity.perceivedExertion = Double(Int.random(in: 1...10, using: &rng)) }
        return activity
    }

    static func session(on day: LocalDate, _ rng: inout SplitMix64) -> StrengthSession {
        let entries = (0..<Int.random(in: 1...6, using: &rng)).map { _ -> Synthetic.Entry in
            let id = exerciseIDs.randomElement(using: &rng)!
            let kind: SetKind = rng.uniform(0...1) < 0.15 ? .warmup : .working
            return Synthetic.entry(
                id, Int.random(in: 1...5, using: &rng), reps: Int.random(in: 3...15, using: &rng),
                seconds: rng.uniform(0...1) < 0.5 ? rng.uniform(20...60) : nil,
                rpe: rng.uniform(0...1) < 0.6 ? Double(Int.random(in: 4...10, using: &rng)) : nil, kind: kind)
        }
        return Synthetic.strength(on: day, entries, hour: Int.random(in: 6...21, using: &rng))
    }

    static func settings(_ rng: inout SplitMix64) -> AthleteSettings {
        func maybe<T>(_ value: T) -> T? { Bool.random(using: &rng) ? value : nil }
        return AthleteSettings(
            sex: maybe(Bool.random(using: &rng) ? .male : .female),
            birthYear: maybe(Int.random(in: 1960...2005, using: &rng)),
            hrMax: maybe(rng.uniform(175...200)), hrRest: maybe(rng.uniform(40...65)),
            lthr: maybe(rng.uniform(150...175)),
            ftp: maybe(rng.uniform(180...320)), thresholdPaceSecondsPerKm: maybe(rng.uniform(220...330)),
            sittingHoursPerDay: maybe(rng.uniform(2...11)), lowBackPain: maybe(Bool.random(using: &rng)),
            thomasTestPositive: maybe(Bool.random(using: &rng)))
    }
}
