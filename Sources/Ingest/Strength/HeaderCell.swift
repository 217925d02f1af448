/// A header cell, read: which column it is and any unit written in its name (`Weight (kg)`, `weight_lbs`).
struct HeaderCell: Hashable, Sendable {
    var column: StrengthColumn
    var unit: String?
}
