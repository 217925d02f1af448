import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// Each trap of real FIT files, built on purpose with our own encoder.
@Suite struct FitDecoderTests {
    static let start: Int64 = 1_767_000_000  // 2025-12-29T09:20:00Z

    /// A 10-minute run, one record a second, 3 m/s, HR 140–149, cadence 85 strides/min.
    static func run(
        _ writer: inout FitActivityWriter, from start: Int64 = start, seconds: Int64 = 600, distanceOffset: Double = 0
    ) {
        for t in 0...seconds {
            writer.record(
                .init(
                    time: start + t, latitude: 46.05 + Double(t) * 0.000027, longitude: 14.5, altitude: 300,
                    distance: distanceOffset + Double(t) * 3, heartRate: 140 + t % 10, cadence: 85,
                    fractionalCadence: 64,
                    power: 250, speed: 3))
        }
    }

    static func simpleRun(bigEndian: Bool = false) -> FitActivityWriter {
        var w = FitActivityWriter(bigEndian: bigEndian)
        w.fileID(created: start)
        run(&w)
        w.lap(start: start, end: start + 600)
        w.session(
            .init(start: start, elapsed: 600, distance: 1800, sport: 1, averageHeartRate: 144, maximumHeartRate: 149))
        w.activity(at: start + 600, localOffsetSeconds: 3600)
        return w
    }

    static func read(_ data: Data) throws -> ActivityFile {
        try ActivityReader.read(data: data, source: "test.fit")
    }

    @Test func checksumIsCRC16ARC() {
        #expect(FitCRC.checksum(Array("123456789".utf8)) == 0xBB3D)
        #expect(FitEncoder.crc(Array("123456789".utf8)) == 0xBB3D)
        // Eight bytes at a time and byte by byte agree for every length and split point.
        var random = SplitMix64(seed: 10)
        let bytes = (0..<300).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 64, 299, 300] {
            let reference = FitEncoder.crc(Array(bytes.prefix(length)))
            #expect(FitCRC.checksum(Array(bytes.prefix(length))) == reference)
            let split = length / 3
            let continued = bytes.withUnsafeBytes { all in
                FitCRC.update(
                    FitCRC.update(0, UnsafeRawBufferPointer(rebasing: all[0..<split])),
                    UnsafeRawBufferPointer(rebasing: all[split..<length]))
            }
            #expect(continued == reference)
        }
    }

    @Test func timerStopAndStartEventsMakeAPause() throws {
        // Records every second for 12 minutes at running speed; the timer stopped from minute 5
        // to minute 7 (a watch that kept logging while paused): those 2 minutes are not moving.
        // Without a session message the records and timer events alone give the pause; with one,
        // the device's own timer time is reported (and agrees).
        for withSession in [false, true] {
            var w = FitActivityWriter()
            w.fileID(created: Self.start)
            w.timer(at: Self.start, type: 0)
            Self.run(&w, seconds: 300)
            w.timer(at: Self.start + 300, type: 4)
            Self.run(&w, from: Self.start + 301, seconds: 118, distanceOffset: 903)
            w.timer(at: Self.start + 420, type: 0)
            Self.run(&w, from: Self.start + 420, seconds: 300, distanceOffset: 1260)
            w.timer(at: Self.start + 720, type: 4)
            if withSession { w.session(.init(start: Self.start, elapsed: 720, timer: 600, distance: 2160, sport: 1)) }
            let a = try #require(try Self.read(w.bytes()).activities.first)
            #expect(abs(a.summary.elapsedSeconds - 720) <= 1, "session: \(withSession)")
            #expect(abs(a.summary.movingSeconds - 600) <= 2, "session: \(withSession)")
        }
    }

    @Test func aPoolSwimMovesOnlyDuringItsActiveLengths() throws {
        // 20 minutes in the pool without speed in the records: 16 lengths of 50 s swum, each
        // followed by 25 s at the wall (an idle length).
        var w = FitActivityWriter()
        w.fileID(created: Self.start)
        for t in Int64(0)...1200 { w.record(.init(time: Self.start + t, heartRate: 130)) }
        typealias F = FitEncoder.FieldSpec
        typealias B = FitEncoder.BaseType
        w.encoder.define(
            local: 9, global: 101,
            fields: [
                F(number: 253, size: 4, baseType: B.uint32), F(number: 2, size: 4, baseType: B.uint32),
                F(number: 3, size: 4, baseType: B.uint32), F(number: 4, size: 4, baseType: B.uint32),
                F(number: 12, size: 1, baseType: B.enumeration),
            ])
        for i in Int64(0)..<16 {
            let swim = Self.start + i * 75
            w.encoder.data(
                local: 9,
                [
                    253: .int(FitActivityWriter.fitTime(swim + 50)), 2: .int(FitActivityWriter.fitTime(swim)),
                    3: .int(50_000),
                    4: .int(50_000), 12: .int(1),
                ])
            w.encoder.data(
                local: 9,
                [
                    253: .int(FitActivityWriter.fitTime(swim + 75)), 2: .int(FitActivityWriter.fitTime(swim + 50)),
                    3: .int(25_000), 4: .int(25_000), 12: .int(0),
                ])
        }
        w.session(.init(start: Self.start, elapsed: 1200, distance: 800, sport: 5, subSport: 17))
        let a = try #require(try Self.read(w.bytes()).activities.first)
        #expect(a.summary.sport == .swimming)
        #expect(a.summary.elapsedSeconds == 1200)
        #expect(a.summary.movingSeconds == 800)
    }

    /// FIT sport / sub-sport onto our sports, with both FIT names in the label.
    @Test(arguments: [
        (Int64(1), Int64?(1), Sport.running, "running (treadmill)"),
        (1, 3, .running, "running (trail)"),
        (1, 45, .running, "running (indoor_running)"),
        (4, 1, .running, "fitness_equipment (treadmill)"),
        (2, 6, .cycling, "cycling (indoor_cycling)"),
        (2, 58, .cycling, "cycling (virtual_activity)"),
        (2, 46, .cycling, "cycling (gravel_cycling)"),
        (4, 6, .cycling, "fitness_equipment (indoor_cycling)"),
        (21, nil, .cycling, "e_biking"),
        (2, 47, .cycling, "cycling (e_bike_mountain)"),
        (5, 17, .swimming, "swimming (lap_swimming)"),
        (5, 18, .swimming, "swimming (open_water)"),
        (16, nil, .hiking, "mountaineering"),
        (10, 20, .other, "training (strength_training)"),
        (4, 14, .other, "fitness_equipment (indoor_rowing)"),
    ])
    func sportsAreMapped(sport: Int64, subSport: Int64?, expected: Sport, label: String) {
        #expect(FitSportMapping.sport(sport, subSport: subSport) == expected)
        #expect(FitSportMapping.label(sport, subSport: subSport) == label)
    }

    @Test func simpleRunGivesTheActivity() throws {
        let file = try Self.read(Self.simpleRun().bytes())
        #expect(file.format == .fit)
        #expect(file.warnings.isEmpty)
        let a = try #require(file.activities.first)
        #expect(file.activities.count == 1)
        #expect(a.summary.sport == .running)
        #expect(a.summary.sportLabel == "running")
        #expect(a.summary.start == Date(timeIntervalSince1970: Double(Self.start)))
        #expect(a.summary.elapsedSeconds == 600)
        #expect(abs(a.summary.distanceMeters - 1800) < 0.01)
        #expect(a.summary.points == 601)
        #expect(a.summary.laps == 1)
        #expect(a.summary.device == "Garmin Forerunner 965")
        // Running cadence is strides per minute: 85.5 per foot is 171 steps per minute.
        #expect(abs((a.summary.cadence?.mean ?? 0) - 171) < 0.01)
        #expect(a.summary.heartRate?.max == 149)
        #expect(a.summary.power?.mean == 250)
        #expect(abs(a.summary.ascentMeters) < 0.01)
        #expect(ActivityReader.sniff(prefix: Self.simpleRun().bytes().prefix(64)) == .fit)
    }

    @Test func sameActivityAsTheEquivalentTCX() throws {
        var tcx = """
            <?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
            <Activities><Activity Sport="Running"><Lap StartTime="2025-12-29T09:20:00Z"><Track>
            """
        for t in 0...600 {
            let time = Timestamp.iso8601(Double(Self.start + Int64(t)))
            tcx +=
                "<Trackpoint><Time>\(time)</Time><Position><LatitudeDegrees>\(46.05 + Double(t) * 0.000027)</LatitudeDegrees>"
            tcx += "<LongitudeDegrees>14.5</LongitudeDegrees></Position><AltitudeMeters>300</AltitudeMeters>"
            tcx +=
                "<DistanceMeters>\(Double(t) * 3)</DistanceMeters><HeartRateBpm><Value>\(140 + t % 10)</Value></HeartRateBpm>"
            tcx +=
                "<Cadence>85.5</Cadence><Extensions><TPX><Speed>3</Speed><Watts>250</Watts></TPX></Extensions></Trackpoint>"
        }
        tcx +=
            "</Track></Lap><Creator><Name>Garmin Forerunner 965</Name></Creator></Activity></Activities></TrainingCenterDatabase>"
        let fromTCX = try ActivityReader.read(data: Data(tcx.utf8), source: "test.fit").activities[0]
        let fromFIT = try Self.read(Self.simpleRun().bytes()).activities[0]
        #expect(fromFIT.blocks == fromTCX.blocks)
        var expected = fromTCX.summary
        expected.sportLabel = "running"
        // The mean heart rate is the session's own (whole bpm, as devices write it), not the records' 144.5.
        expected.heartRate?.mean = 144
        #expect(fromFIT.summary == expected)
    }

    @Test func bigEndianDefinitionsReadTheSame() throws {
        let little = try Self.read(Self.simpleRun().bytes())
        let big = try Self.read(Self.simpleRun(bigEndian: true).bytes())
        #expect(little == big)
    }

    @Test func twelveByteHeaderAndHeaderChecksumZero() throws {
        let reference = try Self.read(Self.simpleRun().bytes())
        #expect(try Self.read(Self.simpleRun().bytes(headerSize: 12)) == reference)
        #expect(try Self.read(Self.simpleRun().bytes(headerCRC: false)) == reference)
    }

    @Test func fileChecksumMismatchIsAWarning() throws {
        let file = try Self.read(Self.simpleRun().bytes(corruptCRC: true))
        #expect(file.activities.count == 1)
        #expect(
            file.warnings.contains { $0.message.contains("checksum does not match") && $0.location?.byteOffset != nil })
    }

    @Test func encodingWarningsCarryTheirByteOffsetAsALocation() throws {
        let bytes = Self.simpleRun().bytes(corruptCRC: true)
        let checksum = try #require(try Self.read(bytes).warnings.first { $0.message.contains("checksum") })
        // The file checksum is the last two bytes.
        #expect(
            checksum
                == Diagnostic(
                    .warning, "the FIT file checksum does not match; the records were kept",
                    at: SourceLocation(source: "test.fit", byteOffset: bytes.count - 2)))
        #expect(
            checksum.text()
                == "test.fit: byte \(bytes.count - 2): the FIT file checksum does not match; the records were kept")

        var w = FitActivityWriter()
        w.fileID(created: Self.start)
        Self.run(&w)
        let whole = w.bytes()
        let cut = try Self.read(Data(whole.prefix(whole.count - 20)))
        let truncation = try #require(cut.warnings.first { $0.message.contains("ends inside a data message") })
        let offset = try #require(truncation.location?.byteOffset)
        // The record that was cut starts in the last record's length before the cut.
        #expect(offset < whole.count - 20 && offset > whole.count - 20 - 64)
        #expect(truncation.severity == .warning && truncation.location?.line == nil)
        #expect(truncation.text(withPath: false).hasPrefix("byte \(offset): the file ends inside a data message"))
    }

    @Test func dataSizeZeroReadsToTheEnd() throws {
        let file = try Self.read(Self.simpleRun().bytes(dataSize: 0))
        #expect(file.activities.first?.summary.points == 601)
        #expect(file.warnings.contains { $0.message.contains("data size of 0") })
        #expect(!file.warnings.contains { $0.message.contains("checksum") })
    }

    @Test func truncatedInsideARecordKeepsTheRest() throws {
        var w = FitActivityWriter()
        w.fileID(created: Self.start)
        Self.run(&w)
        let bytes = w.bytes()
        let cut = bytes.prefix(bytes.count - 20)
        let file = try Self.read(Data(cut))
        let a = try #require(file.activities.first)
        #expect(a.summary.points > 590 && a.summary.points < 601)
        #expect(file.warnings.contains { $0.message.contains("ends inside") && $0.location?.byteOffset != nil })
        #expect(file.warnings.contains { $0.message.contains("no session message") })
    }

    @Test func undefinedLocalMessageEndsTheSegmentButNotTheFile() throws {
        var w = FitActivityWriter()
        w.fileID(created: Self.start)
        Self.run(&w, seconds: 100)
        w.encoder.raw([0x0C, 1, 2, 3])  // a data message of local type 12, never defined
        Self.run(&w, from: Self.start + 101, seconds: 50)
        var second = FitActivityWriter()
        second.fileID(created: Self.start)
        Self.run(&second, from: Self.start + 200, seconds: 100)
        let file = try Self.read(w.bytes() + second.bytes())
        #expect(file.warnings.contains { $0.message.contains("local message type 12") })
        // The first segment up to the bad record, then the whole second segment.
        #expect(file.activities.first?.summary.points == 101 + 101)
    }

    @Test func stringWithoutTerminatorAndMisalignedFieldSize() throws {
        var w = FitActivityWriter()
        w.fileID(manufacturer: 294, product: 802, productName: "COROS PACE 2 ABCDEF", created: Self.start)
        // A uint32 field of size 1 (COROS) and a uint16 field of size 3: read as bytes, never a crash.
        typealias F = FitEncoder.FieldSpec
        w.encoder.define(
            local: 9, global: 20,
            fields: [
                F(number: 253, size: 4, baseType: FitEncoder.BaseType.uint32),
                F(number: 3, size: 1, baseType: FitEncoder.BaseType.uint8),
                F(number: 5, size: 1, baseType: FitEncoder.BaseType.uint32),
                F(number: 7, size: 3, baseType: FitEncoder.BaseType.uint16),
            ])
        for t in Int64(0)...60 {
            w.encoder.data(
                local: 9,
                [253: .int(FitActivityWriter.fitTime(Self.start + t)), 3: .int(120), 5: .raw([7]), 7: .raw([1, 2, 3])])
        }
        let file = try Self.read(w.bytes())
        let a = try #require(file.activities.first)
        #expect(a.summary.device == "COROS PACE 2 ABC")
        #expect(a.summary.heartRate?.mean == 120)
        #expect(a.summary.points == 61)
    }

    @Test func compressedTimestamps() throws {
        var w = FitActivityWriter()
        w.fileID(created: Self.start)
        typealias F = FitEncoder.FieldSpec
        // One full timestamp, then compressed headers (local 2, 5-bit offsets that roll over).
        w.encoder.define(local: 2, global: 20, fields: [F(number: 3, size: 1, baseType: FitEncoder.BaseType.uint8)])
        w.encoder.define(
            local: 3, global: 20,
            fields: [
                F(number: 253, size: 4, baseType: FitEncoder.BaseType.uint32),
                F(number: 3, size: 1, baseType: FitEncoder.BaseType.uint8),
            ])
        w.encoder.data(local: 3, [253: .int(FitActivityWriter.fitTime(Self.start)), 3: .int(100)])
        var t = FitActivityWriter.fitTime(Self.start)
        for _ in 0..<100 {
            t += 2
            w.encoder.compressed(local: 2, timeOffset: UInt8(t & 0x1F), [3: .int(150)])
        }
        let file = try Self.read(w.bytes())
        let a = try #require(file.activities.first)
        #expect(a.summary.elapsedSeconds == 200)
        #expect(a.summary.points == 101)
        #expect(a.summary.heartRate?.max == 150)
    }

    @Test func chainedSegmentsWithHeartRateFromTheStrap() throws {
        // A pool swim without HR in its records; the strap's HR follows in a chained segment.
        var w = FitActivityWriter()
        w.fileID(created: Self.start)
        for t in Int64(0)...300 { w.record(.init(time: Self.start + t, distance: Double(t))) }
        w.session(.init(start: Self.start, elapsed: 300, distance: 300, sport: 5, subSport: 17))
        var strap = FitEncoder()
        typealias F = FitEncoder.FieldSpec
        strap.define(
            local: 0, global: 132,
            fields: [
                F(number: 253, size: 4, baseType: FitEncoder.BaseType.uint32),
                F(number: 9, size: 20, baseType: FitEncoder.BaseType.uint32),
                F(number: 6, size: 5, baseType: FitEncoder.BaseType.uint8),
            ])
        // Strap clock: event time 1000 s (x1024) is the swim start.
        for chunk in 0..<61 {
            let events = (0..<5).map { Int64((1000 + chunk * 5 + $0) * 1024) }
            var values: [UInt8: FitEncoder.Value] = [9: .ints(events), 6: .ints((0..<5).map { _ in 130 })]
            if chunk == 0 { values[253] = .int(FitActivityWriter.fitTime(Self.start)) }
            strap.data(local: 0, values)
        }
        let file = try Self.read(w.bytes() + Data(strap.segment()))
        let a = try #require(file.activities.first)
        #expect(a.summary.sport == .swimming)
        #expect(a.summary.sportLabel == "swimming (lap_swimming)")
        #expect(a.summary.heartRate?.mean == 130)
        #expect(file.warnings.isEmpty)
    }

    @Test func multisportSummaryLastGivesOneActivityPerLegWithoutTransitions() throws {
        var w = FitActivityWriter()
        w.fileID(created: Self.start)
        Self.run(&w, from: Self.start, seconds: 300)  // "bike" leg
        Self.run(&w, from: Self.start + 301, seconds: 60, distanceOffset: 900)  // transition
        Self.run(&w, from: Self.start + 362, seconds: 300, distanceOffset: 1100)  // run leg
        w.session(.init(start: Self.start, elapsed: 300, distance: 900, sport: 2))
        w.session(.init(start: Self.start + 301, elapsed: 60, distance: 180, sport: 3))
        w.session(.init(start: Self.start + 362, elapsed: 300, distance: 900, sport: 1))
        let summaryLast = try Self.read(w.bytes())
        #expect(summaryLast.activities.map(\.summary.sport) == [.cycling, .running])
        #expect(summaryLast.activities.map(\.summary.points) == [301, 301])
        #expect(summaryLast.activities.map(\.summary.elapsedSeconds) == [300, 300])

        var first = FitActivityWriter()
        first.fileID(created: Self.start)
        first.session(.init(start: Self.start, elapsed: 300, distance: 900, sport: 2))
        first.session(.init(start: Self.start + 301, elapsed: 60, distance: 180, sport: 3))
        first.session(.init(start: Self.start + 362, elapsed: 300, distance: 900, sport: 1))
        Self.run(&first, from: Self.start, seconds: 300)
        Self.run(&first, from: Self.start + 301, seconds: 60, distanceOffset: 900)
        Self.run(&first, from: Self.start + 362, seconds: 300, distanceOffset: 1100)
        let summaryFirst = try Self.read(first.bytes())
        #expect(summaryFirst.activities == summaryLast.activities)
    }

    @Test func deviceTimeWithoutCorrelationIsUntimedAndFlagged() throws {
        var w = FitActivityWriter()
        w.fileID(created: FitEncoder.epoch + 16_441_241)
        for t in Int64(0)...60 {
            w.record(.init(time: FitEncoder.epoch + 16_441_241 + t, distance: Double(t) * 3, heartRate: 140))
        }
        let file = try Self.read(w.bytes())
        let a = try #require(file.activities.first)
        #expect(a.summary.start == nil)
        #expect(a.summary.elapsedSeconds == 0)
        let warning = try #require(file.warnings.first { $0.message.contains("device time") })
        // The activity is the warning's place (FIT sessions counted from 1), not part of its text.
        #expect(warning.location?.activity == 1 && !warning.message.hasPrefix("activity"))
        #expect(warning.text(withPath: false).hasPrefix("activity 1: the records carry device time"))
    }

    @Test func clockStepsBackNeverGiveNegativeDurations() throws {
        var w = FitActivityWriter()
        w.fileID(created: Self.start)
        for t in Int64(0)...100 { w.record(.init(time: Self.start + t, distance: Double(t) * 3)) }
        for t in Int64(50)...60 { w.record(.init(time: Self.start + t, distance: 300 + Double(t))) }
        for t in Int64(0)...10 { w.record(.init(time: Self.start + 20 * 86_400 + t, distance: 400 + Double(t) * 3)) }
        let file = try Self.read(w.bytes())
        let a = try #require(file.activities.first)
        #expect(a.summary.elapsedSeconds >= 0 && a.summary.movingSeconds >= 0)
        #expect(a.blocks.allSatisfy { $0.durationSeconds >= 0 })
        #expect(file.warnings.contains { $0.message.contains("earlier than the record before") })
    }

    @Test func developerFieldRunningPower() throws {
        var w = FitActivityWriter()
        w.fileID(created: Self.start)
        typealias F = FitEncoder.FieldSpec
        typealias B = FitEncoder.BaseType
        // developer_data_id and a field_description naming field 0 of developer 0 "Power" in watts.
        w.encoder.define(local: 7, global: 207, fields: [F(number: 3, size: 1, baseType: B.uint8)])
        w.encoder.data(local: 7, [3: .int(0)])
        w.encoder.define(
            local: 8, global: 206,
            fields: [
                F(number: 0, size: 1, baseType: B.uint8), F(number: 1, size: 1, baseType: B.uint8),
                F(number: 2, size: 1, baseType: B.uint8), F(number: 3, size: 16, baseType: B.string),
                F(number: 8, size: 8, baseType: B.string),
            ])
        w.encoder.data(local: 8, [0: .int(0), 1: .int(0), 2: .int(0x84), 3: .text("Power"), 8: .text("Watts")])
        w.encoder.define(
            local: 9, global: 20, fields: [F(number: 253, size: 4, baseType: B.uint32)],
            developer: [(number: 0, size: 2, index: 0)])
        for t in Int64(0)...120 {
            // 300 W, little-endian.
            w.encoder.data(local: 9, [253: .int(FitActivityWriter.fitTime(Self.start + t))], developer: [[0x2C, 0x01]])
        }
        let a = try #require(try Self.read(w.bytes()).activities.first)
        #expect(a.summary.power?.mean == 300)
    }

    @Test(
        arguments: [
            (Int64(1), Int64(3121), nil, "Garmin Edge 530"), (1, 3992, nil, "Garmin Forerunner 255"),
            (1, 9999, nil, "Garmin"), (289, 1, "Karoo 2", "Hammerhead Karoo 2"),
            (294, 802, "COROS PACE 2", "COROS PACE 2"),
            (255, 0, "BingiWatch", "BingiWatch"),
        ] as [(Int64, Int64, String?, String)])
    func deviceNames(_ manufacturer: Int64, _ product: Int64, _ name: String?, _ expected: String) {
        #expect(FitDeviceNames.name(manufacturer: manufacturer, product: product, productName: name) == expected)
    }

    @Test func nonActivityFileIsNotTrainingData() throws {
        var w = FitActivityWriter()
        w.fileID(type: 32, created: Self.start)
        let file = try Self.read(w.bytes())
        #expect(file.activities.isEmpty)
        #expect(file.emptyReason == "FIT monitoring file, not training data")
    }

    @Test func notFitAndEmptyAreErrors() {
        #expect(throws: IngestError.self) { try Self.read(Data([14, 0x20, 0, 0, 0, 0, 0, 0, 0x2E, 0x46, 0x49])) }
        var bad = Self.simpleRun().bytes()
        bad[9] = 0x58
        #expect(throws: IngestError.self) { try Self.read(bad) }
    }

    @Test func gzipFormReadsTheSame() throws {
        let plain = Self.simpleRun().bytes()
        let compressed = try gzipped(plain)
        #expect(ActivityReader.sniff(prefix: compressed) == .fit)
        #expect(try Self.read(compressed) == Self.read(plain))
        // Truncated gzip: the records before the damage are kept, with a warning at the byte of
        // the FIT data where the damage cut it.
        let cut = try Self.read(compressed.prefix(compressed.count / 2))
        let warning = try #require(cut.warnings.first { $0.message.contains("gzip") })
        #expect(
            warning.message
                == "gzip data ends before the end of the compressed stream; the FIT records before it were kept"
        )
        let offset = try #require(warning.location?.byteOffset)
        #expect(offset > 0 && offset < plain.count)
        #expect(warning.text() == "test.fit: byte \(offset): \(warning.message)")
        // The same through the in-memory FIT reader.
        let direct = try FitReader.read(data: compressed.prefix(compressed.count / 2), source: "test.fit").file
        #expect(direct.warnings.first { $0.message.contains("gzip") }?.location?.byteOffset == offset)
    }

    @Test func fileHandleReadsTheSameAsData() throws {
        // Multisport summary-last needs a second pass: the handle is rewound for it.
        var w = FitActivityWriter()
        w.fileID(created: Self.start)
        Self.run(&w, from: Self.start, seconds: 100)
        Self.run(&w, from: Self.start + 101, seconds: 100, distanceOffset: 300)
        w.session(.init(start: Self.start, elapsed: 100, sport: 2))
        w.session(.init(start: Self.start + 101, elapsed: 100, sport: 1))
        let data = w.bytes()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fit-\(UUID().uuidString).fit")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let fromHandle = try ActivityReader.read(fileHandle: handle, source: "test.fit")
        #expect(fromHandle == (try Self.read(data)))
        #expect(fromHandle.activities.count == 2)
        // The hashing read of `run` reads twice too, and hashes the file exactly once.
        try handle.seek(toOffset: 0)
        var digest = ContentDigest()
        #expect(try ActivityReader.read(fileHandle: handle, source: "test.fit", digest: &digest) == fromHandle)
        var expected = ContentDigest()
        expected.update(data)
        #expect(digest.value == expected.value && digest.size == data.count)
    }
}
