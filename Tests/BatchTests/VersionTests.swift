import Testing

@testable import Batch

@Suite struct VersionTests {
    @Test func versionIsSemantic() {
        #expect(hipBalanceVersion.split(separator: ".").count == 3)
    }
}
