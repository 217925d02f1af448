import Foundation

/// Paths shared by the tests: the package root (found from this file) and the read-only corpus beside it.
enum TestSupport {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static let corpus = packageRoot.appendingPathComponent("../shared/corpus").standardizedFileURL

    static func corpusFile(_ relative: String) -> URL { corpus.appendingPathComponent(relative) }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder(_ label: String = "batch") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hipbalance-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
