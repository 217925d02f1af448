import Analysis
import HipBalanceCore

/// Which way an athlete's balance ratio has moved lately.
public enum RatioTrend: String, Sendable, Hashable, Codable {
    /// More quad/low-back dominant than before: the wrong way.
    case rising
    case steady
    case falling

    /// Weeks in each of the two windows compared.
    static let window = 4
    /// Smallest change of the mean ratio that counts as a move.
    static let threshold = 0.1

    /// Compares the mean ratio of the last `window` weeks with the `window` weeks before;
    /// nil when either window has no ratio.
    init?(weeks: [WeekSummary]) {
        let recent = weeks.suffix(Self.window).compactMap(\.ratio)
        let previous = weeks.dropLast(Self.window).suffix(Self.window).compactMap(\.ratio)
        guard !recent.isEmpty, !previous.isEmpty else { return nil }
        let change = recent.reduce(0, +) / Double(recent.count) - previous.reduce(0, +) / Double(previous.count)
        self = change > Self.threshold ? .rising : change < -Self.threshold ? .falling : .steady
    }
}
