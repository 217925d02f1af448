import Foundation
import HipBalanceCore

/// The strength sets a FIT file held, as `inspect` shows them: the same counts `inspect` prints
/// for a strength CSV.
public struct InspectedStrength: Sendable, Hashable, Encodable {
    public var sessions: Int
    public var sets: Int
    public var workingSets: Int
    public var warmupSets: Int
    public var timedSets: Int
    /// Most frequent first, then by name.
    public var unknownExercises: [UnknownExercise]
    public var warnings: [String]

    public init(_ log: StrengthLog, resolver: ExerciseResolver) {
        // Counted in place: a log may hold a million sets.
        let allSets = log.sessions.lazy.flatMap(\.sets)
        sessions = log.sessions.count
        sets = log.sessions.reduce(0) { $0 + $1.sets.count }
        workingSets = allSets.count { $0.kind == .working }
        warmupSets = allSets.count { $0.kind == .warmup }
        timedSets = allSets.count { $0.durationSeconds != nil && $0.reps == nil }
        var setsByName: [String: Int] = [:]
        for set in allSets { setsByName[set.exerciseName, default: 0] += 1 }
        unknownExercises = UnknownExercise.list(from: setsByName.filter { resolver.resolve($0.key) == nil })
        warnings = log.warnings
    }
}
