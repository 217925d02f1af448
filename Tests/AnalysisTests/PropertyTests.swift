import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Analysis

/// Properties that must hold for any log, checked over seeded random athletes.
@Suite struct PropertyTests {
    static let seeds: [UInt64] = Array(1...12)

    func assess(_ log: TrainingLog, _ settings: AthleteSettings) -> BalanceAssessment {
        Synthetic.assess(log, settings)
    }

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
            activities: log.activities.shuffled(using: &rng),
            strengthSessions: log.strengthSessions.shuffled(using: &rng))
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
        #expect(isClose(once.balance.gluteRatio ?? 0, twice.balance.gluteRatio ?? 0))
        #expect(isClose(once.balance.trunkRatio ?? 0, twice.balance.trunkRatio ?? 0))
    }

    /// `log` with `count` random sessions of `ids` added on random days of its history.
    func adding(_ ids: [String], to log: TrainingLog, history: Int, _ rng: inout SplitMix64, seconds: Bool = false)
        -> TrainingLog
    {
        var more = log
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            let day = Synthetic.asOf.adding(days: -Int.random(in: 0..<max(1, history), using: &rng))
            let id = ids.randomElement(using: &rng)!
            let rpe: Double? = Bool.random(using: &rng) ? Double(Int.random(in: 4...10, using: &rng)) : nil
            let entry =
                seconds
                ? Synthetic.entry(id, Int.random(in: 1...4, using: &rng), seconds: 30, rpe: nil)
                : Synthetic.entry(id, Int.random(in: 1...4, using: &rng), reps: 15, rpe: rpe)
            more.strengthSessions.append(Synthetic.strength(on: day, [entry]))
        }
        return more
    }

    /// Adding glute or core work never raises the points or the band, once strength work is
    /// assessed (the first strength log of an athlete may turn not-assessed factors into scored ones).
    @Test(arguments: seeds)
    func addingGluteOrCoreWorkNeverRaisesPointsOrBand(seed: UInt64) {
        var (rng, log, settings) = athlete(seed)
        settings.strengthTraining = .logged
        let before = assess(log, settings)
        guard !before.risk.provisionalReasons.strengthNotAssessed else { return }
        let ids = [["clamshell", "side-lying-hip-abduction", "glute-bridge"], ["dead-bug", "plank", "crunch"]][
            Int(seed % 2)]
        let after = assess(adding(ids, to: log, history: before.historyDays, &rng), settings)
        #expect(after.historyDays == before.historyDays)
        #expect(after.gluteSetsPerWeek >= before.gluteSetsPerWeek - 1e-9)
        #expect(after.coreSetsPerWeek >= before.coreSetsPerWeek - 1e-9)
        #expect(after.risk.points <= before.risk.points)
        if let bandBefore = before.risk.band, let bandAfter = after.risk.band { #expect(bandAfter <= bandBefore) }
    }

    @Test(arguments: seeds)
    func addingStretchingNeverRaisesPoints(seed: UInt64) {
        var (rng, log, settings) = athlete(seed)
        let before = assess(log, settings)
        let after = assess(
            adding(
                ["hip-flexor-stretch", "hamstring-stretch"], to: log, history: before.historyDays, &rng, seconds: true),
            settings)
        #expect(after.risk.points <= before.risk.points)
        #expect(
            after.hipFlexorStretchMinutesPerSide + after.hamstringStretchMinutesPerSide
                >= before.hipFlexorStretchMinutesPerSide + before.hamstringStretchMinutesPerSide)
    }

    @Test(arguments: seeds)
    func removingHeartRateNeverRaisesConfidence(seed: UInt64) {
        let (_, log, settings) = athlete(seed)
        var stripped = log
        for index in stripped.activities.indices {
            stripped.activities[index].blocks = stripped.activities[index].blocks.map {
                var block = $0
                block.heartRate = nil
                return block
            }
            stripped.activities[index].summary.heartRate = nil
            stripped.activities[index].summary.channels.heartRate = false
        }
        let with = assess(log, settings)
        let without = assess(stripped, settings)
        #expect(without.risk.confidenceScore <= with.risk.confidenceScore + 1e-12)
    }

    /// Low confidence, unknown strength work and gaps mark a band provisional; none lowers it, and
    /// the factors' points always add up to the total.
    @Test(arguments: seeds)
    func theBandFollowsThePointsAndTheFactorsAddUp(seed: UInt64) throws {
        let (_, log, settings) = athlete(seed)
        let result = assess(log, settings)
        #expect(result.risk.factors.count == 6)
        #expect(result.risk.factors.reduce(0) { $0 + $1.points } == result.risk.points)
        if let band = result.risk.band {
            #expect(band == RiskScoring.band(points: result.risk.points, .defaults))
            #expect(!result.risk.provisionalReasons.lowConfidence || result.risk.provisional)
            let probabilities = try #require(result.risk.bandProbabilities)
            let total = RiskBand.allCases.reduce(0) { $0 + probabilities[$1] }
            #expect(abs(total - 1) < 1e-9)
            #expect(assess(log, settings).risk.bandProbabilities == probabilities, "seeded: the same every run")
        } else {
            #expect(result.risk.bandProbabilities == nil)
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
