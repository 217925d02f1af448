import Testing

@testable import Batch

@Suite struct SafePathComponentTests {
    @Test(arguments: [
        ("ana", "ana"),
        ("Ana Novak", "Ana_Novak"),
        ("žan-kovač_2", "žan-kovač_2"),
        ("..", "_."),
        (".", "_"),
        (".hidden", "_hidden"),
        ("a/b", "a_b"),
        ("a\\b", "a_b"),
        ("", "_"),
        ("tab\there", "tab_here"),
        ("v1.2", "v1.2"),
    ])
    func sanitises(_ name: String, _ expected: String) {
        #expect(SafePathComponent.sanitise(name) == expected)
        #expect(SafePathComponent.isSafe(expected))
    }

    @Test func cutsLongNames() {
        let long = String(repeating: "a", count: 300)
        #expect(SafePathComponent.sanitise(long).count == SafePathComponent.maximumLength)
    }

    @Test func resultNeverEscapesItsFolder() {
        for name in ["../../etc", "/abs", "a/../../b", "...", "\u{0}x"] {
            let safe = SafePathComponent.sanitise(name)
            #expect(!safe.contains("/") && !safe.hasPrefix(".") && safe != ".." && !safe.isEmpty)
        }
    }
}

/// D11: a prepended mark and a slash form one Character; every scalar is checked.
@Suite struct SafePathComponentScalarTests {
    @Test func aSlashHiddenInAClusterIsReplaced() {
        let id = "\u{0D4E}/x"
        #expect(!SafePathComponent.isSafe(id))
        #expect(!SafePathComponent.sanitise(id).contains("/"))
        #expect(SafePathComponent.sanitise("Ana Novak") == "Ana_Novak")
        #expect(SafePathComponent.sanitise("Zoe\u{0301}") == "Zoe\u{0301}")
    }
}
