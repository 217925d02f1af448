import Testing

@testable import Ingest

@Suite struct ParserVersionTests {
    @Test func versionsArePositive() {
        #expect(ParserVersion.activity > 0 && ParserVersion.strength > 0)
    }
}
