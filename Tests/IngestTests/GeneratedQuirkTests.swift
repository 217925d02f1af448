import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// The corpus's checks on generated documents (`QuirkDocuments`): every shape of export the
/// reader handles is tested in a plain clone, without the real-world corpus.
@Suite struct GeneratedQuirkTests {
    @Test(arguments: QuirkDocuments.all)
    func readsAsExpected(_ document: QuirkDocuments.Document) throws {
        let file = try ActivityReader.read(data: document.data, source: document.name)
        switch document.expected {
        case .empty(let reason):
            #expect(file.activities.isEmpty)
            #expect(file.emptyReason == reason)
        case .activities(let count):
            #expect(file.activities.count == count)
            for activity in file.activities {
                let s = activity.summary
                #expect(s.points > 0 && s.start != nil)
                #expect(s.elapsedSeconds > 0 && s.movingSeconds >= 0 && s.movingSeconds <= s.elapsedSeconds + 1e-6)
                #expect(s.distanceMeters > 0 && s.ascentMeters >= 0 && s.descentMeters >= 0)
                #expect(activity.blocks.map(\.offsetSeconds) == activity.blocks.map(\.offsetSeconds).sorted())
                if let hr = s.heartRate { #expect(hr.mean > 0 && hr.mean <= hr.max) }
                if let power = s.power { #expect(power.mean > 0 && power.mean <= power.max) }
            }
        case .untimed(let count):
            #expect(file.activities.count == count)
            #expect(
                file.activities.allSatisfy {
                    $0.summary.start == nil && $0.summary.elapsedSeconds == 0 && $0.blocks.isEmpty
                })
            #expect(file.warnings.contains { $0.message.contains("durations are unknown") })
        case .firstUntimed(let count):
            #expect(
                file.activities.map { $0.summary.start == nil } == [true] + Array(repeating: false, count: count - 1))
            #expect(file.warnings.contains { $0.message.contains("durations are unknown") })
        }
    }

    @Test func sensorChannelsOfEachDialectAreRead() throws {
        let byName = Dictionary(uniqueKeysWithValues: QuirkDocuments.all.map { ($0.name, $0) })
        func summary(_ name: String, _ index: Int = 0) throws -> ActivitySummary {
            let document = try #require(byName[name])
            return try ActivityReader.read(data: document.data, source: name).activities[index].summary
        }
        let garmin = try summary("garmin-connect-gpx-ns3-extensions")
        #expect(garmin.heartRate != nil && garmin.cadence != nil && garmin.power != nil)
        #expect(garmin.sport == .running && garmin.elapsedSeconds == 119)
        let plain = try summary("gpx-1.0-without-extensions")
        #expect(plain.heartRate == nil && plain.power == nil)
        let ride = try summary("tcx-ride-with-watts")
        #expect(
            ride.sport == .cycling && ride.power != nil && ride.heartRate != nil && ride.device == "Forerunner 910XT")
        let run = try summary("tcx-run-with-run-cadence-two-laps")
        #expect(run.sport == .running && run.cadence != nil && run.laps == 2)
        let twoTracks = try #require(byName["gpx-two-tracks-one-untimed"])
        let file = try ActivityReader.read(data: twoTracks.data, source: twoTracks.name)
        #expect(file.activities.map { $0.summary.start == nil } == [true, false])
        #expect(file.activities[1].summary.elapsedSeconds == 19)
    }

    @Test(arguments: QuirkDocuments.all)
    func gzipAndFileHandleReadTheSame(_ document: QuirkDocuments.Document) throws {
        let plain = try ActivityReader.read(data: document.data, source: document.name)
        let compressed = try gzipped(document.data)
        #expect(ActivityReader.sniff(prefix: compressed.prefix(4096)) == ActivityReader.sniff(prefix: document.data))
        #expect(try ActivityReader.read(data: compressed, source: document.name) == plain)

        let folder = try TemporaryDirectory("quirks")
        defer { folder.cleanUp() }
        let url = folder.url.appendingPathComponent(document.name)
        try compressed.write(to: url)
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        #expect(try ActivityReader.read(fileHandle: handle, source: document.name) == plain)
    }

    @Test(arguments: QuirkDocuments.malformed)
    func malformedIsAnErrorWithALine(_ document: QuirkDocuments.Document) throws {
        let error = try #require(throws: IngestError.self) {
            try ActivityReader.read(data: document.data, source: document.name)
        }
        #expect(error.location.source == document.name)
        #expect((error.location.line ?? 0) > 0)
        #expect(!error.message.isEmpty)
    }

    @Test func rootlessAndUnclosedDocumentsSayWhatIsWrong() throws {
        let byName = Dictionary(uniqueKeysWithValues: QuirkDocuments.malformed.map { ($0.name, $0.data) })
        let rootless = try #require(throws: IngestError.self) {
            try ActivityReader.read(data: try #require(byName["tcx-rootless-activities"]), source: "m.tcx")
        }
        #expect(rootless.message.contains("found Activities") && rootless.location.line == 2)
        let unclosed = try #require(throws: IngestError.self) {
            try ActivityReader.read(data: try #require(byName["gpx-without-closing-tags"]), source: "n.gpx")
        }
        #expect(unclosed.message.contains("looks truncated"))
    }

    /// Every cut of a document with activities is an error with a line, never a shorter result.
    @Test(arguments: QuirkDocuments.all.filter { if case .activities = $0.expected { true } else { false } })
    func truncatedCopiesAreErrorsWithALine(_ document: QuirkDocuments.Document) throws {
        for offset in MalformedInputTests.cutOffsets(for: document.data, count: 40) {
            do {
                _ = try ActivityReader.read(data: document.data.prefix(offset), source: document.name)
                Issue.record("cut at \(offset) gave a result instead of an error")
            } catch {
                #expect((error.location.line ?? 0) > 0, "cut at \(offset): \(error)")
            }
        }
    }

    @Test func truncatedAndCorruptGzipAreErrors() throws {
        let document = try #require(QuirkDocuments.all.first { $0.name == "tcx-ride-with-watts" })
        var compressed = try gzipped(document.data)
        for offset in stride(from: 10, to: compressed.count - 8, by: max(1, compressed.count / 40)) {
            #expect(throws: IngestError.self, "cut at \(offset)") {
                try ActivityReader.read(data: compressed.prefix(offset), source: "cut.tcx.gz")
            }
        }
        for k in 200..<260 { compressed[k] ^= 0x5A }
        #expect(throws: IngestError.self) { try ActivityReader.read(data: compressed, source: "bad.tcx.gz") }
    }

    @Test func parallelReadsEqualSequentialReads() async throws {
        let inputs = QuirkDocuments.all
        let sequential = try inputs.map { try ActivityReader.read(data: $0.data, source: $0.name) }
        let parallel = try await withThrowingTaskGroup(of: (Int, ActivityFile).self) { group in
            for _ in 0..<4 {
                for (index, input) in inputs.enumerated() {
                    group.addTask { (index, try ActivityReader.read(data: input.data, source: input.name)) }
                }
            }
            var results: [(Int, ActivityFile)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == 4 * inputs.count)
        for (index, file) in parallel { #expect(file == sequential[index]) }
    }
}
