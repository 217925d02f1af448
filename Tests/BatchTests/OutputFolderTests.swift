import Foundation
import HipBalanceTestSupport
import Testing

@testable import Batch

@Suite struct OutputFolderTests {
    @Test func secondHolderIsRefusedUntilTheFirstIsGone() throws {
        let root = try TemporaryDirectory("lock").url
        defer { try? FileManager.default.removeItem(at: root) }
        var first: OutputFolder? = try OutputFolder(root: root)
        #expect(first != nil)
        #expect {
            _ = try OutputFolder(root: root)
        } throws: { error in
            (error as? OutputError)?.isLocked == true && "\(error)".contains("another hipbalance run")
        }
        first = nil
        _ = try OutputFolder(root: root)
    }

    @Test func writesAtomicallyAndLeavesNoTemporaryFiles() throws {
        let root = try TemporaryDirectory("write").url
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try OutputFolder(root: root)
        try folder.write("one", to: ["ana", "report.json"])
        try folder.write("two", to: ["ana", "report.json"])
        #expect(try String(contentsOf: root.appendingPathComponent("ana/report.json"), encoding: .utf8) == "two")
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("ana").path)
        #expect(names == ["report.json"])
    }

    /// A named pipe where an output goes is replaced, never opened for the "unchanged?" check
    /// (reading it would wait for a writer for ever).
    @Test(.timeLimit(.minutes(1))) func aPipeWhereAnOutputGoesIsReplacedWithoutBlocking() throws {
        let root = try TemporaryDirectory("fifo").url
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try OutputFolder(root: root)
        let path = root.appendingPathComponent("team.json").path
        #expect(mkfifo(path, 0o644) == 0)
        try folder.write("{}", to: ["team.json"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}")
    }

    @Test func identicalContentIsNotRewritten() throws {
        let root = try TemporaryDirectory("same").url
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try OutputFolder(root: root)
        try folder.write("same", to: ["team.json"])
        let path = root.appendingPathComponent("team.json").path
        let old = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)
        try folder.write("same", to: ["team.json"])
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == old)
        try folder.write("changed", to: ["team.json"])
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date != old)
    }

    @Test func removesLeftoversOfAKilledRun() throws {
        let root = try TemporaryDirectory("leftover").url
        defer { try? FileManager.default.removeItem(at: root) }
        let athlete = root.appendingPathComponent("ana")
        try FileManager.default.createDirectory(at: athlete, withIntermediateDirectories: true)
        let leftover = athlete.appendingPathComponent("\(OutputFolder.temporaryPrefix)123-report.json")
        try Data("half".utf8).write(to: leftover)
        _ = try OutputFolder(root: root)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }
}
