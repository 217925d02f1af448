import Foundation
import HipBalanceCore
import HipBalanceTestSupport
import Testing

@testable import Batch

/// `merge` is atomic as a whole, like `run`: a merge that fails part-way leaves the previous
/// complete set of outputs, never some athletes of one day beside others of another.
@Suite struct MergeStagingTests {
    static let gpx = Data(HardeningFixtures.gpx().utf8)

    func run(_ team: URL, to out: URL, day: Int) throws {
        let outcome = TeamRun.execute(
            RunConfiguration(
                teamDirectory: team, outputDirectory: out, asOf: LocalDate(year: 2026, month: 11, day: day), jobs: 1))
        guard case .completed = outcome else { throw MergeError("run failed: \(outcome)") }
    }

    func merge(_ shard: URL, to out: URL) -> RunOutcome {
        TeamMerge.execute(MergeConfiguration(outputDirectory: out, shardDirectories: [shard]))
    }

    /// Every file under `folder` (lock and hidden files aside) with its bytes.
    func contents(_ folder: URL) -> [String: Data] {
        let paths = FileManager.default.subpaths(atPath: folder.path) ?? []
        return Dictionary(
            uniqueKeysWithValues: paths.filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }.compactMap {
                path in
                (try? Data(contentsOf: folder.appendingPathComponent(path))).map { (path, $0) }
            })
    }

    @Test func aMergeThatFailsPartWayLeavesThePreviousSet() throws {
        let folder = try TemporaryDirectory("merge").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team(["ana/a.gpx": Self.gpx, "bor/b.gpx": Self.gpx], in: folder)
        let merged = folder.appendingPathComponent("merged")
        let dayOne = folder.appendingPathComponent("day1")
        try run(team, to: dayOne, day: 2)
        guard case .completed = merge(dayOne, to: merged) else {
            Issue.record("the first merge failed")
            return
        }
        let before = contents(merged)
        #expect(before.keys.contains("ana/report.json") && before.keys.contains("bor/report.json"))

        // Another day, whose second athlete lost its report: ana is copied, then bor fails.
        let dayTwo = folder.appendingPathComponent("day2")
        try run(team, to: dayTwo, day: 9)
        try FileManager.default.removeItem(at: dayTwo.appendingPathComponent("bor/report.json"))
        guard case .invalid(let message) = merge(dayTwo, to: merged) else {
            Issue.record("a merge of a shard without bor's report succeeded")
            return
        }
        #expect(message.message.contains("has no report.json"))
        #expect(contents(merged) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: merged.path).filter {
            $0.hasPrefix(OutputFolder.temporaryPrefix)
        }
        #expect(leftovers.isEmpty)

        // The same merge, complete, replaces the whole set.
        try run(team, to: dayTwo, day: 9)
        guard case .completed(let record) = merge(dayTwo, to: merged) else {
            Issue.record("the complete merge failed")
            return
        }
        #expect(record.asOf == LocalDate(year: 2026, month: 11, day: 9))
        #expect(contents(merged) != before)
    }

    /// D11: an id whose first scalar is a letter and whose second is a mark with a slash after
    /// it is refused with exit 2 (it trapped in `OutputFolder.url`).
    @Test func aMergeOfAHostileIdIsRefused() throws {
        let folder = try TemporaryDirectory("merge").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team(["ana/a.gpx": Self.gpx], in: folder)
        let shard = folder.appendingPathComponent("shard")
        try run(team, to: shard, day: 2)
        let recordURL = shard.appendingPathComponent(RunRecord.fileName)
        let text = try String(contentsOf: recordURL, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"id\" : \"ana\"", with: "\"id\" : \"\\u0d4e\\/x\"").utf8).write(
            to: recordURL)
        #expect(try String(contentsOf: recordURL, encoding: .utf8).contains("\\u0d4e"))
        guard case .invalid(let message) = merge(shard, to: folder.appendingPathComponent("merged")) else {
            Issue.record("a hostile id was merged")
            return
        }
        #expect(message.message.contains("not a safe folder name"))
        #expect(message.location == SourceLocation(source: shard.path))
    }

    /// A shard whose files cannot be read is named by the file, in plain words, with what to do.
    @Test func anUnreadableShardFileIsNamedInPlainWords() throws {
        let folder = try TemporaryDirectory("merge").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team(["ana/a.gpx": Self.gpx], in: folder)
        let shard = folder.appendingPathComponent("shard")
        try run(team, to: shard, day: 2)
        // A folder where ana's report.json was.
        let report = shard.appendingPathComponent("ana/report.json")
        try FileManager.default.removeItem(at: report)
        try FileManager.default.createDirectory(at: report, withIntermediateDirectories: true)
        guard case .invalid(let unreadable) = merge(shard, to: folder.appendingPathComponent("merged")) else {
            Issue.record("a shard with a folder as report.json was merged")
            return
        }
        #expect(unreadable.location == SourceLocation(source: report.path))
        #expect(unreadable.message == "is a folder, not a file; run that shard again")
        #expect(!unreadable.message.contains("Domain") && !unreadable.message.contains("Code="))
        // A run.json that is not JSON.
        try Data("{ not json".utf8).write(to: shard.appendingPathComponent(RunRecord.fileName))
        guard case .invalid(let garbled) = merge(shard, to: folder.appendingPathComponent("merged")) else {
            Issue.record("a shard with a garbled run.json was merged")
            return
        }
        #expect(garbled.location == SourceLocation(source: shard.appendingPathComponent(RunRecord.fileName).path))
        #expect(
            garbled.message == "cannot be read as a run record (the document is not well-formed); run that shard again")
    }
}

/// Exit 4 part-way never leaves outputs of two days side by side: publishing is all or nothing.
/// `merge` reads only regular files from a shard: a pipe where a run record is expected is an
/// error naming it, never a wait for a writer.
@Suite struct MergeInputFileTests {
    @Test(.timeLimit(.minutes(1))) func aPipeForTheRunRecordIsNamedWithoutBlocking() throws {
        let shard = try TemporaryDirectory("shard-fifo").url
        defer { try? FileManager.default.removeItem(at: shard) }
        let path = shard.appendingPathComponent(RunRecord.fileName).path
        #expect(mkfifo(path, 0o644) == 0)
        let error = try #require(throws: MergeError.self) { try TeamMerge.readRecord(in: shard) }
        #expect(error.path == path)
        #expect(error.message.contains("named pipe") && error.message.contains("run that shard again"))
    }

    @Test func aMissingRunRecordSaysItIsNotARunOutput() throws {
        let shard = try TemporaryDirectory("shard-empty").url
        defer { try? FileManager.default.removeItem(at: shard) }
        let error = try #require(throws: MergeError.self) { try TeamMerge.readRecord(in: shard) }
        #expect(error.message.contains("not a hipbalance run output"))
    }
}

@Suite struct PublishAtomicityTests {
    /// The run record's place is taken by a folder: the second day's run fails (exit 4) when it
    /// publishes, after every athlete was staged, and the first day's reports are all still there.
    @Test func aRunThatCannotPublishLeavesThePreviousDay() throws {
        let folder = try TemporaryDirectory("publish").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try HardeningFixtures.team(
            ["ana/a.gpx": MergeStagingTests.gpx, "bor/b.gpx": MergeStagingTests.gpx], in: folder)
        let out = folder.appendingPathComponent("out")
        try MergeStagingTests().run(team, to: out, day: 2)
        let runRecord = out.appendingPathComponent(RunRecord.fileName)
        try FileManager.default.removeItem(at: runRecord)
        try FileManager.default.createDirectory(
            at: runRecord.appendingPathComponent("x"), withIntermediateDirectories: true)
        let before = MergeStagingTests().contents(out)
        #expect(before.keys.contains("ana/report.json"))
        let outcome = TeamRun.execute(
            RunConfiguration(
                teamDirectory: team, outputDirectory: out, asOf: LocalDate(year: 2026, month: 11, day: 9), jobs: 1))
        guard case .outputFailed(let message) = outcome else {
            Issue.record("expected exit 4, got \(outcome)")
            return
        }
        #expect(message.message.contains("is a folder, not a file"))
        #expect(message.location?.source.hasSuffix("/out/\(RunRecord.fileName)") == true)
        #expect(MergeStagingTests().contents(out) == before)
    }

    /// A move that fails after others succeeded puts the moved files back.
    @Test func aMoveThatFailsPutsBackTheFilesAlreadyMoved() throws {
        let folder = try TemporaryDirectory("publish").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        do {
            let output = try OutputFolder(root: out)
            try output.write("old A", to: ["a.txt"])
        }
        let output = try OutputFolder(root: out)
        try output.beginStaging()
        try output.write("new A", to: ["a.txt"])
        try output.write("new B", to: ["b.txt"])
        try output.write("new C", to: ["c.txt"])
        // The staged copy of b vanishes (as if the disk lost it): its move fails.
        let staging = try FileManager.default.contentsOfDirectory(at: out, includingPropertiesForKeys: nil)
            .first { $0.lastPathComponent.hasPrefix(OutputFolder.temporaryPrefix + "staging") }
        let stagedB = try #require(staging).appendingPathComponent("1-b.txt")
        try FileManager.default.removeItem(at: stagedB)
        #expect(throws: OutputError.self) { try output.publish() }
        #expect(try String(contentsOf: out.appendingPathComponent("a.txt"), encoding: .utf8) == "old A")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("b.txt").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("c.txt").path))
    }
}
