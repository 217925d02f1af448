import HipBalanceCore
import Testing

/// Text from inputs shown on a terminal or in a one-line field: controls and bidirectional
/// formatting characters become escapes; everything else, accents and emoji included, is kept.
@Suite struct VisibleTextTests {
    @Test(arguments: [
        ("ana/run.gpx", "ana/run.gpx"),
        ("Žan Šuštar – Ausdauer 🏃", "Žan Šuštar – Ausdauer 🏃"),
        ("two\nlines\r\n", "two\\nlines\\r\\n"),
        ("tab\there", "tab\\there"),
        ("bad\u{1B}[31mRED\u{1B}[0m", "bad\\u{1B}[31mRED\\u{1B}[0m"),
        ("nul\u{0}del\u{7F}csi\u{9B}", "nul\\u{0}del\\u{7F}csi\\u{9B}"),
        ("ana/\u{202E}xpg.exe", "ana/\\u{202E}xpg.exe"),
        ("isolate\u{2066}x\u{2069}", "isolate\\u{2066}x\\u{2069}"),
        ("line\u{2028}separator", "line\\u{2028}separator"),
    ])
    func controlCharactersAreEscaped(input: String, expected: String) {
        #expect(VisibleText.escaped(input) == expected)
    }

    /// No escape is ever a control character itself, and plain text passes unchanged.
    @Test func theEscapedTextHoldsNoControlCharacter() {
        let every = String(String.UnicodeScalarView((0...0x2070).compactMap(Unicode.Scalar.init)))
        let escaped = VisibleText.escaped(every)
        #expect(!escaped.unicodeScalars.contains(where: VisibleText.needsEscape))
        #expect(VisibleText.escaped("plain") == "plain")
    }
}
