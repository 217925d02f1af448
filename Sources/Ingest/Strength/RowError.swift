import Foundation
import HipBalanceCore

/// A row that cannot be read: what was wrong, and in which field (0-based).
struct RowError: Error {
    var message: String
    var column: Int?
}
