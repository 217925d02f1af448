import Foundation
import HipBalanceCore

/// What a strength log does not say about itself and the athlete's settings supply.
public struct StrengthReadOptions: Sendable, Hashable {
    /// The athlete's weight unit, for files that write loads without one (Strong layouts A/B/E,
    /// unit-less coach sheets). When nil such loads are read as kilograms with a warning.
    public var defaultWeightUnit: WeightUnit?
    /// The athlete's time zone, to turn UTC timestamps (Fitbod, JEFIT) into local wall-clock times.
    /// When nil those times stay in UTC, with a warning.
    public var timeZone: TimeZone?
    /// The exercises used to tell cardio rows from sets and to fill `StrengthSet.exerciseID`.
    public var catalogue: ExerciseCatalogue

    public init(
        defaultWeightUnit: WeightUnit? = nil, timeZone: TimeZone? = nil, catalogue: ExerciseCatalogue = .standard
    ) {
        self.defaultWeightUnit = defaultWeightUnit
        self.timeZone = timeZone
        self.catalogue = catalogue
    }
}
