/// Turns names from input data (athlete folder names) into safe single path components.
public enum SafePathComponent {
    /// The longest component produced, in characters.
    public static let maximumLength = 100

    /// A component that cannot escape its parent folder or hide: letters and digits (any
    /// script), `-`, `_` and `.` are kept, anything else becomes `_`; leading dots are replaced,
    /// `.`/`..` and the empty name become `_`, and the result is cut to `maximumLength`.
    public static func sanitise(_ name: String) -> String {
        var result = ""
        for character in name {
            // Every scalar is checked, not only the first: a prepended mark (U+0D4E) and a
            // slash form one Character whose `isLetter` is true.
            result.append(character.unicodeScalars.allSatisfy(isAllowed) ? character : "_")
        }
        while result.hasPrefix(".") { result.replaceSubrange(result.startIndex...result.startIndex, with: "_") }
        if result.count > maximumLength { result = String(result.prefix(maximumLength)) }
        return result.isEmpty ? "_" : result
    }

    /// Letters and digits of any script, the marks that combine with them, `-`, `_` and `.`.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "-" || scalar == "_" || scalar == "." { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// True when `name` is already what `sanitise` would make of it.
    public static func isSafe(_ name: String) -> Bool { sanitise(name) == name }
}
