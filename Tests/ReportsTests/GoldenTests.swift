import HipBalanceTestSupport
import Testing

@testable import Reports

/// Every format of every fixture against its golden file in `Golden/` (re-record with
/// `HIPBALANCE_RECORD=1`, review the diff, run again).
@Suite struct GoldenTests {
    @Test(arguments: ReportFixtures.all.map(\.name))
    func athleteDocumentsMatchTheirGoldenFiles(name: String) throws {
        let report = try #require(ReportFixtures.all.first { $0.name == name }?.report)
        for renderer in SampleOutput.athleteRenderers {
            Golden.check(renderer.render(report), named: "\(name)/\(renderer.fileName)")
        }
    }

    @Test func teamDocumentsMatchTheirGoldenFiles() {
        for renderer in SampleOutput.teamRenderers {
            Golden.check(renderer.render(SampleOutput.team), named: "team/\(renderer.fileName)")
        }
    }
}
