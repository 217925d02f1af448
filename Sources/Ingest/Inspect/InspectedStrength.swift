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
    /// Written as `text(withPath: false)`: the record names the file already.
    public var warnings: [Diagnostic]

    public init(_ log: StrengthLog, resolver: ExerciseResolver) {
        // Counted in place: a log may hold a million sets.
        let allSets = log.sessions.lazy.flatMap(\.sets)
        sessions = log.sessions.count
        sets = log.sessions.reduce(0) { $0 + $1.sets.count }
        workingSets = allSets.count { $0.kind == .working }
        warmupSets = allSets.count { $0.kind == .warmup }
        timedSets = allSets.count { $0.durationSeconds != nil && $0.reps == nil }
        var setsByName: [String: Int] = [:]
        for set in allSets where set.kind.isCounted { setsByName[set.exerciseName, default: 0] += 1 }
        unknownExercises = UnknownExercise.list(from: setsByName.filter { resolver.resolve($0.key) == nil })
        warnings = log.warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sessions, forKey: .sessions)
        try container.encode(sets, forKey: .sets)
        try container.encode(workingSets, forKey: .workingSets)
        try container.encode(warmupSets, forKey: .warmupSets)
        try container.encode(timedSets, forKey: .timedSets)
        try container.encode(unknownExercises, forKey: .unknownExercises)
        try container.encode(warnings.map { $0.text(withPath: false) }, forKey: .warnings)
    }

    private enum CodingKeys: String, CodingKey {
        case sessions, sets, workingSets, warmupSets, timedSets, unknownExercises, warnings
    }
}
