import Foundation
import HipBalanceCore
import Testing

@Suite struct DiagnosticTests {
    @Test func encodesTheKeysOfRunJSONAndLeavesOutWhatIsUnknown() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let full = Diagnostic(.error, "expected '>'", at: SourceLocation(source: "a/b.gpx", line: 3, column: 9))
        #expect(
            String(decoding: try encoder.encode(full), as: UTF8.self)
                == #"{"column":9,"line":3,"message":"expected '>'","path":"a\/b.gpx"}"#)
        let bare = Diagnostic(.error, "cannot be read", at: SourceLocation(source: "a/c.gpx"))
        #expect(
            String(decoding: try encoder.encode(bare), as: UTF8.self)
                == #"{"message":"cannot be read","path":"a\/c.gpx"}"#)
        #expect(try JSONDecoder().decode(Diagnostic.self, from: encoder.encode(full)) == full)
    }

    @Test func namesItsPlaceLikeACompiler() {
        let error = IngestError("bad reps", at: SourceLocation(source: "hevy.csv", line: 9, column: 5))
        let diagnostic = Diagnostic(error).at(path: "ana/hevy.csv")
        #expect(diagnostic.description == "ana/hevy.csv:9:5: bad reps")
        #expect(diagnostic.severity == .error)
    }

    @Test func aRunLevelDiagnosticIsItsMessage() throws {
        let diagnostic = Diagnostic(.error, "output /x is a file, not a folder; give --out a folder")
        #expect(diagnostic.description == "output /x is a file, not a folder; give --out a folder")
        let encoder = JSONEncoder()
        #expect(
            String(decoding: try encoder.encode(diagnostic), as: UTF8.self)
                == #"{"message":"output \/x is a file, not a folder; give --out a folder"}"#)
        #expect(try JSONDecoder().decode(Diagnostic.self, from: encoder.encode(diagnostic)) == diagnostic)
    }

    @Test func wordsAWarningWithItsPlaceInTheFile() {
        let line = Diagnostic(
            .warning, "ignored 1 unparsable heart rate value", at: SourceLocation(source: "a.gpx", line: 12))
        #expect(line.text() == "a.gpx: line 12: ignored 1 unparsable heart rate value")
        #expect(line.text(withPath: false) == "line 12: ignored 1 unparsable heart rate value")
        let column = Diagnostic(.warning, "undeclared prefix", at: SourceLocation(source: "a.gpx", line: 3, column: 7))
        #expect(column.text() == "a.gpx: line 3, column 7: undeclared prefix")
        let byte = Diagnostic(
            .warning, "the FIT file checksum does not match", at: SourceLocation(source: "b.fit", byteOffset: 769))
        #expect(byte.at(path: "ana/b.fit").text() == "ana/b.fit: byte 769: the FIT file checksum does not match")
        #expect(byte.description == "b.fit: byte 769: the FIT file checksum does not match")
        let file = Diagnostic(.warning, "no trackpoints", at: SourceLocation(source: "c.tcx", activity: 1))
        #expect(file.text(withPath: false) == "activity 1: no trackpoints")
        #expect(file.at(path: "ana/c.tcx").text() == "ana/c.tcx: activity 1: no trackpoints")
        #expect(file.description == "c.tcx: activity 1: no trackpoints")
        let session = Diagnostic(.warning, "gap", at: SourceLocation(source: "d.fit", byteOffset: 12, activity: 2))
        #expect(session.text() == "d.fit: activity 2: byte 12: gap")
        #expect(Diagnostic(.warning, "run-level").text() == "run-level")
    }

    @Test func aWarningKeepsItsSeverityAndByteOffsetThroughJSONAndAnErrorAddsNoKey() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let warning = Diagnostic(.warning, "checksum", at: SourceLocation(source: "b.fit", byteOffset: 769))
        #expect(
            String(decoding: try encoder.encode(warning), as: UTF8.self)
                == #"{"byteOffset":769,"message":"checksum","path":"b.fit","severity":"warning"}"#)
        #expect(try JSONDecoder().decode(Diagnostic.self, from: encoder.encode(warning)) == warning)
        // The activity of a file holding several travels the same way (the parse cache keeps it).
        let second = Diagnostic(.warning, "no sport given", at: SourceLocation(source: "m.tcx", activity: 2))
        #expect(
            String(decoding: try encoder.encode(second), as: UTF8.self)
                == #"{"activity":2,"message":"no sport given","path":"m.tcx","severity":"warning"}"#)
        #expect(try JSONDecoder().decode(Diagnostic.self, from: encoder.encode(second)) == second)
        let error = Diagnostic(.error, "cut", at: SourceLocation(source: "a.gpx", line: 1))
        #expect(
            String(decoding: try encoder.encode(error), as: UTF8.self) == #"{"line":1,"message":"cut","path":"a.gpx"}"#)
    }

    @Test func warningListsAreWrittenAsTheTextAPersonReads() throws {
        struct Document: Codable, Equatable {
            @DiagnosticTexts var warnings: [Diagnostic]
        }
        let located = Diagnostic(.warning, "ignored 2 values", at: SourceLocation(source: "a.gpx", line: 4))
        let json = try JSONEncoder().encode(Document(warnings: [located, Diagnostic(.note, "8 manual entries")]))
        #expect(
            String(decoding: json, as: UTF8.self)
                == #"{"warnings":["a.gpx: line 4: ignored 2 values","8 manual entries"]}"#)
        // Read back, each text is one warning that words the same.
        let decoded = try JSONDecoder().decode(Document.self, from: json)
        #expect(decoded.warnings.map { $0.text() } == ["a.gpx: line 4: ignored 2 values", "8 manual entries"])
        #expect(
            DiagnosticTexts.uniqueSorted([Diagnostic(.warning, "b"), located, Diagnostic(.warning, "b")]).map {
                $0.text()
            } == ["a.gpx: line 4: ignored 2 values", "b"])
    }

    @Test func sortsByPathThenLineThenColumn() {
        let a = Diagnostic(.error, "x", at: SourceLocation(source: "b.gpx", line: 2))
        let b = Diagnostic(.error, "x", at: SourceLocation(source: "b.gpx", line: 10))
        let c = Diagnostic(.error, "x", at: SourceLocation(source: "a.gpx", line: 99))
        #expect(Diagnostic.sorted([b, a, c]) == [c, a, b])
    }
}
