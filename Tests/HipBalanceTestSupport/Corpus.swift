import Foundation
import Testing

/// The real-world corpus of device exports, kept outside the repository.
///
/// It is found at `$HIPBALANCE_CORPUS`, else at `../shared/corpus` beside the package. Tests that
/// read it carry the `.corpus` trait: they run when the corpus is there, are skipped (saying
/// why) when it is not, and run anyway when `CI=true`, so that a CI without the corpus fails
/// instead of passing with the corpus tests silently left out.
public enum Corpus {
    /// Where the corpus is expected (it may be missing).
    public static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["HIPBALANCE_CORPUS"], !path.isEmpty {
            return URL(fileURLWithPath: path).standardizedFileURL
        }
        return PackageRoot.url.deletingLastPathComponent().appendingPathComponent("shared/corpus").standardizedFileURL
    }()

    /// True when the corpus folder exists.
    public static let isPresent: Bool = {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) && isFolder.boolValue
    }()

    /// True under CI (`CI=true`): the corpus tests must run and a missing corpus is a failure.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether the corpus tests run: when the corpus is there, and always under CI.
    public static var testsRun: Bool { isPresent || isRequired }

    /// Why corpus tests are skipped, shown by the test runner.
    public static let skipReason: Comment = """
        the real-world corpus is not at \(root.path): set HIPBALANCE_CORPUS to its folder \
        (README, "Development"); CI=true makes its absence a failure
        """

    /// File names in a corpus folder (`gpx`, `tcx`, `malformed`, `strength`, …), sorted, without
    /// hidden files and `SOURCES.md`; empty when the corpus is missing (`expectPresent` then fails).
    public static func files(in folder: String) -> [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "SOURCES.md" }.sorted()
    }

    /// A corpus file by its path relative to the corpus root (`gpx/x.gpx`).
    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    public static func url(_ folder: String, _ name: String) -> URL {
        root.appendingPathComponent(folder).appendingPathComponent(name)
    }

    /// A corpus file's bytes; a missing corpus is reported in plain words, not as a Foundation error.
    public static func data(_ relative: String) throws -> Data {
        guard isPresent else { throw ProcessRunnerError("\(relative): \(skipReason)") }
        return try Data(contentsOf: url(relative))
    }

    public static func data(_ folder: String, _ name: String) throws -> Data { try data("\(folder)/\(name)") }

    /// Records a failure when the corpus is required (CI) but missing; the check every corpus
    /// suite runs first, so that zero parameterised cases never look like a pass.
    public static func expectPresent(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            isPresent, "the corpus is required under CI=true but is not at \(root.path)", sourceLocation: sourceLocation
        )
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs a test or suite only where the real-world corpus is (always under `CI=true`).
    public static var corpus: Self { .enabled(if: Corpus.testsRun, Corpus.skipReason) }
}
