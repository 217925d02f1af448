import Foundation
import HipBalanceCore
import Testing

@testable import Batch

@Suite struct CachePayloadTests {
    static let blocks = [
        SeriesBlock(offsetSeconds: 0, durationSeconds: 30, movingSeconds: 28.5, distanceMeters: 101.25),
        SeriesBlock(
            offsetSeconds: 30, durationSeconds: 30, movingSeconds: 30, distanceMeters: 99, elevationChangeMeters: -1.5,
            heartRate: 151.2, power: 230, cadence: 88),
    ]

    static let cases: [ParsedInput] = [
        .activities(ActivityFile(
            format: .tcx,
            activities: [
                Activity(
                    summary: ActivitySummary(
                        sport: .cycling, start: Date(timeIntervalSince1970: 1_700_000_000.5), elapsedSeconds: 60,
                        movingSeconds: 58.5, distanceMeters: 200.25, points: 60, heartRate: HeartRateStats(mean: 150, max: 170)),
                    blocks: blocks, perceivedExertion: 6, source: "a/ride.tcx"),
                Activity(summary: ActivitySummary(sport: .running, start: nil, elapsedSeconds: 0, movingSeconds: 0, distanceMeters: 0, points: 0)),
            ],
            warnings: ["line 3: ignored"])),
        .activities(ActivityFile(format: .gpx, activities: [], emptyReason: "route only")),
        .strength(StrengthLog(format: .strong, sessions: [], weightUnit: .kg)),
        .rejected(IngestError("truncated", at: SourceLocation(source: "a.gpx", line: 3, column: 9))),
    ]

    @Test(arguments: cases)
    func roundTripsExactly(_ parsed: ParsedInput) throws {
        #expect(try CachePayload.decode(CachePayload.encode(parsed)) == parsed)
    }

    @Test func packedLayoutCoversEveryStoredPropertyOfASeriesBlock() {
        // A new SeriesBlock property must be added to the packed layout (and the version bumped).
        #expect(Mirror(reflecting: Self.blocks[0]).children.count == CachePayload.doublesPerBlock)
    }

    @Test(arguments: [0, 3, 9, 20])
    func damagedPayloadsAreErrorsNotCrashes(_ cut: Int) throws {
        let data = try CachePayload.encode(Self.cases[0])
        #expect(throws: (any Error).self) { try CachePayload.decode(data.prefix(data.count - 1 - cut)) }
        #expect(throws: (any Error).self) { try CachePayload.decode(Data("{\"rejected\":{}}".utf8)) }
    }
}
