import Analysis
import HipBalanceCore

/// Colours shared by the charts, badges and legends (readable on white and in greyscale print).
enum Palette {
    static func muscle(_ group: MuscleGroup) -> String {
        switch group {
        case .quads: "#d1495b"
        case .lowBack: "#f08c3a"
        case .glutes: "#2f6fd0"
        case .core: "#1b998b"
        case .hamstrings: "#8e5ad6"
        case .hipFlexors: "#c9a227"
        case .calves: "#8c959f"
        }
    }

    static let endurance = "#f08c3a"
    static let strength = "#2f6fd0"
    static let ratio = "#24292f"

    /// Strong colour of a band (badge, sparkline dot).
    static func band(_ band: RiskBand?) -> String {
        switch band {
        case .low: "#1a7f37"
        case .moderate: "#9a6700"
        case .high: "#bc4c00"
        case .veryHigh: "#cf222e"
        case nil: "#6e7781"
        }
    }

    /// Light tint of a band (chart shading).
    static func bandTint(_ band: RiskBand) -> String {
        switch band {
        case .low: "#dafbe1"
        case .moderate: "#fff5c2"
        case .high: "#ffe2c6"
        case .veryHigh: "#ffd8d3"
        }
    }
}
