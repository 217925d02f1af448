import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Analysis

/// Properties that must hold for any log, checked over seeded random athletes.
@Suite struct PropertyTests {
    static let seeds: [UInt64] = Array(1...12)

    func assess(_ log: TrainingLog, _ settings: AthleteSettings) -> BalanceAssessment { Synthetic.assess(log, settings) }

    func vectors(_ result: BalanceAssessment) -> [MuscleVector] {
        [result.weeklyLoad, result.enduranceWeeklyLoad, result.strengthWeeklyLoad]
            + result.weeks.flatMap { [$0.load, $0.enduranceLoad, $0.strengthLoad] }
    }

    /// The random athlete of `seed`, and the generator to draw more from.
    func athlete(_ seed: UInt64) -> (SplitMix64, TrainingLog, AthleteSettings) {
        var rng = SplitMix64(seed: seed)
        let log = RandomLog.make(&rng)
        return (rng, log, RandomLog.settings(&rng))
    }

    func isClose(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }

    @Test(arguments: seeds)
    func loadsAreNeverNegative(seed: UInt64) {
        let (_, log, settings) = athlete(seed)
        for activity in log.activities {
            let load = SessionLoad.of(activity, settings: settings, parameters: .defaults, asOf: Synthetic.asOf)
            #expect(load.tss >= 0)
            #expect(load.blockShares.allSatisfy { $0 >= 0 })
        }
        let result = assess(log, settings)
        for vector in vectors(result) {
            #expect(MuscleGroup.allCases.allSatisfy { vector[$0] >= 0 })
        }
        #expect(result.gluteSetsPerWeek >= 0 && result.coreSetsPerWeek >= 0)
        #expect(result.hamstringStretchMinutesPerSide >= 0 && result.hipFlexorStretchMinutesPerSide >= 0)
        #expect((0...1).contains(result.risk.confidenceScore))
        #expect((0...1).contains(result.rideShare))
    }

    @Test(arguments: seeds)
    func sessionOrderDoesNotMatter(seed: UInt64) {
        let (seeded, log, settings) = athlete(seed)
        var rng = seeded
        let shuffled = TrainingLog(
            activities: log.activities.shuffled(using: &rng), strengthSessions: log.strengthSessions.shuffled(using: &rng))
        #expect(assess(shuffled, settings) == assess(log, settings))
    }

    @Test(arguments: seeds)
    func doublingEverySessionDoublesEveryLoad(seed: UInt64) {
        let (_, log, settings) = athlete(seed)
        let doubled = TrainingLog(
            activities: log.activities + log.activities, strengthSessions: log.strengthSessions + log.strengthSessions)
        let once = assess(log, settings)
        let twice = assess(doubled, settings)
        for (a, b) in zip(vectors(once), vectors(twice)) {
            #expect(MuscleGroup.allCases.allSatisfy { isClose(a[$0] * 2, b[$0]) })
        }
        #expect(isClose(once.gluteSetsPerWeek * 2, twice.gluteSetsPerWeek))
        #expect(isClose(once.coreSetsPerWeek * 2, twice.coreSetsPerWeek))
        #expect(isClose(once.hipFlexorStretchMinutesPerSide * 2, twice.hipFlexorStretchMinutesPerSide))
        #expect(isClose(once.chronicTrainingLoad * 2, twice.chronicTrainingLoad))
        #expect(isClose(once.balance.ratio ?? 0, twice.balance.ratio ?? 0))
    }

    @Test(arguments: seeds)
    func addingGluteSetsNeverRaisesRisk(seed: UInt64) {
        let (seeded, log, settings) = athlete(seed)
        var rng = seeded
        let before = assess(log, settings)
        var more = log
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            let day = Synthetic.asOf.adding(days: -Int.random(in: 0..<(before.historyDays), using: &rng))
            let id = ["clamshell", "side-lying-hip-abduction"].randomElement(using: &rng)!
            let rpe: Double? = Bool.random(using: &rng) ? Double(Int.random(in: 5...10, using: &rng)) : nil
            more.strengthSessions.append(
                Synthetic.strength(on: day, [Synthetic.entry(id, Int.random(in: 1...4, using: &rng), reps: 15, rpe: rpe)]))
        }
        let after = assess(more, settings)
        #expect(after.historyDays == before.historyDays)
        #expect(after.gluteSetsPerWeek >= before.gluteSetsPerWeek)
        #expect(after.risk.points <= before.risk.points)
        if after.risk.confidence == before.risk.confidence, let bandBefore = before.risk.band, let bandAfter = after.risk.band {
            #expect(bandAfter <= bandBefore)
        }
    }

    @Test(arguments: seeds)
    func addingDownhillRunningNeverLowersQuadLoad(seed: UInt64) {
        let (seeded, log, settings) = athlete(seed)
        var rng = seeded
        let before = assess(log, settings)
        var more = log
        let day = Synthetic.asOf.adding(days: -Int.random(in: 0..<(before.historyDays), using: &rng))
        more.activities.append(
            Synthetic.run(
                on: day, kilometres: rng.uniform(2...15), heartRate: Bool.random(using: &rng) ? 150 : nil,
                terrain: .constant(-rng.uniform(0.01...0.15))))
        let after = assess(more, settings)
        #expect(after.weeklyLoad.quads >= before.weeklyLoad.quads)
        #expect(after.enduranceWeeklyLoad.quads >= before.enduranceWeeklyLoad.quads)
        #expect(zip(after.weeks, before.weeks).allSatisfy { $0.load.quads >= $1.load.quads })
    }
}
