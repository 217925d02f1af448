import Testing

@testable import Analysis

@Suite struct TextFormattingTests {
    @Test(arguments: [
        (0.0, "0.0"), (2.345, "2.3"), (12.0, "12.0"), (0.5, "0.50"), (0.0123, "0.012"), (0.00004, "0.0000"),
    ])
    func loadsKeepTwoSignificantDigitsBelowOne(_ value: Double, _ text: String) {
        #expect(fmtLoad(value) == text)
    }
}
