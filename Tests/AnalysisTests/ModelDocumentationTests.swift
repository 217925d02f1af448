import Foundation
import HipBalanceTestSupport
import Testing

@testable import Analysis

/// `docs/model.md` documents every parameter a team can override.
@Suite struct ModelDocumentationTests {
    @Test func everyParameterIsNamedInTheModelDocument() throws {
        let document = try String(contentsOf: PackageRoot.url.appendingPathComponent("docs/model.md"), encoding: .utf8)
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(ModelParameters.defaults))
        let names = try #require(encoded as? [String: Any]).keys.sorted()
        #expect(names.count > 80)
        let undocumented = names.filter { !document.contains("`\($0)`") }
        #expect(undocumented == [], "add these to docs/model.md")
    }
}
