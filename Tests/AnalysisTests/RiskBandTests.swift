import Testing

@testable import Analysis

@Suite struct RiskBandTests {
    @Test func bandsAreOrderedBySeverity() {
        #expect(RiskBand.low < .moderate && RiskBand.moderate < .high && RiskBand.high < .veryHigh)
        #expect(RiskBand.veryHigh.rawValue == "very-high")
    }
}
