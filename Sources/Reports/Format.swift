import Analysis
import Foundation
import HipBalanceCore

/// Locale-independent number formatting, so documents are byte-identical on every machine.
enum Format {
    /// `value` with exactly `digits` decimals (`2.30`); never `-0`; an em dash when not finite.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "—" }
        let text = String(format: "%.\(digits)f", value)
        return text.hasPrefix("-") && text.dropFirst().allSatisfy { $0 == "0" || $0 == "." }
            ? String(text.dropFirst()) : text
    }

    /// `value` with at most `digits` decimals and no trailing zeros (`10`, `1.5`).
    static func trimmed(_ value: Double, digits: Int) -> String {
        var text = fixed(value, digits: digits)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// A load for a sentence: one decimal from 1 up, two significant digits below (at most four
    /// decimals), so that small decayed loads do not all read "0.0".
    static func load(_ value: Double) -> String {
        guard value.isFinite, value != 0, abs(value) < 1 else { return fixed(value, digits: 1) }
        return fixed(value, digits: min(4, max(1, 1 - Int(log10(abs(value)).rounded(.down)))))
    }

    /// A share 0…1 as a whole percentage (`72 %`).
    static func percent(_ share: Double) -> String { "\(fixed(share * 100, digits: 0)) %" }

    /// The balance ratio with two decimals, or an em dash when there is none.
    static func ratio(_ value: Double?) -> String { value.map { fixed($0, digits: 2) } ?? "—" }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Aug 3`, for chart axes and week tables.
    static func shortDate(_ date: LocalDate) -> String { "\(months[date.month - 1]) \(date.day)" }
}
