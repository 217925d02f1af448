import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

@Suite struct TimestampTests {
    static func parse(_ text: String) -> Timestamp.Instant? {
        Array(text.utf8).withUnsafeBufferPointer { Timestamp.parse($0) }
    }

    @Test(arguments: [
        ("2020-12-02T09:08:34Z", 1_606_900_114.0, false),
        ("2020-06-01T14:52:40.000Z", 1_591_023_160.0, false),
        ("2014-01-17T08:33:11.150Z", 1_389_947_591.15, false),
        ("2020-09-04T09:25:50.116000Z", 1_599_211_550.116, false),
        ("2022-11-12T15:58:25.849800+00:00", 1_668_268_705.8498, false),
        ("2010-04-02T16:47:09.2+02:00", 1_270_219_629.2, false),
        ("2021-01-07T21:51:59.179+01:15", 1_610_051_819.179, false),
        ("2021-10-10T09:55:20.952", 1_633_859_720.952, true),
        ("2019-09-20T14:10:03.123456789Z", 1_568_988_603.123456789, false),
        ("  2019-09-20T14:10:03Z\n", 1_568_988_603.0, false),
        ("2019-09-20T14:10:03-0400", 1_569_003_003.0, false),
        ("1901-12-13T20:45:52.2073437Z", -2_147_483_647.7926563, false),
    ])
    func parsesRealWorldForms(_ text: String, _ expected: Double, _ zoneAssumed: Bool) throws {
        let instant = try #require(Self.parse(text))
        #expect(abs(instant.seconds - expected) < 1e-5)
        #expect(instant.zoneAssumed == zoneAssumed)
    }

    @Test(arguments: [
        "", "null", "Jan 5 2012, 14:56:11", "2020-13-01T00:00:00Z", "2020-01-01T00:00:00.Z", "2020-01-01T00:00:00Zx",
        "2020-01-01",
    ])
    func rejectsOtherText(_ text: String) {
        #expect(Self.parse(text) == nil)
    }

    @Test func formatsWithMillisecondsOnlyWhenPresent() {
        #expect(Timestamp.iso8601(1_606_900_114) == "2020-12-02T09:08:34Z")
        #expect(Timestamp.iso8601(1_580_919_915.909) == "2020-02-05T16:25:15.909Z")
    }
}

@Suite struct NumberTests {
    static func parse(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { Numbers.parseDouble($0) }
    }

    @Test(arguments: [
        ("37.24173816852271556854248046875", 37.24173816852271556854248046875),
        ("2.37836508857840289721252702292986214160919189453125", 2.378365088578403),
        ("-20.200000762939453", -20.200000762939453), ("111", 111), (" 22.0 ", 22), ("+5", 5), ("1e3", 1000),
        ("0.000001", 0.000001), (".5", 0.5),
    ])
    func parsesDecimals(_ text: String, _ expected: Double) throws {
        let value = try #require(Self.parse(text))
        #expect(abs(value - expected) <= 1e-12 * max(1, abs(expected)))
    }

    @Test(arguments: ["null", "", "  ", "12abc", "-", ".", "nan", "inf"])
    func rejectsNonNumbers(_ text: String) {
        #expect(Self.parse(text) == nil)
    }

    @Test func haversineOfOneDegreeOfLatitude() {
        let d = Numbers.haversineMeters(latitude1: 45, longitude1: 7, latitude2: 46, longitude2: 7)
        #expect(abs(d - 111_195) < 10)
    }
}

@Suite struct SportMappingTests {
    @Test(arguments: [
        ("Running", Sport.running), ("running", .running), ("RUNNING", .running), ("Trail Running", .running),
        ("9", .running), ("Biking", .cycling), ("cycling", .cycling), ("1", .cycling), ("mountain biking", .cycling),
        ("road_biking", .cycling), ("VirtualRide", .cycling), ("Other", .other), ("alpineTour", .other),
        ("Swimming", .swimming), ("open_water_swimming", .swimming), ("walking", .walking), ("Hiking", .hiking),
        ("", .other), ("42", .other),
    ])
    func mapsLabels(_ label: String, _ sport: Sport) {
        #expect(SportMapping.sport(forLabel: label) == sport)
    }
}

@Suite struct SniffTests {
    @Test func recognisesRootsWhateverTheProlog() throws {
        #expect(ActivityReader.sniff(prefix: Data("<gpx version=\"1.1\">".utf8)) == .gpx)
        #expect(ActivityReader.sniff(prefix: Data("\u{FEFF}<?xml version='1.0'?>\n<!-- c -->\n<gpx>".utf8)) == .gpx)
        #expect(ActivityReader.sniff(prefix: Data("<?xml version=\"1.0\"?><ns2:gpx xmlns:ns2=\"x\">".utf8)) == .gpx)
        #expect(
            ActivityReader.sniff(prefix: Data("<?xml version=\"1.0\"?>\n<TrainingCenterDatabase\n xmlns=\"x\">".utf8))
                == .tcx)
        #expect(ActivityReader.sniff(prefix: Data("<!DOCTYPE gpx><gpx/>".utf8)) == .gpx)
        #expect(try ActivityReader.sniff(prefix: gzipped(Data("<TrainingCenterDatabase>".utf8))) == .tcx)
    }

    @Test func refusesEverythingElse() {
        #expect(ActivityReader.sniff(prefix: Data("Date,Workout Name,Exercise Name\n".utf8)) == nil)
        #expect(ActivityReader.sniff(prefix: Data("<?xml version=\"1.0\"?><Activities>".utf8)) == nil)
        #expect(ActivityReader.sniff(prefix: Data()) == nil)
        #expect(ActivityReader.sniff(prefix: Data([0x1F, 0x8B])) == nil)
    }
}
