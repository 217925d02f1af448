import Foundation
import HipBalanceCore

/// The documented valid range of one model parameter: every number the parameter holds (each
/// element of a list, each share of a muscle-vector table) must lie in `bounds`, and a list
/// must have at most `maximumCount` elements. The ranges keep every computation of the model
/// finite and its allocations small; they are listed in `docs/robustness.md`.
public struct ParameterRange: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case number
        case integer
        case flag
        /// A list of catalogue ids (no numeric bounds).
        case names
    }

    public var kind: Kind
    public var bounds: ClosedRange<Double>
    /// For lists; 1 for a single value.
    public var maximumCount: Int
    /// What the numbers count (`days`, `bpm`), for messages and the documentation.
    public var unit: String

    public static func number(_ bounds: ClosedRange<Double>, _ unit: String = "", count: Int = 1) -> ParameterRange {
        ParameterRange(kind: .number, bounds: bounds, maximumCount: count, unit: unit)
    }

    public static func integer(_ bounds: ClosedRange<Int>, _ unit: String = "", count: Int = 1) -> ParameterRange {
        ParameterRange(
            kind: .integer, bounds: Double(bounds.lowerBound)...Double(bounds.upperBound), maximumCount: count,
            unit: unit)
    }

    public static let flag = ParameterRange(kind: .flag, bounds: 0...1, maximumCount: 1, unit: "")

    public static func names(count: Int) -> ParameterRange {
        ParameterRange(kind: .names, bounds: 0...0, maximumCount: count, unit: "")
    }

    /// `from 1 to 365 days`, `true or false`.
    public var description: String {
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        switch kind {
        case .flag: return "true or false"
        case .names: return "a list of at most \(maximumCount) exercise ids"
        case .number, .integer:
            let what = kind == .integer ? "an integer" : "a number"
            let range =
                "\(what) from \(number(bounds.lowerBound)) to \(number(bounds.upperBound))\(unit.isEmpty ? "" : " \(unit)")"
            return maximumCount > 1 ? "a list of at most \(maximumCount) values, each \(range)" : range
        }
    }
}
