import Foundation
import HipBalanceCore
import Testing

@testable import Analysis

/// An athlete who each week logs exactly what the report prescribes reaches the targets within
/// eight weeks, and is never told to do less than last week while below them.
@Suite struct ClosedLoopTests {
    @Test(arguments: [true, false])
    func followingThePlanReachesTheTargetWithinEightWeeks(rpeLogged: Bool) throws {
        var settings = Synthetic.runnerSettings
        settings.strengthTraining = .logged
        var sessions: [StrengthSession] = []
        var previous: Prescription? = nil
        var reached: Int? = nil
        for week in 0...8 {
            let sunday = Synthetic.day(13 + 7 * week)
            let result = Synthetic.assess(
                TrainingLog(activities: Synthetic.runnerActivities(), strengthSessions: sessions), settings,
                asOf: sunday)
            let p = result.prescription
            if let previous {
                #expect(
                    p.lastWeek?.gluteSets.prescribed == previous.gluteSets.next, "week \(week): last week recomputed")
                #expect(
                    p.gluteSets.current >= Double(previous.gluteSets.next) - 1e-9,
                    "week \(week): what was prescribed was done")
                #expect(p.gluteSets.next >= Int(p.gluteSets.current.rounded()), "week \(week): never less than done")
                #expect(p.coreSets.next >= Int(p.coreSets.current.rounded()), "week \(week): never less than done")
            }
            if reached == nil, p.gluteSets.current.rounded() >= Double(p.gluteSets.target),
                p.coreSets.current.rounded() >= Double(p.coreSets.target)
            {
                reached = week
            }
            // Next week: every listed exercise, split over Tuesday and Friday.
            for exercise in p.exercises {
                let first = (exercise.sets + 1) / 2
                for (offset, sets) in [(2, first), (5, exercise.sets - first)] where sets > 0 {
                    sessions.append(
                        Synthetic.strength(
                            on: sunday.adding(days: offset),
                            [
                                Synthetic.entry(
                                    exercise.exerciseID, sets,
                                    reps: exercise.holdSeconds == nil ? (exercise.reps ?? 10) : nil,
                                    seconds: exercise.holdSeconds.map(Double.init), rpe: rpeLogged ? 8 : nil)
                            ]))
                }
            }
            previous = p
        }
        let week = try #require(reached, "targets not reached in 8 weeks")
        #expect(week <= 8)
    }
}
