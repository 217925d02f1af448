import Batch
import Foundation
import HipBalanceTestSupport
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
}

/// The inventory handed from the discovery thread to the test. `@unchecked`: its one mutable
/// property is read and written only under `lock`.
private final class DiscoveryResult: @unchecked Sendable {
    private let lock = NSLock()
    private var inventory: TeamInventory?

    func set(_ value: TeamInventory?) { lock.withLock { inventory = value } }
    func get() -> TeamInventory? { lock.withLock { inventory } }
}
