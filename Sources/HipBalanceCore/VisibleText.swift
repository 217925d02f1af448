/// Text from inputs (file names, exercise and device names, keys of `team.yaml`) made safe to
/// show on a terminal or in a one-line document field: control characters and bidirectional
/// formatting characters are written as escapes (`\n`, `\t`, `\u{1B}`) instead of acting.
///
/// A file name holding a line break could otherwise forge a line of a nightly job's log
/// ("0 rejected"), an escape sequence (`ESC [ 2 J`) could clear or recolour the coach's
/// terminal, and a right-to-left override (U+202E) could show `ana/gpx.exe` for `ana/exe.gpx`.
/// Machine-read outputs (JSON) keep the text as it is: JSON escapes control characters itself.
public enum VisibleText {
    /// `text` with every control or bidirectional formatting character escaped; the same string
    /// when there is none (the usual case, with no copy).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscape(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0 and C1 controls and DEL (general category Cc), line and paragraph separators, and the
    /// bidirectional marks, embeddings, overrides and isolates (Unicode TR #9).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
