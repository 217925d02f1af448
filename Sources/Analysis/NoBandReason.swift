import HipBalanceCore

/// Why an assessment has no risk band.
public enum NoBandReason: Sendable, Hashable, Codable {
    /// No training data up to `asOf`; a band needs `needed` days of history.
    case noHistory(needed: Int)
    /// Only `days` of history.
    case shortHistory(days: Int, needed: Int)
    /// Nothing loading the modelled muscles in the last `window` days.
    case nothingRecent(window: Int)
}
