import Foundation
import Testing

@testable import Analysis

/// `docs/model.md` documents every parameter a team can override.
@Suite struct ModelDocumentationTests {
    /// The package root, found by walking up from this file to the folder holding `Package.swift`.
    static func packageRoot() throws -> URL {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            let parent = url.deletingLastPathComponent()
            try #require(parent.path != url.path, "no Package.swift above \(#filePath)")
            url = parent
        }
        return url
    }

    @Test func everyParameterIsNamedInTheModelDocument() throws {
        let document = try String(contentsOf: Self.packageRoot().appendingPathComponent("docs/model.md"), encoding: .utf8)
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(ModelParameters.defaults))
        let names = try #require(encoded as? [String: Any]).keys.sorted()
        #expect(names.count > 80)
        let undocumented = names.filter { !document.contains("`\($0)`") }
        #expect(undocumented == [], "add these to docs/model.md")
    }
}
