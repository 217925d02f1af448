import Testing

@testable import Reports

@Suite struct FormatTests {
    @Test(arguments: [
        (0.0, "0.0"), (2.345, "2.3"), (12.0, "12.0"), (0.5, "0.50"), (0.0123, "0.012"), (0.00004, "0.0000"),
        (-0.0, "0.0"),
    ])
    func loadsKeepTwoSignificantDigitsBelowOne(_ value: Double, _ text: String) {
        #expect(Format.load(value) == text)
    }

    @Test(arguments: [(-0.0, "0.0"), (-0.04, "0.0"), (Double.nan, "—"), (Double.infinity, "—"), (1.26, "1.3")])
    func fixedNeverWritesMinusZeroOrNaN(_ value: Double, _ text: String) {
        #expect(Format.fixed(value, digits: 1) == text)
    }
}
