import Foundation
import HipBalanceCore

/// Escaping of input-derived text for each output format. Every athlete name, id, exercise
/// name, file name and message goes through one of these before it reaches a document.
enum Escape {
    /// Text safe inside HTML element content and double- or single-quoted attribute values;
    /// control characters other than white space, and bidirectional formatting characters, are
    /// written as escapes (`VisibleText`: HTML does not allow the controls, and an override would
    /// show a file name reversed).
    static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\r", "\t": result.unicodeScalars.append(character)  // white space in HTML
            case _ where VisibleText.needsEscape(character): result += VisibleText.escaped(String(character))
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// One URL path segment: every byte outside RFC 3986's unreserved set is percent-encoded,
    /// so an id can never add a path segment, a query or a scheme to a link.
    static func urlPathSegment(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    /// Text shown literally by CommonMark renderers, on one line and safe inside a table cell:
    /// inline markup characters (and `<`, `>`, `&`, which would start raw HTML or an entity) are
    /// backslash-escaped, a leading block marker (`#`, `-`, `1.`) is escaped, line breaks become
    /// spaces, other control and bidirectional formatting characters are written as escapes
    /// (`VisibleText`: a report printed with `cat` cannot act on the terminal). Ordinary punctuation stays as is, and so does `_` inside a word (`activity_12.gpx`),
    /// which CommonMark never reads as emphasis, so the raw text still reads well in an e-mail.
    static func markdown(_ text: String) -> String {
        var result = ""
        let scalars = Array(text.unicodeScalars)
        func isWordCharacter(_ index: Int) -> Bool {
            scalars.indices.contains(index)
                && CharacterSet.alphanumerics.contains(scalars[index])
        }
        for (index, character) in scalars.enumerated() {
            switch character {
            case "\r", "\n": result += " "
            case _ where VisibleText.needsEscape(character): result += VisibleText.escaped(String(character))
            case "_" where isWordCharacter(index - 1) && isWordCharacter(index + 1):
                result.unicodeScalars.append(character)
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "!":
                result += "\\"
                result.unicodeScalars.append(character)
            default: result.unicodeScalars.append(character)
            }
        }
        if let first = result.first, "#+-=".contains(first) { return "\\" + result }  // heading, list, setext
        let digits = result.prefix { $0.isASCII && $0.isNumber }
        let rest = result.dropFirst(digits.count)
        if !digits.isEmpty, rest.first == "." || rest.first == ")", rest.dropFirst().first?.isWhitespace ?? true {
            return digits + "\\" + rest
        }
        return result
    }

    /// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF, or leading/trailing
    /// space; quotes doubled. A text field a spreadsheet would run as a formula (`=`, `+`, `-`,
    /// `@`, tab, CR first) is prefixed with `'` so opening the file never executes it.
    static func csvField(_ text: String, isText: Bool = true) -> String {
        var value = text
        if isText, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        let needsQuotes =
            value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
