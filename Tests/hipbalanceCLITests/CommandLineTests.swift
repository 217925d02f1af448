import Foundation
import HipBalanceTestSupport
import Testing

/// Flags as a user types them: typed values parsed once, a bad value is exit status 2 with a
/// message naming the flag and the form it expects, and nothing is written.
@Suite struct CommandLineTests {
    @Test(arguments: [
        (["--as-of", "2026-13-01"], "--as-of <yyyy-mm-dd>"), (["--shard", "3/2"], "--shard <k/n>"),
        (["--format", "html,pdf"], "'html', 'md' or 'json'"), (["--jobs", "0"], "--jobs: expected at least 1"),
        (["--quiet", "--verbose"], "cannot be combined"),
    ])
    func badFlagsExitTwoAndSayWhy(_ flags: [String], _ message: String) throws {
        let team = try TemporaryDirectory("team")
        defer { team.cleanUp() }
        let out = team.url.appendingPathComponent("out")
        let result = try ProcessRunner.run(EndToEnd.binary, ["run", team.url.path, "--out", out.path] + flags)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// A Kubernetes Indexed Job's variables that make no shard are a configuration error: exit 2
    /// with one plain line naming both values (no usage text), also under --quiet, and nothing written.
    @Test(arguments: [[String](), ["--quiet"]])
    func anUnusableShardFromTheEnvironmentExitsTwoInPlainWords(_ flags: [String]) throws {
        let team = try TemporaryDirectory("team")
        defer { team.cleanUp() }
        let out = team.url.appendingPathComponent("out")
        let result = try ProcessRunner.run(
            EndToEnd.binary, ["run", team.url.path, "--out", out.path] + flags,
            environment: ["JOB_COMPLETION_INDEX": "3", "JOB_COMPLETIONS": "3"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "hipbalance: error: the shard cannot be taken from the environment: JOB_COMPLETION_INDEX is '3' "
                + "and JOB_COMPLETIONS is '3'; set both, as whole numbers with 0 ≤ JOB_COMPLETION_INDEX < "
                + "JOB_COMPLETIONS, or give --shard K/N\n")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // --shard wins over the environment.
        let given = try ProcessRunner.run(
            EndToEnd.binary, ["run", team.url.path, "--out", out.path, "--shard", "1/1", "--quiet"],
            environment: ["JOB_COMPLETION_INDEX": "3", "JOB_COMPLETIONS": "3"])
        #expect(!given.stderr.contains("JOB_COMPLETION_INDEX"), "\(given.stderr)")
    }

    @Test func runAndMergeShareTheOutputFlags() throws {
        for command in ["run", "merge"] {
            let help = try ProcessRunner.run(EndToEnd.binary, [command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("--json-summary") && help.stdout.contains("-q, --quiet"), "\(command)")
        }
    }
}
