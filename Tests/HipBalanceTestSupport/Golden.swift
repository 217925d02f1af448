import Foundation
import Testing

/// Golden-file comparison: `check(text, named:)` compares `text` with a file under the calling
/// test target's `Golden/` folder (`Tests/<Target>/Golden/<name>`), or under `directory`.
///
/// With `HIPBALANCE_RECORD=1` it writes every file that is new or differs and records a failure
/// for it, so that every recording is looked at before it is committed.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["HIPBALANCE_RECORD"] == "1" }

    /// `Tests/<Target>/Golden` for the test file at `filePath` (the folder right under `Tests/`).
    public static func directory(for filePath: String = #filePath) -> URL {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.deletingLastPathComponent().lastPathComponent != "Tests", folder.pathComponents.count > 1 {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("Golden")
    }

    public static func check(
        _ text: String, named name: String, in directory: URL? = nil, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let file = (directory ?? Self.directory(for: filePath)).appendingPathComponent(name)
        let recorded = FileManager.default.contents(atPath: file.path).map { String(decoding: $0, as: UTF8.self) }
        if recording, recorded != text {
            do {
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file, options: .atomic)
                Issue.record(
                    "recorded \(file.path): review it, then run again without HIPBALANCE_RECORD",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = recorded else {
            Issue.record(
                "no golden file \(file.path): run with HIPBALANCE_RECORD=1 to create it", sourceLocation: sourceLocation
            )
            return
        }
        guard expected != text else { return }
        // Split on Character.isNewline: "\r\n" is one Character (CSV), so "\n" alone would not split it.
        let actualLines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let expectedLines = expected.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let line =
            zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        func at(_ lines: [Substring], _ index: Int) -> Substring {
            lines.indices.contains(index) ? lines[index] : "<end of file>"
        }
        Issue.record(
            """
            \(name) differs from its golden file at line \(line + 1) (HIPBALANCE_RECORD=1 re-records):
              expected: \(at(expectedLines, line))
              actual:   \(at(actualLines, line))
            """, sourceLocation: sourceLocation)
    }
}
