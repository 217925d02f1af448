import Testing

@testable import Reports

@Suite struct DeterminismTests {
    @Test(arguments: ReportFixtures.all.map(\.name))
    func renderingTwiceGivesTheSameBytes(name: String) throws {
        let report = try #require(ReportFixtures.all.first { $0.name == name }?.report)
        for renderer in SampleOutput.athleteRenderers {
            #expect(renderer.render(report) == renderer.render(report), "\(renderer.fileName)")
        }
    }

    @Test func teamDocumentsDoNotDependOnTheOrderAthletesArrive() {
        var shuffled = SampleOutput.team
        shuffled.athletes = [3, 0, 5, 1, 4, 2].map { SampleOutput.team.athletes[$0] }
        for renderer in SampleOutput.teamRenderers {
            #expect(renderer.render(shuffled) == renderer.render(SampleOutput.team), "\(renderer.fileName)")
        }
    }
}
