import Testing

@testable import Reports

@Suite struct AthleteReportTests {
    @Test func emptyInputsCountNothing() {
        let inputs = InputSummary()
        #expect(inputs.activities == 0 && inputs.rejectedFiles.isEmpty)
    }
}
