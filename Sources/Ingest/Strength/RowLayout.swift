import Foundation
import HipBalanceCore

/// How one CSV layout turns its data rows into `StrengthRow`s.
protocol RowLayout {
    /// Sees every record that is not over a cap, before it is checked (for file-wide conventions).
    mutating func observe(_ record: CSVRecord)
    /// Rows read but held back until a file-wide convention is known (they count towards the cap on sets).
    var waitingRows: Int { get }
    mutating func read(_ row: RowFields, into builder: inout StrengthLogBuilder) throws(RowError)
    /// Called once after the last row (for file-level warnings).
    mutating func finish(into builder: inout StrengthLogBuilder)
}

extension RowLayout {
    mutating func observe(_ record: CSVRecord) {}
    var waitingRows: Int { 0 }
    mutating func finish(into builder: inout StrengthLogBuilder) {}
}
