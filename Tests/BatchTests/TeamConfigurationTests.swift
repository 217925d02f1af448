import Analysis
import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Batch

@Suite struct TeamConfigurationTests {
    static let full = """
        name: Riverside Running Club
        timeZone: Europe/Ljubljana
        defaultWeightUnit: kg
        model: {}
        exercises: []
        athletes:
          ana:
            name: Ana Novak
            aliases: [A. Novak]
            sex: female
            birthYear: 1990
            hrMax: 190
            hrRest: 50
            lthr: 172
            ftp: 250
            thresholdPace: "4:30"
            sittingHoursPerDay: 9
            lowBackPain: false
            thomasTestPositive: false
            strengthTraining: logged
            weightUnit: kg
            timeZone: Europe/Ljubljana
          bor:
        """

    @Test func readsEveryKeyOfTheIssueExample() throws {
        let config = try TeamConfiguration.parse(yaml: Self.full)
        #expect(config.name == "Riverside Running Club")
        #expect(config.timeZone == "Europe/Ljubljana")
        #expect(config.defaultWeightUnit == .kg)
        let ana = try #require(config.athletes["ana"])
        #expect(ana.aliases == ["A. Novak"])
        #expect(
            ana.settings
                == AthleteSettings(
                    name: "Ana Novak", sex: .female, birthYear: 1990, hrMax: 190, hrRest: 50, lthr: 172, ftp: 250,
                    thresholdPaceSecondsPerKm: 270, sittingHoursPerDay: 9, lowBackPain: false,
                    thomasTestPositive: false,
                    strengthTraining: .logged, weightUnit: .kg, timeZone: "Europe/Ljubljana"))
        #expect(config.athletes["bor"] == AthleteEntry())
    }

    @Test func strengthTrainingIsNoneOrLogged() throws {
        let none = try TeamConfiguration.parse(yaml: "athletes:\n  ana:\n    strengthTraining: none\n")
        #expect(none.athletes["ana"]?.settings.strengthTraining == StrengthTraining.none)
        #expect(throws: ConfigurationError.self) {
            try TeamConfiguration.parse(yaml: "athletes:\n  ana:\n    strengthTraining: sometimes\n")
        }
    }

    @Test func emptyDocumentIsTheDefaultConfiguration() throws {
        #expect(try TeamConfiguration.parse(yaml: "") == TeamConfiguration())
        #expect(try TeamConfiguration.parse(yaml: "# nothing\n") == TeamConfiguration())
    }

    @Test func modelOverridesBecomeSortedJSON() throws {
        let config = try TeamConfiguration.parse(yaml: "model:\n  zeta: 2\n  alpha: 0.5\n  flag: true\n")
        let json = try #require(config.modelOverridesJSON)
        #expect(String(decoding: json, as: UTF8.self) == #"{"alpha":0.5,"flag":true,"zeta":2}"#)
        #expect(config.modelLine == 1)
    }

    /// YAML 1.1 base-60 scalars under `model:` are numbers (`1:30` is 90); a long one made Yams'
    /// integer reading trap (F3, found by `team-config`). It is now a number the parameter's
    /// range rejects, naming the key.
    @Test func baseSixtyNumbersInModelOverridesNeverTrap() throws {
        let config = try TeamConfiguration.parse(yaml: "model:\n  short: 1:30\n  long: 1:2:3:4:5:6:7:8:9:10:11:12\n")
        let json = String(decoding: try #require(config.modelOverridesJSON), as: UTF8.self)
        #expect(json.hasPrefix(#"{"long":"#) && json.hasSuffix(#","short":90}"#), "\(json)")
        let overrides = try #require(
            TeamConfiguration.parse(yaml: "model:\n  kEndurance: 1:2:3:4:5:6:7:8:9:10:11:12\n").modelOverridesJSON)
        #expect {
            try ModelParameters.defaults.applying(overridesJSON: overrides)
        } throws: { error in
            (error as? ModelParametersError)?.key == "kEndurance"
        }
    }

    /// F4 (found by `team-config`): a pace whose minutes overflow when multiplied by 60 trapped;
    /// the minutes are checked against the pace range first, so it is an error naming the key.
    @Test func aHugeThresholdPaceIsAnErrorNeverATrap() {
        #expect(throws: ConfigurationError.self) {
            try TeamConfiguration.parse(yaml: "athletes:\n  a:\n    thresholdPace: \"461293163377076028:30\"\n")
        }
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var yaml: String
        var key: String
        var athlete: String?
        var line: Int
        var fragment: String
        var testDescription: String { key.isEmpty ? fragment : key }
    }

    static let badCases: [BadCase] = [
        BadCase(
            yaml: "athletes:\n  ana:\n    sitingHours: 9\n", key: "athletes.ana.sitingHours", athlete: "ana", line: 3,
            fragment: "did you mean 'sittingHoursPerDay'"),
        BadCase(yaml: "nme: X\n", key: "nme", athlete: nil, line: 1, fragment: "did you mean 'name'"),
        BadCase(
            yaml: "athletes:\n  ana:\n    sex: other\n", key: "athletes.ana.sex", athlete: "ana", line: 3,
            fragment: "expected female or male"),
        BadCase(
            yaml: "athletes:\n  ana:\n    hrMax: fast\n", key: "athletes.ana.hrMax", athlete: "ana", line: 3,
            fragment: "expected a number"),
        BadCase(
            yaml: "athletes:\n  ana:\n    hrMax: \"190\"\n", key: "athletes.ana.hrMax", athlete: "ana", line: 3,
            fragment: "expected a number"),
        BadCase(
            yaml: "athletes:\n  ana:\n    hrMax: 400\n", key: "athletes.ana.hrMax", athlete: "ana", line: 3,
            fragment: "from 100 to 250"),
        BadCase(
            yaml: "athletes:\n  ana:\n    birthYear: 1990.5\n", key: "athletes.ana.birthYear", athlete: "ana", line: 3,
            fragment: "whole number"),
        BadCase(
            yaml: "athletes:\n  ana:\n    thresholdPace: \"4:75\"\n", key: "athletes.ana.thresholdPace", athlete: "ana",
            line: 3, fragment: "m:ss"),
        BadCase(
            yaml: "athletes:\n  ana:\n    lowBackPain: maybe\n", key: "athletes.ana.lowBackPain", athlete: "ana",
            line: 3, fragment: "true or false"),
        BadCase(
            yaml: "athletes:\n  ana:\n    hrMax: 110\n    hrRest: 115\n", key: "athletes.ana.hrRest", athlete: "ana",
            line: 3, fragment: "below hrMax"),
        BadCase(yaml: "timeZone: Mars/Olympus\n", key: "timeZone", athlete: nil, line: 1, fragment: "IANA time zone"),
        BadCase(
            yaml: "defaultWeightUnit: stone\n", key: "defaultWeightUnit", athlete: nil, line: 1, fragment: "kg or lb"),
        BadCase(yaml: "athletes: [ana, bor]\n", key: "athletes", athlete: nil, line: 1, fragment: "expected a mapping"),
        BadCase(yaml: "name: A\nname: B\n", key: "name", athlete: nil, line: 1, fragment: "more than once"),
        BadCase(
            yaml: "exercises: {a: 1}\n", key: "exercises", athlete: nil, line: 1, fragment: "list of catalogue entries"),
        BadCase(yaml: "name: [unclosed\n", key: "", athlete: nil, line: 2, fragment: "a list in [ ] is not closed"),
    ]

    @Test(arguments: badCases)
    func rejectsWithKeyAthleteAndLine(_ bad: BadCase) {
        #expect {
            _ = try TeamConfiguration.parse(yaml: bad.yaml, file: "team.yaml")
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.key == bad.key && error.athlete == bad.athlete && error.line == bad.line
                && error.description.contains(bad.fragment) && error.description.hasPrefix("team.yaml:\(bad.line)")
        }
    }

    @Test func errorDescriptionNamesAthleteAndKey() {
        let error = ConfigurationError(
            file: "team.yaml", key: "athletes.ana.x", athlete: "ana", line: 4, column: 5, message: "unknown key")
        #expect(error.description == "team.yaml:4:5: athlete ana: key 'athletes.ana.x': unknown key")
    }
}

@Suite struct TeamConfigurationSchemaTests {
    static func schema() throws -> [String: Any] {
        let url = PackageRoot.url.appendingPathComponent("Schemas/team-config.schema.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func schemaListsExactlyTheKeysTheReaderAccepts() throws {
        let schema = try Self.schema()
        let top = try #require(schema["properties"] as? [String: Any])
        #expect(Set(top.keys) == Set(TeamConfiguration.topLevelKeys))
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let athlete = try #require(definitions["athlete"] as? [String: Any])
        let athleteProperties = try #require(athlete["properties"] as? [String: Any])
        #expect(Set(athleteProperties.keys) == Set(TeamConfiguration.athleteKeys))
        #expect(schema["additionalProperties"] as? Bool == false)
        #expect(athlete["additionalProperties"] as? Bool == false)
    }
}
