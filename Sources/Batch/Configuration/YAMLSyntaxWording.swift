import Foundation
import Yams

/// A YAML syntax error of `team.yaml` in plain words, at its line and column, with what to do.
///
/// libyaml's messages ("mapping values are not allowed in this context") name the grammar, not
/// the mistake; the common ones are mapped to the mistakes that cause them. Anything else says
/// that the file could not be read as YAML there, and what to check.
enum YAMLSyntaxWording {
    /// The problem as a configuration error of `file`.
    static func error(_ error: any Error, text: String, file: String) -> ConfigurationError {
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return ConfigurationError(
                file: file, key: "", line: mark.line, column: mark.column,
                message: message(problem: problem, context: context, at: mark, in: text))
        case .reader(let problem, let offset, let value, _):
            let place = offset.map { position(ofCharacterOffset: $0, in: text) }
            return ConfigurationError(
                file: file, key: "", line: place?.line, column: place?.column,
                message: problem.contains("control characters")
                    ? "the file holds a control character (code \(value)), which YAML does not allow; remove it"
                    : unreadable)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ConfigurationError(
                file: file, key: duplicates.sorted().joined(separator: ", "), line: context.mark.line,
                column: context.mark.column, message: "key given more than once in one mapping; keep one of them")
        default:
            return ConfigurationError(file: file, key: "", message: unreadable)
        }
    }

    /// What an unmapped problem says.
    static let unreadable =
        "the file could not be read as YAML here; check the indentation (spaces only), "
        + "the ':' after each key and the quotes on this line and the one before"

    /// The plain words for one libyaml problem.
    static func message(problem: String, context: YamlError.Context?, at mark: Mark, in text: String) -> String {
        let opened = context.map { " (it opens at line \($0.mark.line), column \($0.mark.column))" } ?? ""
        switch problem {
        case "found character that cannot start any token", "found a tab character that violates indentation",
            "found a tab character where an indentation space is expected":
            guard let character = character(line: mark.line, column: mark.column, in: text), character != "\t" else {
                return "a tab is not allowed for indentation; indent with spaces"
            }
            return "a value cannot start with '\(character)'; put the value in quotes"
        case "mapping values are not allowed in this context":
            return
                "a ':' is not allowed here; check that the key on the line before ends with ':', that this line "
                + "is indented like the keys beside it, and put a value that holds ': ' in quotes"
        case "did not find expected key":
            return
                "this line is not indented like the keys before it (or a '-' list item stands where a key belongs); "
                + "indent it with spaces to match the keys of its mapping"
        case "did not find expected '-' indicator":
            return "this line is not indented like the list items before it; line up the '-' of every item of one list"
        case "block sequence entries are not allowed in this context":
            return "a '-' list item is not allowed here; start the list on the line after its key, indented under it"
        case "could not find expected ':'":
            return "a key is missing its ':' (write 'key: value')\(opened)"
        case "found unexpected end of stream":
            return context?.text == "while scanning a quoted scalar"
                ? "a quoted value is not closed: add the closing quote\(opened)"
                : "the file ends in the middle of a value\(opened); check for a missing closing quote or bracket"
        case "did not find expected ',' or ']'":
            return "a list in [ ] is not closed, or two of its items lack a ',' between them\(opened)"
        case "did not find expected ',' or '}'":
            return "a mapping in { } is not closed, or two of its entries lack a ',' between them\(opened)"
        case "found unknown escape character", "did not find expected hexdecimal number",
            "found invalid Unicode character escape code":
            return
                "a backslash inside double quotes starts an escape sequence; write \\\\ for a backslash, "
                + "or use single quotes"
        case "found undefined alias":
            return
                "an alias (*name) refers to an anchor (&name) not defined before it; define it first, or write the value out"
        case "did not find expected alphabetic or numeric character":
            return
                "'*' and '&' must be followed by a name (an alias or an anchor); put a value that starts with them in quotes"
        case "but found another document":
            return "the file holds more than one YAML document (a second '---'); keep one"
        case "did not find expected <document start>":
            return "text follows the end of the document ('...'); remove it or the '...'"
        case "found undefined tag handle", "did not find expected '!'", "did not find expected tag URI":
            return "'!' starts a YAML tag, which team.yaml does not use; put a value that starts with '!' in quotes"
        case "did not find expected node content":
            return "a value is missing here, or starts with a character that cannot start one; put it in quotes"
        default:
            return unreadable
        }
    }

    /// The character at a 1-based line and column (columns count Unicode scalars, as libyaml does).
    static func character(line wanted: Int, column wantedColumn: Int, in text: String) -> Character? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if line == wanted && column == wantedColumn { return Character(scalar) }
            if scalar == "\n" {
                if line == wanted { return nil }
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    /// The 1-based line and column of the character `offset` characters into the text (how
    /// Yams gives the place of a reader error).
    static func position(ofCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(max(0, offset)) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
