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
        .activities(
            ActivityFile(
                format: .tcx,
                activities: [
                    Activity(
                        summary: ActivitySummary(
                            sport: .cycling, start: Date(timeIntervalSince1970: 1_700_000_000.5), elapsedSeconds: 60,
                            movingSeconds: 58.5, distanceMeters: 200.25, points: 60,
                            heartRate: HeartRateStats(mean: 150, max: 170)),
                        blocks: blocks, perceivedExertion: 6, source: "a/ride.tcx"),
                    Activity(
                        summary: ActivitySummary(
                            sport: .running, start: nil, elapsedSeconds: 0, movingSeconds: 0, distanceMeters: 0,
                            points: 0)),
                ],
                warnings: [
                    Diagnostic(
                        .warning, "ignored 1 unparsable heart rate value",
                        at: SourceLocation(source: "a/ride.tcx", line: 3)),
                    Diagnostic(
                        .warning, "the FIT file checksum does not match",
                        at: SourceLocation(source: "a/ride.tcx", byteOffset: 769)),
                    Diagnostic(.note, "nothing wrong", at: SourceLocation(source: "a/ride.tcx", line: 4, column: 2)),
                ])),
        .activities(ActivityFile(format: .gpx, activities: [], emptyReason: "route only")),
        .strength(StrengthLog(format: .strong, sessions: [], weightUnit: .kg)),
        .strength(
            StrengthLog(
                format: .hevy,
                sessions: [
                    StrengthSession(
                        start: LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 2), hour: 18, minute: 5),
                        name: "Legs",
                        sets: [
                            StrengthSet(
                                time: LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 2), hour: 18, minute: 5),
                                exerciseName: "Hip Thrust (Barbell)", exerciseID: "hip-thrust-barbell", kind: .warmup,
                                reps: 10,
                                loadKilograms: 60.5, rpe: 6.5, line: 4),
                            StrengthSet(
                                time: LocalDateTime(
                                    date: LocalDate(year: 2026, month: 3, day: 2), hour: 18, minute: 20),
                                exerciseName: "Plänk ✓", kind: .failure, rir: 0, durationSeconds: 45, distanceMeters: 20
                            ),
                        ],
                        cardio: [
                            CardioEntry(
                                time: LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 2)), exerciseName: "Row",
                                durationSeconds: 300)
                        ],
                        perceivedExertion: 7, source: "a/hevy.csv", athlete: "ana"),
                    StrengthSession(
                        start: LocalDateTime(date: LocalDate(year: 1969, month: 12, day: 31), hour: 23, minute: 59)),
                ],
                weightUnit: .mixed,
                rowErrors: [IngestError("bad reps", at: SourceLocation(source: "a/hevy.csv", line: 9, column: 5))],
                warnings: [Diagnostic(.warning, "assumed kg", at: SourceLocation(source: "a/hevy.csv"))])),
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

    @Test func packedLayoutCoversEveryStoredPropertyOfAStrengthSet() throws {
        // A new StrengthSet property must be added to PackedSets (and the version bumped).
        let set = StrengthSet(time: LocalDateTime(date: LocalDate(year: 2026, month: 1, day: 1)), exerciseName: "Plank")
        #expect(Mirror(reflecting: set).children.count == 12)
    }

    @Test(arguments: [0, 3, 9, 20])
    func damagedPayloadsAreErrorsNotCrashes(_ cut: Int) throws {
        // An activity file with packed blocks and a strength log with packed sets.
        for parsed in [Self.cases[0], Self.cases[3]] {
            let data = try CachePayload.encode(parsed)
            #expect(throws: (any Error).self) { try CachePayload.decode(data.prefix(data.count - 1 - cut)) }
        }
        #expect(throws: (any Error).self) { try CachePayload.decode(Data("{\"rejected\":{}}".utf8)) }
    }
}
