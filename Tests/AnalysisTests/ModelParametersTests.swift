import Foundation
import Testing

@testable import Analysis

/// Overrides by name from the team config.
@Suite struct ModelParametersTests {
    func apply(_ json: String) throws -> ModelParameters {
        try ModelParameters.defaults.applying(overridesJSON: Data(json.utf8))
    }

    @Test func emptyOverridesKeepTheDefaults() throws {
        #expect(try apply("{}") == .defaults)
        try ModelParameters.defaults.validate()
    }

    @Test func overridesApplyByName() throws {
        let result = try apply(
            #"{"kEndurance": 0.12, "balanceCutoffs": [1.5, 2, 3.5], "acuteDays": 5, "runFlat": {"quads": 0.25}}"#)
        #expect(result.kEndurance == 0.12)
        #expect(result.balanceCutoffs == [1.5, 2, 3.5])
        #expect(result.acuteDays == 5)
        #expect(result.runFlat.quads == 0.25)
        #expect(result.runFlat.glutes == ModelParameters.defaults.runFlat.glutes)
        #expect(result.rideSeated == ModelParameters.defaults.rideSeated)
    }

    @Test(arguments: [
        (#"{"kEndurace": 0.1}"#, "kEndurace"),
        (#"{"kEndurance": "high"}"#, "kEndurance"),
        (#"{"acuteDays": 2.5}"#, "acuteDays"),
        (#"{"balanceCutoffs": [1.5, "x", 3]}"#, "balanceCutoffs[1]"),
        (#"{"balanceCutoffs": [3, 2, 1]}"#, "balanceCutoffs"),
        (#"{"runFlat": {"knees": 0.1}}"#, "runFlat.knees"),
        (#"{"runFlat": 0.3}"#, "runFlat"),
        (#"{"runFlat": {"quads": -0.1}}"#, "runFlat"),
        (#"{"rpeTSSPerHour": [30, 50]}"#, "rpeTSSPerHour"),
        (#"{"qPace": 1.5}"#, "qPace"),
        (#"{"minimumHistoryDays": 0}"#, "minimumHistoryDays"),
        (#"{"gradeWindowBlocks": 4}"#, "gradeWindowBlocks"),
        (#"[1, 2]"#, "model"),
        (#"{"kEndurance": 0.1"#, "model"),
    ])
    func badOverridesNameTheKey(json: String, key: String) {
        do {
            _ = try apply(json)
            Issue.record("expected an error for \(json)")
        } catch let error as ModelParametersError {
            #expect(error.key == key)
            #expect(error.description.hasPrefix("model parameter \(key): "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func parametersRoundTripThroughJSON() throws {
        let data = try JSONEncoder().encode(ModelParameters.defaults)
        #expect(try JSONDecoder().decode(ModelParameters.self, from: data) == .defaults)
    }
}
