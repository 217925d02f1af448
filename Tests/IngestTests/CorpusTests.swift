import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Ingest

/// Every real file in the shared corpus, read by the streaming reader.
@Suite(.corpus) struct CorpusTests {
    static let activityFiles = Corpus.files(in: "gpx").map { "gpx/\($0)" } + Corpus.files(in: "tcx").map { "tcx/\($0)" }

    static func read(_ relative: String) throws -> ActivityFile {
        let parts = relative.split(separator: "/").map(String.init)
        return try ActivityReader.read(data: try Corpus.data(parts[0], parts[1]), source: relative)
    }

    /// Under CI a missing corpus fails here (and the parameterised tests below run zero cases).
    @Test func corpusIsThere() {
        Corpus.expectPresent()
        #expect(Self.activityFiles.count >= 50, "corpus not found at \(Corpus.root.path)")
    }

    @Test(arguments: activityFiles)
    func readsOkOrEmptyAsTheCorpusSays(_ relative: String) throws {
        let file = try Self.read(relative)
        #expect(file.format.rawValue == String(relative.prefix(3)))
        if let reason = Corpus.emptyFiles[relative] {
            #expect(file.activities.isEmpty)
            #expect(file.emptyReason == reason)
            return
        }
        #expect(!file.activities.isEmpty)
        for activity in file.activities {
            let s = activity.summary
            #expect(s.points > 0)
            #expect(s.elapsedSeconds >= 0 && s.movingSeconds >= 0 && s.movingSeconds <= s.elapsedSeconds + 1e-6)
            #expect(s.distanceMeters >= 0 && s.ascentMeters >= 0 && s.descentMeters >= 0)
            #expect(activity.blocks.allSatisfy { $0.durationSeconds >= 0 && $0.distanceMeters >= 0 })
            #expect(activity.blocks.map(\.offsetSeconds) == activity.blocks.map(\.offsetSeconds).sorted())
            if let hr = s.heartRate { #expect(hr.mean > 0 && hr.mean <= hr.max) }
            if let power = s.power { #expect(power.mean >= 0 && power.mean <= power.max) }
        }
        if Corpus.untimedFiles.contains(relative) {
            // Some files have a timed track beside the untimed ones (cerknicko's last track).
            let untimed = file.activities.filter { $0.summary.start == nil }
            #expect(!untimed.isEmpty)
            #expect(
                untimed.allSatisfy {
                    $0.summary.elapsedSeconds == 0 && $0.summary.movingSeconds == 0 && $0.blocks.isEmpty
                })
            #expect(file.warnings.contains { $0.message.contains("durations are unknown") })
        }
    }

    @Test(arguments: activityFiles)
    func gzipFormReadsTheSame(_ relative: String) throws {
        let parts = relative.split(separator: "/").map(String.init)
        let plain = try Corpus.data(parts[0], parts[1])
        let compressed = try gzipped(plain)
        #expect(ActivityReader.sniff(prefix: compressed.prefix(4096)) == ActivityReader.sniff(prefix: plain))
        #expect(
            try ActivityReader.read(data: compressed, source: relative)
                == ActivityReader.read(data: plain, source: relative))
    }

    @Test(arguments: activityFiles)
    func fileHandleReadsTheSameAsData(_ relative: String) throws {
        let parts = relative.split(separator: "/").map(String.init)
        let handle = try FileHandle(forReadingFrom: Corpus.url(parts[0], parts[1]))
        defer { try? handle.close() }
        #expect(try ActivityReader.read(fileHandle: handle, source: relative) == Self.read(relative))
    }

    /// Files with regular sampling, checked against the independent `ReferenceReader`.
    static let referenceFiles = [
        "gpx/sweat__4078723797_strava.gpx", "gpx/georust__garmin-activity.gpx", "gpx/runpandas__strava_export.gpx",
        "gpx/gc__UrbanBiker2019-04-18_16-12.gpx", "gpx/saf__broken1.gpx",
        "tcx/sweat__activity_5039744860.tcx", "tcx/gc__2009_09_19_09_22_42.tcx", "tcx/dblocktcx__running_workout_1.tcx",
        "tcx/dblocktcx__multiple_running_activities.tcx", "tcx/gc__activity_165850259_multi-session.tcx",
    ]

    @Test(arguments: referenceFiles)
    func numbersMatchAnIndependentReading(_ relative: String) throws {
        let parts = relative.split(separator: "/").map(String.init)
        let reference = ReferenceReader(data: try Corpus.data(parts[0], parts[1]), tcx: parts[0] == "tcx").tracks
        let activities = try Self.read(relative).activities
        try #require(activities.count == reference.count)
        for (activity, expected) in zip(activities, reference) {
            let s = activity.summary
            #expect(s.points == expected.points)
            #expect(s.start == expected.firstTime)
            #expect(abs(s.distanceMeters - expected.distance) <= 0.01 * max(expected.distance, 1))
            if expected.heartRates.isEmpty {
                #expect(s.heartRate == nil)
            } else {
                let hr = try #require(s.heartRate)
                #expect(hr.max == expected.heartRates.max())
                if expected.lapSecondsWithHeartRate > 0 {
                    // TCX: the device's own mean (laps), within the 1.5 bpm of issue 11.
                    #expect(abs(hr.mean - expected.lapHeartRateSum / expected.lapSecondsWithHeartRate) <= 1.5)
                } else {
                    // GPX: each reading held until the next, at most 120 s (`docs/inspect.md`).
                    #expect(abs(hr.mean - expected.heldHeartRateSum / expected.heldHeartRateSeconds) <= 0.05)
                }
            }
        }
    }

    @Test func knownFacts() throws {
        let strava = try Self.read("gpx/sweat__4078723797_strava.gpx").activities[0].summary
        #expect(strava.sport == .cycling && strava.sportLabel == "1")
        #expect(strava.channels.power && strava.channels.cadence && strava.channels.temperature)
        #expect(strava.device == "StravaGPX")

        let run = try Self.read("gpx/runpandas__strava_export.gpx").activities[0].summary
        #expect(run.sport == .running)
        // Per-foot cadence (79-90) doubled to steps per minute.
        #expect((150...200).contains(try #require(run.cadence).mean))

        let multisport = try Self.read("tcx/gc__activity_165850259_multi-session.tcx").activities
        #expect(multisport.map(\.summary.sport) == [.running, .cycling, .running, .cycling])

        let edge = try Self.read("tcx/gc__2009_09_19_09_22_42.tcx").activities[0].summary
        #expect(edge.power != nil && edge.device == "EDGE705" && edge.laps == 1)

        let urban = try Self.read("gpx/gc__UrbanBiker2019-04-18_16-12.gpx").activities[0].summary
        #expect(urban.power != nil && urban.channels.temperature)

        let nested = try Self.read("gpx/opentracks__legacy_gpx_trackpointextensions_incorrect.gpx").activities[0]
            .summary
        #expect(nested.power?.max == 50 && nested.sport == .cycling && nested.sportLabel == "mountain biking")

        let suunto = try Self.read("gpx/gc__Move_2014_01_17_09_33_11.gpx").activities[0].summary
        #expect(suunto.heartRate != nil && suunto.channels.temperature)

        let empty = try Self.read("tcx/dblocktcx__20090528-202902.tcx").activities[0].summary
        #expect(empty.device == nil)

        let polar = try Self.read("tcx/gc__2020-02-05_17-25-14_Training-with-Notes.tcx").activities[0]
        #expect(polar.summary.start == Date(timeIntervalSince1970: 1_580_919_915.909))
        #expect(!polar.blocks.isEmpty && polar.blocks.allSatisfy { $0.durationSeconds <= 30 })

        let tomtom = try Self.read("tcx/runpandas__run.tcx").activities[0].summary
        let tomtomGPX = try Self.read("gpx/runpandas__run.gpx").activities[0].summary
        #expect(tomtom.points == tomtomGPX.points && tomtom.start == tomtomGPX.start)
        #expect(abs(tomtom.distanceMeters - tomtomGPX.distanceMeters) <= 0.01 * tomtom.distanceMeters)
    }
}
