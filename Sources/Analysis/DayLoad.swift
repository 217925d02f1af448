import Foundation
import HipBalanceCore

/// Everything the model sums for one calendar day.
public struct DayLoad: Sendable, Hashable {
    /// Set-equivalents per muscle from endurance sessions and from strength sets.
    public var endurance = MuscleVector()
    public var strength = MuscleVector()
    /// Σ W over strength sets without logged effort (the part of `strength` that scales with the
    /// missing-effort value, per unit of it).
    public var strengthMissingEffortUnits = MuscleVector()
    /// Stretching minutes per side per lengthened muscle.
    public var stretchMinutes = MuscleVector()
    /// Credited glute / core sets (effective), their missing-effort part per unit, the same sets
    /// as the athlete counts them, and all effective strength sets.
    public var gluteSets = 0.0
    public var coreSets = 0.0
    public var gluteMissingEffortUnits = 0.0
    public var coreMissingEffortUnits = 0.0
    public var gluteSetsLogged = 0.0
    public var coreSetsLogged = 0.0
    public var strengthSets = 0.0
    /// Endurance load in TSS-equivalents, all sports and cycling only.
    public var tss = 0.0
    public var rideTSS = 0.0
    /// Endurance seconds, and Σ q · seconds over them, for confidence.
    public var enduranceSeconds = 0.0
    public var enduranceQualitySeconds = 0.0
    /// Run/walk/hike seconds, and those of activities without elevation.
    public var runSeconds = 0.0
    public var runSecondsWithoutElevation = 0.0
    /// Working strength sets of known exercises, Σ q over them, and working sets of unknown exercises.
    public var workingSets = 0.0
    public var strengthQuality = 0.0
    public var unknownSets = 0.0
    /// Activities and strength sessions logged (whatever they load).
    public var sessions = 0.0
    /// Total set-equivalents of every contribution (is anything loading the modelled muscles?).
    public var loadSize = 0.0

    public init() {}

    /// Endurance plus strength load.
    public var total: MuscleVector { endurance + strength }

    static func + (lhs: DayLoad, rhs: DayLoad) -> DayLoad { lhs.combined(with: rhs, +, +) }

    static func * (lhs: DayLoad, factor: Double) -> DayLoad {
        lhs.combined(with: lhs, { x, _ in x * factor }, { v, _ in v * factor })
    }

    /// Applies `scalar` to every pair of numbers and `vector` to every pair of muscle vectors
    /// (fields written out: this runs for every day of every average).
    private func combined(
        with other: DayLoad, _ scalar: (Double, Double) -> Double,
        _ vector: (MuscleVector, MuscleVector) -> MuscleVector
    ) -> DayLoad {
        var result = DayLoad()
        result.endurance = vector(endurance, other.endurance)
        result.strength = vector(strength, other.strength)
        result.strengthMissingEffortUnits = vector(strengthMissingEffortUnits, other.strengthMissingEffortUnits)
        result.stretchMinutes = vector(stretchMinutes, other.stretchMinutes)
        result.gluteSets = scalar(gluteSets, other.gluteSets)
        result.coreSets = scalar(coreSets, other.coreSets)
        result.gluteMissingEffortUnits = scalar(gluteMissingEffortUnits, other.gluteMissingEffortUnits)
        result.coreMissingEffortUnits = scalar(coreMissingEffortUnits, other.coreMissingEffortUnits)
        result.gluteSetsLogged = scalar(gluteSetsLogged, other.gluteSetsLogged)
        result.coreSetsLogged = scalar(coreSetsLogged, other.coreSetsLogged)
        result.strengthSets = scalar(strengthSets, other.strengthSets)
        result.tss = scalar(tss, other.tss)
        result.rideTSS = scalar(rideTSS, other.rideTSS)
        result.enduranceSeconds = scalar(enduranceSeconds, other.enduranceSeconds)
        result.enduranceQualitySeconds = scalar(enduranceQualitySeconds, other.enduranceQualitySeconds)
        result.runSeconds = scalar(runSeconds, other.runSeconds)
        result.runSecondsWithoutElevation = scalar(runSecondsWithoutElevation, other.runSecondsWithoutElevation)
        result.workingSets = scalar(workingSets, other.workingSets)
        result.strengthQuality = scalar(strengthQuality, other.strengthQuality)
        result.unknownSets = scalar(unknownSets, other.unknownSets)
        result.sessions = scalar(sessions, other.sessions)
        result.loadSize = scalar(loadSize, other.loadSize)
        return result
    }

    /// The sum of `days`.
    static func sum(_ days: some Sequence<DayLoad>) -> DayLoad { days.reduce(DayLoad(), +) }
}
