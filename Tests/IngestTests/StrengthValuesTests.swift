import Foundation
import HipBalanceCore
import Testing

@testable import Ingest

@Suite struct StrengthValuesTests {
    @Test(arguments: [
        ("31m", 1860.0), ("1h", 3600), ("1h 3m", 3780), ("1h 39min", 5940), ("59min", 3540), ("47h 7min", 169_620),
        ("45s", 45), ("0:01:00", 60), ("0:30:12", 1812), ("1:30", 90), ("1267", 1267), ("120.0", 120),
    ])
    func durations(text: String, seconds: Double) {
        #expect(StrengthValues.seconds(text) == seconds)
    }

    @Test(arguments: ["", "abc", "1h x", "5 parsecs", "1:2:3:4"])
    func badDurations(text: String) {
        #expect(StrengthValues.seconds(text) == nil)
    }

    @Test func floatArtefactsAreRounded() {
        #expect(StrengthValues.kilograms(149.99999999999997, unit: .lb) == 68.039)
        #expect(StrengthValues.kilograms(245.00000000000003, unit: .lb) == 111.13)
        #expect(StrengthValues.kilograms(6.80388555, unit: .kg) == 6.804)
        #expect(StrengthValues.kilograms(100, unit: .lb) == 45.359)
        #expect(StrengthValues.kilograms(102.5, unit: .kg) == 102.5)
    }

    @Test func numbersTrimSpacesAndAcceptDecimalCommas() {
        #expect(StrengthValues.number(" 5") == 5)
        #expect(StrengthValues.number("72,5") == 72.5)
        #expect(StrengthValues.number("") == nil)
        #expect(StrengthValues.number("abc") == nil)
        #expect(StrengthValues.reps(" 15.0") == 15)
    }

    @Test func units() {
        #expect(StrengthValues.weightUnit("kgs") == .kg)
        #expect(StrengthValues.weightUnit(" lbs") == .lb)
        #expect(StrengthValues.weightUnit("") == nil)
        #expect(StrengthValues.metres(perUnit: "mi.") == 1609.344)
        #expect(StrengthValues.metres(perUnit: "km") == 1000)
    }

    @Test func dateTimes() throws {
        let strong = try #require(StrengthValues.dateTime("2021-07-07 18:35:21"))
        #expect(strong.0.description == "2021-07-07T18:35:21")
        #expect(strong.offsetSeconds == nil)
        let twelveHour = try #require(StrengthValues.dateTime("2024-03-05 7:02:55\u{202F}PM"))
        #expect(twelveHour.0.description == "2024-03-05T19:02:55")
        let fitbod = try #require(StrengthValues.dateTime("2026-06-29 04:24:43 +0000"))
        #expect(fitbod.offsetSeconds == 0)
        #expect(StrengthValues.dateTime("03.09.2025")?.0.description == "2025-09-03T00:00:00")
        #expect(StrengthValues.dateTime("12/31/2025", slashOrder: .monthFirst)?.0.date.description == "2025-12-31")
        #expect(StrengthValues.dateTime("23/12/2025")?.0.date.description == "2025-12-23")
        #expect(StrengthValues.dateTime("2025-02-30 10:00:00") == nil)
        #expect(StrengthValues.dateTime("yesterday") == nil)
    }

    @Test func slashDateOrderIsInferredFromTheColumn() {
        #expect(StrengthValues.slashOrder(of: ["12/31/2025", "01/02/2026"]) == (.monthFirst, false))
        #expect(StrengthValues.slashOrder(of: ["23/12/2025", "01/02/2026"]) == (.dayFirst, false))
        #expect(StrengthValues.slashOrder(of: ["01/02/2026"]) == (.dayFirst, true))
        #expect(StrengthValues.slashOrder(of: ["2026-01-02"]) == (.dayFirst, false))
    }

    @Test(arguments: [
        ("8 Apr 2026, 16:50", "2026-04-08T16:50:00"), ("19 ago 2026, 14:20", "2026-08-19T14:20:00"),
        ("3 déc. 2025, 07:05", "2025-12-03T07:05:00"), ("1 Mär 2025, 9:00", "2025-03-01T09:00:00"),
    ])
    func hevyDates(text: String, expected: String) {
        #expect(StrengthValues.hevyDateTime(text)?.description == expected)
    }

    /// Unix seconds in 1970…3000 are read, fractions cut off; anything else is damage (nil),
    /// including values whose conversion to Int would trap.
    @Test func plausibleEpochSecondsLieBetween1970And3000() {
        #expect(StrengthValues.plausibleEpochSeconds(0) == 0)
        #expect(StrengthValues.plausibleEpochSeconds(1_767_600_000.9) == 1_767_600_000)
        #expect(StrengthValues.plausibleEpochSeconds(32_503_679_999) == 32_503_679_999)
        for damaged in [-0.5, 32_503_680_000, 1e300, -1e300, .infinity, .nan] {
            #expect(StrengthValues.plausibleEpochSeconds(damaged) == nil)
        }
    }

    @Test func utcTimesBecomeLocalInTheAthletesZone() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Paris"))
        let utc = try #require(StrengthValues.dateTime("2026-06-29 04:24:43 +0000"))
        let epoch = StrengthValues.epochSeconds(utc.0, offsetSeconds: 0)
        #expect(StrengthValues.wallClock(epochSeconds: epoch, in: zone).description == "2026-06-29T06:24:43")
        #expect(StrengthValues.wallClock(epochSeconds: epoch, in: nil).description == "2026-06-29T04:24:43")
    }
}
