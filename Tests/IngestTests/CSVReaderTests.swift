import Foundation
import Testing

@testable import Ingest

@Suite struct CSVReaderTests {
    private func fields(_ text: String, delimiter: Character = ",") -> [[String]] {
        CSVReader.records(in: text, delimiter: delimiter).map(\.fields)
    }

    @Test func quotedDelimitersAndDoubledQuotes() {
        let rows = fields("a,\"Back, Core, Biceps\",\"say \"\"hi\"\"\",\n")
        #expect(rows == [["a", "Back, Core, Biceps", "say \"hi\"", ""]])
    }

    @Test func lineBreaksInsideQuotesStayInTheField() {
        let records = CSVReader.records(in: "x,\"Straps\nfrom set 2\",y\nnext,1,2\n", delimiter: ",")
        #expect(records.map(\.fields) == [["x", "Straps\nfrom set 2", "y"], ["next", "1", "2"]])
        #expect(records.map(\.line) == [1, 3])
    }

    @Test func crlfLineEndings() {
        #expect(fields("a,b\r\n1,2\r\n\"q\r\nr\",3\r\n") == [["a", "b"], ["1", "2"], ["q\nr", "3"]])
    }

    @Test func blankLinesAreSkippedButQuotedEmptyFieldsKept() {
        #expect(fields("a\n\n\"\"\n") == [["a"], [""]])
    }

    @Test func byteOrderMarkIsStripped() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("Date,Exercise\n".utf8)
        let bytes = try #require(CSVReader.textBytes(from: data))
        #expect(bytes.starts(with: Array("Date".utf8)))
    }

    @Test func binaryDataIsRejected() {
        #expect(CSVReader.textBytes(from: Data([0x1F, 0x8B, 0x08, 0x00, 0x00])) == nil)
        #expect(CSVReader.textBytes(from: Data([0xFF, 0xFE, 0x41])) == nil)
    }

    @Test(arguments: [
        ("Date;Workout Name;\"Back, Core\"", ";"),
        ("\"Workout #\";\"Date\";\"Weight (kg)\"", ";"),
        ("Date,Exercise,Reps", ","),
        ("a\tb\tc", "\t"),
        ("only", ","),
    ])
    func delimiterIsSniffedOutsideQuotes(header: String, expected: String) {
        #expect(CSVReader.sniffDelimiter(Substring(header)) == Character(expected))
    }

    @Test func semicolonWithDecimalCommas() {
        let rows = fields("03.09.2025;Kniebeuge;102,5;\"letzte Wdh; langsam\"\n", delimiter: ";")
        #expect(rows == [["03.09.2025", "Kniebeuge", "102,5", "letzte Wdh; langsam"]])
        #expect(StrengthValues.number(rows[0][2]) == 102.5)
    }

    @Test func unterminatedQuoteIsReportedWithItsLine() {
        let records = CSVReader.records(in: "a,b\n1,\"open\n2,3\n", delimiter: ",")
        #expect(records.map(\.isUnterminated) == [false, true])
        #expect(records.map(\.line) == [1, 2])
        #expect(records.last?.fields == ["1", "open\n2,3\n"])
    }

    @Test func headerLineEndsOutsideQuotes() {
        #expect(CSVReader.headerLine(of: "\"a\nb\",c\n1,2") == "\"a\nb\",c")
    }
}
