import Foundation
import Testing

/// The folder holding `Package.swift`, found by walking up from this file.
enum PackageRoot {
    static let url: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        preconditionFailure("no Package.swift above \(#filePath)")
    }()
}

/// Golden-file comparison: `check(text, named:)` compares with `<directory>/<name>`.
///
/// With `HIPBALANCE_RECORD=1` it writes every file that is new or differs and records a failure
/// for it, so that every recording is looked at before it is committed. Any test target can use it with its own
/// directory (the default is `Tests/ReportsTests/Golden`).
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["HIPBALANCE_RECORD"] == "1" }

    static func check(
        _ text: String, named name: String, in directory: URL = directory, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let file = directory.appendingPathComponent(name)
        let recorded = FileManager.default.contents(atPath: file.path).map { String(decoding: $0, as: UTF8.self) }
        if recording, recorded != text {
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file, options: .atomic)
                Issue.record("recorded \(file.path): review it, then run again without HIPBALANCE_RECORD", sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = recorded else {
            Issue.record("no golden file \(file.path): run with HIPBALANCE_RECORD=1 to create it", sourceLocation: sourceLocation)
            return
        }
        guard expected != text else { return }
        // Split on Character.isNewline: "\r\n" is one Character (CSV), so "\n" alone would not split it.
        let actualLines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let expectedLines = expected.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        Issue.record(
            """
            \(name) differs from its golden file at line \(line + 1) (HIPBALANCE_RECORD=1 re-records):
              expected: \(expectedLines[safe: line] ?? "<end of file>")
              actual:   \(actualLines[safe: line] ?? "<end of file>")
            """, sourceLocation: sourceLocation)
    }
}

/// Runs external tools for the browser and schema checks.
enum Tool {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `executable` (looked up on PATH) with `arguments`, stdout and stderr together.
    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
    }

    /// True when `command` exits 0 (used to skip tests whose tool is missing).
    static func succeeds(_ executable: String, _ arguments: [String]) -> Bool {
        (try? run(executable, arguments).status) == 0
    }

    /// The Chromium command on PATH (the names `Scripts/screenshot.sh` also tries), if any.
    static let chromium = ["chromium", "chromium-browser", "google-chrome"].first {
        succeeds("sh", ["-c", "command -v \($0)"])
    }
    static var hasChromium: Bool { chromium != nil }
    static let hasJSONSchema = succeeds("python3", ["-c", "import jsonschema"])
    static let hasPython = succeeds("python3", ["--version"])
}

/// A fresh temporary directory, removed by `cleanUp()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("hipbalance-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
