import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Analysis

/// Blocks, grades and active seconds are derived once per activity; the load and its spread read
/// that one value and line up with its blocks.
@Suite struct PreparedActivityTests {
    let p = ModelParameters.defaults

    @Test func loadAndSpreadFromThePreparedActivityEqualThoseFromTheActivity() {
        var rng = SplitMix64(seed: 13)
        for index in 0..<40 {
            let activity = RandomLog.activity(on: Synthetic.day(index % 28), &rng)
            let settings = RandomLog.settings(&rng)
            let prepared = PreparedActivity(activity, parameters: p)
            #expect(prepared.grades.count == prepared.blocks.count)
            #expect(prepared.activeSeconds.count == prepared.blocks.count)
            let load = SessionLoad.of(prepared, settings: settings, parameters: p, asOf: Synthetic.asOf)
            #expect(load == SessionLoad.of(activity, settings: settings, parameters: p, asOf: Synthetic.asOf))
            #expect(load.blockShares.count == prepared.blocks.count)
            #expect(
                EnduranceDistribution.vector(for: prepared, load: load, settings: settings, parameters: p)
                    == EnduranceDistribution.vector(for: activity, load: load, settings: settings, parameters: p))
        }
    }

    @Test func aSummaryOnlyActivityIsOneBlockWithoutElevation() {
        let summary = ActivitySummary(
            sport: .running, start: nil, elapsedSeconds: 1800, movingSeconds: 1700, distanceMeters: 5000, points: 0)
        let prepared = PreparedActivity(Activity(summary: summary), parameters: p)
        #expect(prepared.blocks.count == 1)
        #expect(prepared.grades == [0])
        #expect(prepared.activeSeconds == [1700])
        #expect(!prepared.hasElevation)
    }
}
