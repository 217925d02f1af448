import Analysis
import Foundation
import HipBalanceCore
import Testing

@testable import Reports

@Suite struct JSONRendererTests {
    private func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: ReportFixtures.all.map(\.name))
    func renderThenDecodeGivesTheSameReport(name: String) throws {
        let report = try #require(ReportFixtures.all.first { $0.name == name }?.report)
        let text = JSONReportRenderer().render(report)
        #expect(try JSONReportRenderer.decode(Data(text.utf8)) == report)
    }

    @Test func batchIssueKeysArePresentWithNullsForAbsentValues() throws {
        let json = try object(JSONReportRenderer().render(ReportFixtures.empty))
        #expect(json["schemaVersion"] as? Int == 1)
        #expect(json["asOf"] as? String == "2026-11-22")
        let athlete = try #require(json["athlete"] as? [String: Any])
        #expect(athlete["id"] as? String == "new-athlete")
        let risk = try #require(json["risk"] as? [String: Any])
        #expect(risk["band"] is NSNull)
        #expect(Set(risk.keys).isSuperset(of: ["band", "points", "confidence", "provisional", "factors"]))
        let balance = try #require(json["balance"] as? [String: Any])
        #expect(balance["ratio"] is NSNull && balance["enduranceRatio"] is NSNull && balance["strengthRatio"] is NSNull)
        let load = try #require(json["weeklyLoad"] as? [String: Any])
        #expect(Set(load.keys) == Set(MuscleGroup.allCases.map(\.rawValue)))
        let prescription = try #require(json["prescription"] as? [String: Any])
        #expect(
            Set(prescription.keys).isSuperset(of: [
                "gluteSets", "coreSets", "hipFlexorStretchMinutesPerSide", "hamstringStretchMinutesPerSide",
                "exercises",
            ]))
        let inputs = try #require(json["inputs"] as? [String: Any])
        #expect(inputs["rejectedFiles"] as? Int == 0)
        #expect(inputs["lastActivity"] is NSNull)
        #expect(
            Set(inputs.keys).isSuperset(of: [
                "activities", "strengthSets", "duplicatesDropped", "rejectedFiles", "unknownExercises",
            ]))
    }

    @Test func rejectedFilesAreCountedAndListed() throws {
        let json = try object(JSONReportRenderer().render(ReportFixtures.highRiskCyclist))
        let inputs = try #require(json["inputs"] as? [String: Any])
        #expect(inputs["rejectedFiles"] as? Int == 1)
        let rejected = try #require(inputs["rejected"] as? [[String: Any]])
        #expect(rejected.first?["line"] as? Int == 812)
        let risk = try #require(json["risk"] as? [String: Any])
        #expect(risk["band"] as? String == "very-high")
        let weeks = try #require(json["weeks"] as? [[String: Any]])
        #expect(weeks.count == 16 && weeks.first?["start"] as? String == "2026-08-03")
    }

    @Test func decodeRejectsAnotherSchemaVersion() throws {
        let text = JSONReportRenderer().render(ReportFixtures.balancedRunner)
            .replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 2")
        #expect(throws: DecodingError.self) { try JSONReportRenderer.decode(Data(text.utf8)) }
    }

    @Test func decodeRejectsMalformedJSON() {
        #expect(throws: DecodingError.self) { try JSONReportRenderer.decode(Data("{\"schemaVersion\": 1".utf8)) }
    }

    @Test func teamJSONListsAthletesMostAtRiskFirst() throws {
        let team = TeamOverview(
            teamName: nil, asOf: ReportFixtures.asOf, athletes: ReportFixtures.reports.reversed(),
            hipBalanceVersion: "9.9.9")
        let json = try object(TeamJSONRenderer().render(team))
        #expect(json["teamName"] is NSNull)
        #expect(json["hipBalanceVersion"] as? String == "9.9.9")
        let athletes = try #require(json["athletes"] as? [[String: Any]])
        #expect(
            athletes.map { $0["id"] as? String } == [
                "marko", "eva-tri", ReportFixtures.hostile.athleteID, "luka", "ana", "new-athlete",
            ])
        #expect(athletes.last?["band"] is NSNull && athletes.last?["ratio"] is NSNull)
    }
}
