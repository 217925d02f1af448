import Foundation
import HipBalanceTestSupport
import Testing

/// File names come from athletes' folders: one holding a line break or an escape sequence
/// must neither forge a line of a nightly job's log nor act on the coach's terminal.
@Suite struct TerminalOutputTests {
    /// Clears the screen, then starts a line that looks like the run's own.
    static let hostileName = "bad\u{1B}[2J\nrejected nothing \u{202E}xpg.gpx"
    static let escapedName = "bad\\u{1B}[2J\\nrejected nothing \\u{202E}xpg.gpx"

    @Test func aRunShowsAHostileFileNameEscapedOnOneLine() throws {
        let team = try TemporaryDirectory("team").url
        let out = try TemporaryDirectory("out").url
        defer { for url in [team, out] { try? FileManager.default.removeItem(at: url) } }
        let ana = team.appendingPathComponent("ana")
        try FileManager.default.createDirectory(at: ana, withIntermediateDirectories: true)
        try Data("<gpx".utf8).write(to: ana.appendingPathComponent(Self.hostileName))

        let result = try EndToEnd.hipbalanceRun(team: team, out: out)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        let rejected = result.stderr.split(separator: "\n").filter { $0.hasPrefix("  rejected ") }
        #expect(rejected.count == 1)
        #expect(rejected.first?.hasPrefix("  rejected ana/\(Self.escapedName):1:5: ") == true, "\(result.stderr)")
        // The report for people escapes it too; run.json keeps the name as it is.
        let markdown = try String(contentsOf: out.appendingPathComponent("ana/report.md"), encoding: .utf8)
        #expect(!markdown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        let record = try EndToEnd.record(in: out)
        #expect(record.errors.map(\.location?.source) == ["ana/\(Self.hostileName)"])
    }

    @Test func inspectTextShowsAHostileFileNameEscapedOnOneLine() throws {
        let folder = try TemporaryDirectory("inspect")
        defer { folder.cleanUp() }
        let file = folder.url.appendingPathComponent(Self.hostileName)
        try Data("<gpx".utf8).write(to: file)
        let result = try ProcessRunner.run(EndToEnd.binary, ["inspect", "--format", "text", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 1, "\(result.stdout)")
        #expect(result.stdout.contains(Self.escapedName))
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }
}
