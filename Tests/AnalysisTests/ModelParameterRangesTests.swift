import Foundation
import Testing

@testable import Analysis

/// D2: every `model:` key has a documented valid range, checked before use.
@Suite struct ModelParameterRangesTests {
    func apply(_ json: String) throws -> ModelParameters {
        try ModelParameters.defaults.applying(overridesJSON: Data(json.utf8))
    }

    /// Fails when a parameter is added without a range (or a range outlives its parameter).
    @Test func everyParameterHasARangeAndTheDefaultsAreInside() throws {
        let encoded = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(ModelParameters.defaults)) as? [String: Any])
        #expect(Set(encoded.keys) == Set(ModelParameters.validRanges.keys))
        try ModelParameters.defaults.validate()
    }

    /// The overrides that crashed the release binary (allocation failure, Double→Int trap,
    /// overflow) are errors naming the key and its range.
    @Test(arguments: [
        ("{\"acuteDays\": 2000000000}", "acuteDays"),
        ("{\"acuteDays\": 9223372036854775807}", "acuteDays"),
        ("{\"chronicSmoothingDays\": 4000000000}", "chronicSmoothingDays"),
        ("{\"startingSets\": 1e300}", "startingSets"),
        ("{\"maximumStretchMinutesPerDay\": 1e-300}", "maximumStretchMinutesPerDay"),
        ("{\"historyWeeks\": 9223372036854775807}", "historyWeeks"),
        ("{\"runFlat\": {\"quads\": 1e308}}", "runFlat"),
        ("{\"rpeTSSPerHour\": [1, 2, 3, 4, 5, 1e300]}", "rpeTSSPerHour"),
        ("{\"correctiveReps\": -1}", "correctiveReps"),
    ])
    func absurdOverridesNameKeyAndRange(json: String, key: String) {
        do {
            _ = try apply(json)
            Issue.record("accepted \(json)")
        } catch let error as ModelParametersError {
            #expect(error.key == key)
            #expect(error.message.contains("from"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func valuesAtTheBoundsAreAccepted() throws {
        #expect(try apply("{\"acuteDays\": 90}").acuteDays == 90)
        #expect(try apply("{\"maximumStretchMinutesPerDay\": 0.5}").maximumStretchMinutesPerDay == 0.5)
    }

    @Test func rangesReadAsSentences() {
        #expect(ModelParameters.validRanges["acuteDays"]?.description == "an integer from 1 to 90 days")
        #expect(ModelParameters.validRanges["acuteRollingMean"]?.description == "true or false")
    }
}
