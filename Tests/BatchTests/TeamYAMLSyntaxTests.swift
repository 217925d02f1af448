import Testing

@testable import Batch

/// YAML mistakes in `team.yaml` are said in plain words at their line and column, with what to
/// do; the YAML library's own text ("mapping values are not allowed in this context") never shows.
@Suite struct TeamYAMLSyntaxTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var yaml: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(
            yaml: "athletes:\n\tana:\n    hrMax: 180\n", line: 2, column: 1,
            message: "a tab is not allowed for indentation; indent with spaces"),
        Case(
            yaml: "athletes:\n  ana:\n  \thrMax: 180\n", line: 3, column: 3,
            message: "a tab is not allowed for indentation; indent with spaces"),
        Case(
            yaml: "athletes:\n  ana\n    hrMax: 180\n", line: 3, column: 10,
            message: "a ':' is not allowed here; check that the key on the line before ends with ':', that this line "
                + "is indented like the keys beside it, and put a value that holds ': ' in quotes"),
        Case(
            yaml: "athletes:\n  ana:\n    name: Ana: Novak\n", line: 3, column: 14,
            message: "a ':' is not allowed here; check that the key on the line before ends with ':', that this line "
                + "is indented like the keys beside it, and put a value that holds ': ' in quotes"),
        Case(
            yaml: "athletes:\n  ana:\n    hrMax: 180\n   ftp: 250\n", line: 4, column: 4,
            message: "this line is not indented like the keys before it (or a '-' list item stands where a key "
                + "belongs); indent it with spaces to match the keys of its mapping"),
        Case(
            yaml: "athletes:\n  ana:\n    name: \"Ana\n", line: 4, column: 1,
            message: "a quoted value is not closed: add the closing quote (it opens at line 3, column 11)"),
        Case(
            yaml: "athletes:\n  ana:\n    aliases: [a, b\n", line: 4, column: 1,
            message: "a list in [ ] is not closed, or two of its items lack a ',' between them "
                + "(it opens at line 3, column 14)"),
        Case(
            yaml: "name: {a: b\n", line: 2, column: 1,
            message: "a mapping in { } is not closed, or two of its entries lack a ',' between them "
                + "(it opens at line 1, column 7)"),
        Case(
            yaml: "name: \"C:\\data\"\n", line: 1, column: 10,
            message: "a backslash inside double quotes starts an escape sequence; write \\\\ for a backslash, "
                + "or use single quotes"),
        Case(
            yaml: "athletes:\n  ana: *coach\n", line: 2, column: 8,
            message: "an alias (*name) refers to an anchor (&name) not defined before it; define it first, "
                + "or write the value out"),
        Case(
            yaml: "name: A\n---\nname: B\n", line: 2, column: 1,
            message: "the file holds more than one YAML document (a second '---'); keep one"),
        Case(
            yaml: "exercises:\n  - name: a\n   - name: b\n", line: 3, column: 4,
            message: "this line is not indented like the list items before it; line up the '-' of every item of "
                + "one list"),
        Case(
            yaml: "athletes:\n  ana:\n    name: @ana\n", line: 3, column: 11,
            message: "a value cannot start with '@'; put the value in quotes"),
        Case(
            yaml: "name: * \n", line: 1, column: 8,
            message: "'*' and '&' must be followed by a name (an alias or an anchor); put a value that starts with "
                + "them in quotes"),
        Case(
            yaml: "name: !foo!bar x\n", line: 1, column: 7,
            message: "'!' starts a YAML tag, which team.yaml does not use; put a value that starts with '!' in quotes"
        ),
        Case(
            yaml: "athletes:\n  ana:\n    name: a\u{1}b\n", line: 3, column: 12,
            message: "the file holds a control character (code 1), which YAML does not allow; remove it"),
        // Not one of the mapped mistakes: said plainly, at its place.
        Case(yaml: "%YAML 2.0\n---\nname: A\n", line: 1, column: 1, message: YAMLSyntaxWording.unreadable),
    ]

    @Test(arguments: cases)
    func aSyntaxErrorIsSaidInPlainWordsAtItsLineAndColumn(_ bad: Case) {
        do {
            _ = try TeamConfiguration.parse(yaml: bad.yaml, file: "team.yaml")
            Issue.record("accepted")
        } catch {
            #expect(error.key.isEmpty)
            #expect(error.description == "team.yaml:\(bad.line):\(bad.column): \(bad.message)")
        }
    }

    @Test func aKeyGivenTwiceIsNamedWithItsPlace() {
        do {
            _ = try TeamConfiguration.parse(
                yaml: "athletes:\n  ana:\n    hrMax: 180\n    hrMax: 181\n", file: "team.yaml")
            Issue.record("accepted")
        } catch {
            #expect(error.key == "hrMax")
            #expect(error.line == 3 && error.column != nil)
            #expect(error.message == "key given more than once in one mapping; keep one of them")
        }
    }

    /// JSON (how `model:` reaches the model) has no infinity: said plainly, not as a Foundation error.
    @Test func anInfiniteModelValueIsSaidPlainly() {
        do {
            _ = try TeamConfiguration.parse(yaml: "model:\n  acuteDays: .inf\n", file: "team.yaml")
            Issue.record("accepted")
        } catch {
            #expect(error.key == "model")
            #expect(error.message == "holds a number that is not finite (.inf or .nan); write an ordinary number")
        }
    }

    @Test func theCharacterAndThePlaceOfAnOffsetAreFound() {
        let text = "a: 1\nb: é\tc\n"
        #expect(YAMLSyntaxWording.character(line: 2, column: 5, in: text) == "\t")
        #expect(YAMLSyntaxWording.character(line: 1, column: 9, in: text) == nil)
        let place = YAMLSyntaxWording.position(ofCharacterOffset: 9, in: text)
        #expect(place.line == 2 && place.column == 5)
    }
}
