import Foundation
import HipBalanceTestSupport
import Testing

/// The demo team in `Fixtures/` run through the built `hipbalance` binary: every document it
/// writes matches its golden file under `Golden/demo-team/` (`HIPBALANCE_RECORD=1` re-records),
/// and every JSON document validates against `Schemas/`.
@Suite struct DemoTeamGoldenTests {
    static let asOf = "2026-11-22"

    /// The demo team's golden files (beside the renderers' own, under `Tests/ReportsTests/Golden`).
    static let golden = PackageRoot.url.appendingPathComponent("Tests/ReportsTests/Golden/demo-team")

    static let hasJSONSchema = ProcessRunner.succeeds("python3", ["-c", "import jsonschema"])

    /// Runs the demo team once into a fresh folder and returns it.
    static func runDemoTeam() throws -> TemporaryDirectory {
        let output = try TemporaryDirectory()
        let team = PackageRoot.url.appendingPathComponent("Fixtures/demo-team").path
        let result = try ProcessRunner.run(
            EndToEnd.binary, ["run", team, "--out", output.url.path, "--as-of", asOf, "--quiet"])
        // Every file of the demo team is readable: the README's first command exits 0.
        #expect(result.status == 0, "\(result.output)")
        return output
    }

    /// Every output file except `run.json` (clock times) and hidden files (cache, lock), relative paths sorted.
    static func documents(in folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        var paths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            if relative != "run.json" { paths.append(relative) }
        }
        return paths.sorted()
    }

    @Test func everyDocumentMatchesItsGoldenFileAndValidates() throws {
        let output = try Self.runDemoTeam()
        defer { output.cleanUp() }
        let documents = Self.documents(in: output.url)
        // 8 athletes × (html, md, json) + index.html, team.csv, team.json.
        #expect(documents.count == 27, "\(documents)")
        let golden = Self.golden
        for document in documents {
            let text = try String(contentsOf: output.url.appendingPathComponent(document), encoding: .utf8)
            Golden.check(text, named: document, in: golden)
        }
        if !Golden.recording {
            #expect(Self.documents(in: golden) == documents, "golden files without an output (or the reverse)")
        }
        guard Self.hasJSONSchema else { return }  // the schema suite says why it is skipped
        let script = PackageRoot.url.appendingPathComponent("Scripts/validate-reports.py").path
        let result = try ProcessRunner.run("python3", [script, output.url.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("9 of 9 documents valid"), "\(result.output)")
    }

    @Test(.enabled(if: ProcessRunner.succeeds("python3", ["--version"]), "python3 is missing"))
    func theCommittedDemoTeamIsWhatItsGeneratorWrites() throws {
        // The golden files above pin what hipbalance makes of the fixtures; this pins the fixtures
        // to Scripts/make_demo_team.py, so neither can drift without a test failing.
        let script = PackageRoot.url.appendingPathComponent("Scripts/make_demo_team.py").path
        let result = try ProcessRunner.run("python3", [script, "--check"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("up to date"), "\(result.output)")
    }
}
