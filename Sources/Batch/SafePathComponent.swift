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
            if character.isLetter || character.isNumber || character == "-" || character == "_" || character == "." {
                result.append(character)
            } else {
                result.append("_")
            }
        }
        while result.hasPrefix(".") { result.replaceSubrange(result.startIndex...result.startIndex, with: "_") }
        if result.count > maximumLength { result = String(result.prefix(maximumLength)) }
        return result.isEmpty ? "_" : result
    }

    /// True when `name` is already what `sanitise` would make of it.
    public static func isSafe(_ name: String) -> Bool { sanitise(name) == name }
}
