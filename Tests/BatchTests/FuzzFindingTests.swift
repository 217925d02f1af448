import Analysis
import Batch
import Foundation
import HipBalanceTestSupport
import Ingest
import Testing

/// Inputs the fuzz targets of `Fuzz/` found (docs/robustness.md, "Fuzzing"), each kept in
/// `FuzzFindings/` and read the way the target read it.
@Suite struct FuzzFindingTests {
    static let findings = PackageRoot.url.appendingPathComponent("Tests/BatchTests/FuzzFindings")

    /// F1: a Strava export whose `activities.csv` is deflated data that never reaches its end
    /// (found by `zip-export`). ZIPFoundation's extraction looped on it for ever; discovery must
    /// finish and name the damaged member. Run on a thread with a deadline, so that a regression
    /// fails this test instead of hanging the suite.
    @Test func aDeflateStreamThatNeverEndsIsRejectedNotLoopedOn() throws {
        let folder = try TemporaryDirectory("fuzz-f1")
        let athlete = folder.url.appendingPathComponent("a")
        try FileManager.default.createDirectory(at: athlete, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.findings.appendingPathComponent("zip-deflate-never-ends.zip"),
            to: athlete.appendingPathComponent("export.zip"))
        let result = DiscoveryResult()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            result.set(try? TeamDiscovery(teamDirectory: folder.url).discover())
            done.signal()
        }
        try #require(done.wait(timeout: .now() + 30) == .success, "discovery did not finish within 30 s")
        folder.cleanUp()
        let inventory = try #require(result.get())
        let rejected = inventory.athletes.flatMap(\.rejected)
        #expect(rejected.contains { ($0.location?.source.contains("export.zip") ?? false) })
    }

    /// F2: a Garmin summary whose plank claims 2,120,000 sets (found by `strength` as a
    /// 10-second timeout: a row was made per claimed set). The input's first byte chose the
    /// target's reading options and is dropped, as the target does. The plank is one row error;
    /// the squats beside it are read.
    @Test func aGarminSummaryClaimingMillionsOfSetsIsOneRowError() throws {
        let input = try Data(contentsOf: Self.findings.appendingPathComponent("garmin-summary-2120000-sets.bin"))
        let log = try StrengthLogReader.read(
            data: input.dropFirst(), source: "fuzz", options: StrengthReadOptions(timeZone: TimeZone(identifier: "UTC"))
        )
        #expect(log.sessions.first?.sets.count == 5)
        #expect(log.rowErrors.count == 1)
        #expect(log.rowErrors.first?.message.contains("claims 2120000 sets and no reps") == true)
    }

    /// F3: a `team.yaml` whose `model:` holds a YAML 1.1 base-60 scalar of many parts
    /// (`…,11511111111111111111:0`; found by `team-config`). Yams' integer reading multiplied
    /// without overflow checks and trapped; read as the target reads it, it is now an error for
    /// the run to report, never a crash: the file reads, and its `model:` is rejected.
    @Test func aLongBaseSixtyNumberInTeamYAMLIsNoCrash() throws {
        let text = try String(
            decoding: Data(contentsOf: Self.findings.appendingPathComponent("team-yaml-base-60-overflow.yaml")),
            as: UTF8.self)
        let json = try #require(try TeamConfiguration.parse(yaml: text).modelOverridesJSON)
        #expect(throws: ModelParametersError.self) { try ModelParameters.defaults.applying(overridesJSON: json) }
    }
}

/// The inventory handed from the discovery thread to the test. `@unchecked`: its one mutable
/// property is read and written only under `lock`.
private final class DiscoveryResult: @unchecked Sendable {
    private let lock = NSLock()
    private var inventory: TeamInventory?

    func set(_ value: TeamInventory?) { lock.withLock { inventory = value } }
    func get() -> TeamInventory? { lock.withLock { inventory } }
}
