import Foundation
import HipBalanceCore
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

    /// The records of bytes streamed through a source that hands out `chunk` bytes at a time.
    private func streamed(_ bytes: [UInt8], chunk: Int, delimiter: Character = ",") throws(IngestError) -> [CSVRecord] {
        var records = CSVRecords(ChunkedByteSource(bytes: bytes, chunk: chunk), delimiter: delimiter, source: "s.csv")
        var all: [CSVRecord] = []
        while let record = try records.next() { all.append(record) }
        return all
    }

    @Test func byteOrderMarkIsStripped() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("Date,Exercise,Reps\n2026-01-01,Squat,5\n".utf8)
        let log = try StrengthLogReader.read(data: data, source: "bom.csv", options: StrengthReadOptions())
        #expect(log.sessions.first?.sets.first?.exerciseName == "Squat")
    }

    @Test func binaryDataIsRejected() {
        for bytes: [UInt8] in [
            [0x41, 0x0A, 0x1F, 0x8B, 0x08, 0x00, 0x00], [0x41, 0xFF, 0xFE, 0x41], [0x41, 0xE2, 0x82],
            [0x41, 0xED, 0xA0, 0x80],
        ] {
            #expect(throws: IngestError.self) { try streamed(bytes, chunk: 1) }
        }
    }

    /// Every way of cutting the text into chunks gives the same records: quotes, doubled quotes,
    /// CRLF and multi-byte characters split between two reads.
    @Test func recordsDoNotDependOnHowTheBytesArrive() throws {
        let text = "a,\"b \"\"q\"\"\r\nc\"\r\nžaba,čez,\"\"\r\n\n€,🏋️\n"
        let whole = CSVReader.records(in: text, delimiter: ",")
        #expect(whole.map(\.fields) == [["a", "b \"q\"\nc"], ["žaba", "čez", ""], ["€", "🏋️"]])
        for chunk in 1...9 {
            #expect(try streamed(Array(text.utf8), chunk: chunk) == whole)
        }
    }

    /// A row over the cap is reported with its line, in constant memory, and the next row is read.
    @Test func anOverlongRowNamesItsLine() throws {
        let long = String(repeating: "x", count: CSVLimits.maximumRecordBytes + 1)
        let records = try streamed(Array("a,b\n\(long),1\nc,d\n".utf8), chunk: 4096)
        #expect(records.map { $0.line } == [1, 2, 3])
        #expect(records[1].overflow?.contains("longer than 64 KiB") == true)
        #expect(records[2].fields == ["c", "d"])
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

/// Hands out a byte array `chunk` bytes at a time, like a slow pipe or a zip member.
struct ChunkedByteSource: ByteSource {
    let bytes: [UInt8]
    let chunk: Int
    var offset = 0

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let n = min(chunk, buffer.count, bytes.count - offset)
        guard n > 0 else { return 0 }
        for index in 0..<n { buffer[index] = bytes[offset + index] }
        offset += n
        return n
    }
}
