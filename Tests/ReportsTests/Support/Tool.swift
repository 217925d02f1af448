import Foundation
import HipBalanceTestSupport

/// Runs external tools for the browser and schema checks.
enum Tool {
    /// Runs `executable` (looked up on PATH) with `arguments`.
    static func run(_ executable: String, _ arguments: [String]) throws -> ProcessRunner.Result {
        try ProcessRunner.run(executable, arguments)
    }

    /// True when `command` exits 0 (used to skip tests whose tool is missing).
    static func succeeds(_ executable: String, _ arguments: [String]) -> Bool {
        ProcessRunner.succeeds(executable, arguments)
    }

    /// The Chromium command on PATH (the names `Scripts/screenshot.sh` also tries), if any.
    static let chromium = ["chromium", "chromium-browser", "google-chrome"].first {
        succeeds("sh", ["-c", "command -v \($0)"])
    }
    static var hasChromium: Bool { chromium != nil }
    static let hasJSONSchema = succeeds("python3", ["-c", "import jsonschema"])
    static let hasPython = succeeds("python3", ["--version"])
}
