import Foundation
import HipBalanceTestSupport
import Testing

@testable import Batch

/// D6 and the size cap: a hostile `team.yaml` fails fast with a clear reason.
@Suite struct ConfigurationLimitsTests {
    /// Ten lines of nested aliases would expand to 10^10 values.
    static func aliasBomb(under key: String) -> String {
        var lines = ["\(key):", "  x0: &l0 [lol,lol,lol,lol,lol,lol,lol,lol,lol,lol]"]
        for level in 1...9 {
            lines.append(
                "  x\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ",") + "]"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: ["model", "exercises", "athletes"])
    func anAliasBombIsRefusedAtOnce(key: String) {
        let started = Date()
        do {
            _ = try TeamConfiguration.parse(yaml: Self.aliasBomb(under: key))
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("expands to more than"))
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aFewAliasesAreFine() throws {
        let yaml = "athletes:\n  ana: &base\n    hrMax: 190\n  bor: *base\n"
        let config = try TeamConfiguration.parse(yaml: yaml)
        #expect(config.athletes["bor"]?.settings.hrMax == 190)
    }

    @Test func anOversizedFileIsRefused() throws {
        let folder = try TemporaryDirectory("config").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "name: x\n" + String(repeating: "# padding\n", count: TeamConfiguration.maximumFileSize / 10 + 1)
        try Data(text.utf8).write(to: folder.appendingPathComponent("team.yaml"))
        do {
            _ = try TeamConfiguration.load(teamDirectory: folder)
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("larger than"))
        }
    }

    /// D3 for the configuration: a named pipe as team.yaml is refused without blocking.
    @Test func aNamedPipeIsRefusedWithoutBlocking() throws {
        let folder = try TemporaryDirectory("config").url
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("team.yaml").path, 0o644) == 0)
        do {
            _ = try TeamConfiguration.load(teamDirectory: folder)
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("named pipe"))
        }
    }
}
