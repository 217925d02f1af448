import Foundation

/// A fresh empty folder under the system's temporary folder, removed by `cleanUp()`.
public struct TemporaryDirectory: Sendable {
    public let url: URL

    /// Creates `hipbalance-<label>-<uuid>` under the temporary folder.
    public init(_ label: String = "test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("hipbalance-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func cleanUp() { try? FileManager.default.removeItem(at: url) }
}
