import Foundation
import HipBalanceCore
import Ingest

/// The options a strength reader gets for one athlete, and the part of the cache key they make:
/// the unit, the zone and the catalogue all change a log's parsed result.
struct StrengthReading: Sendable {
    var options: StrengthReadOptions
    var cacheKey: String

    /// `catalogueKey` names the catalogue (`standard`, or a hash of the team's additions).
    init(defaultWeightUnit: WeightUnit?, timeZone: TimeZone, catalogue: ExerciseCatalogue, catalogueKey: String) {
        options = StrengthReadOptions(defaultWeightUnit: defaultWeightUnit, timeZone: timeZone, catalogue: catalogue)
        cacheKey = "unit=\(defaultWeightUnit?.rawValue ?? "none");tz=\(timeZone.identifier);catalogue=\(catalogueKey)"
    }
}
