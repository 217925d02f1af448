import Foundation
import HipBalanceCore

/// The records of CSV text streamed from a byte source, one at a time: memory is one buffer and
/// one record, whatever the size of the file.
///
/// Quote-aware (RFC 4180): quoted delimiters, doubled quotes, real line breaks inside quotes,
/// CRLF. Never splits on newlines first. The bytes are checked to be UTF-8 text as they pass
/// (no NUL byte, no invalid sequence); anything else stops the reading with one error.
struct CSVRecords<Source: ByteSource> {
    private var input: Source
    private let source: String
    private let delimiter: UInt8
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var position = 0
    private var count = 0
    private var atEnd = false
    /// Bytes handed to the scanner before the current buffer (for the offset in errors).
    private var consumed = 0
    private var validator = UTF8Validator()
    /// The offset of the first byte that is not text, once a chunk holding it was read.
    private var invalidByte: Int?
    private var line = 1

    private static var quote: UInt8 { UInt8(ascii: "\"") }
    private static var lineFeed: UInt8 { UInt8(ascii: "\n") }
    private static var carriageReturn: UInt8 { UInt8(ascii: "\r") }

    /// `delimiter` must be ASCII (`,`, `;` or tab); `source` names the input in errors.
    init(_ input: Source, delimiter: Character, source: String) {
        self.input = input
        self.source = source
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
    }

    /// The next byte, nil at the end of the input.
    private mutating func nextByte() throws(IngestError) -> UInt8? {
        if position == count, try !refill() { return nil }
        let byte = buffer[position]
        position += 1
        return byte
    }

    /// The next byte without consuming it.
    private mutating func peekByte() throws(IngestError) -> UInt8? {
        if position == count, try !refill() { return nil }
        return buffer[position]
    }

    /// Reads the next chunk and checks it is text; false at the end of the input. The valid
    /// bytes before a bad one are handed out first, so the error names the line it is on.
    private mutating func refill() throws(IngestError) -> Bool {
        guard !atEnd else { return false }
        consumed += count
        position = 0
        count = 0
        if let bad = invalidByte { throw notText(at: bad) }
        while count == 0 {
            var chunk: [UInt8] = []
            swap(&chunk, &buffer)
            defer { swap(&chunk, &buffer) }
            let n = try input.read(into: &chunk)
            if n == 0 {
                atEnd = true
                if !validator.isComplete { throw notText(at: consumed) }
                return false
            }
            count = n
        }
        if let bad = validator.firstInvalid(in: buffer[0..<count]) {
            invalidByte = consumed + bad
            count = bad
            if count == 0 { throw notText(at: consumed) }
        }
        return true
    }

    private func notText(at offset: Int) -> IngestError {
        IngestError(
            "not a text file: expected UTF-8 CSV, found binary or non-UTF-8 data (byte \(offset + 1), line \(line))",
            at: SourceLocation(source: source, line: 1, column: 1))
    }

    /// The next record; blank lines are skipped. A record that reaches the end of the text
    /// inside quotes comes back marked `isUnterminated`. Throws only when the input cannot be
    /// read or is not UTF-8 text.
    mutating func next() throws(IngestError) -> CSVRecord? {
        while try peekByte() != nil {
            let startLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var inQuotes = false
            var sawQuote = false
            var recordBytes = 0
            // Past a cap the record is scanned to its end (quotes still count) but nothing is
            // kept, so a hostile line costs time linear in its length and no memory.
            var overflow: String?
            func keep(_ byte: UInt8) {
                recordBytes += 1
                if overflow == nil, recordBytes > CSVLimits.maximumRecordBytes {
                    overflow =
                        "line is longer than \(CSVLimits.maximumRecordBytes / 1024) KiB, the most read from one row"
                }
                if overflow == nil { field.append(byte) }
            }
            func endField() {
                if overflow == nil, fields.count >= CSVLimits.maximumFields {
                    overflow = "row has more than \(CSVLimits.maximumFields) fields"
                }
                if overflow == nil { fields.append(String(decoding: field, as: UTF8.self)) }
                field.removeAll(keepingCapacity: true)
            }
            scan: while let byte = try nextByte() {
                if inQuotes {
                    if byte == Self.quote {
                        if try peekByte() == Self.quote {
                            keep(Self.quote)
                            position += 1
                        } else {
                            inQuotes = false
                        }
                    } else if byte == Self.carriageReturn || byte == Self.lineFeed {
                        try skipLineFeed(after: byte)
                        keep(Self.lineFeed)
                        line += 1
                    } else {
                        keep(byte)
                    }
                } else if byte == Self.quote {
                    inQuotes = true
                    sawQuote = true
                } else if byte == delimiter {
                    recordBytes += 1
                    endField()
                } else if byte == Self.carriageReturn || byte == Self.lineFeed {
                    try skipLineFeed(after: byte)
                    line += 1
                    break scan
                } else {
                    keep(byte)
                }
            }
            endField()
            if let overflow {
                return CSVRecord(fields: [], line: startLine, isUnterminated: inQuotes, overflow: overflow)
            }
            if fields.count == 1, fields[0].isEmpty, !sawQuote { continue }
            return CSVRecord(fields: fields, line: startLine, isUnterminated: inQuotes)
        }
        return nil
    }

    /// Treats CRLF as one line break.
    private mutating func skipLineFeed(after byte: UInt8) throws(IngestError) {
        if byte == Self.carriageReturn, try peekByte() == Self.lineFeed { position += 1 }
    }
}
