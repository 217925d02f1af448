import Foundation
import HipBalanceCore

/// One CSV record: its fields and the 1-based line on which it starts.
struct CSVRecord: Sendable, Hashable {
    var fields: [String]
    var line: Int
    /// True when the text ended inside this record's quotes (a truncated file).
    var isUnterminated = false
    /// Set when the record broke a cap (too long, too many fields): its fields were not kept.
    var overflow: String?

    /// The field at `index`, trimmed of surrounding spaces; empty when the row is short.
    subscript(index: Int?) -> String {
        guard let index, index < fields.count else { return "" }
        return fields[index].trimmingSpaces
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs; a byte scan, much cheaper per field
    /// than Foundation's `trimmingCharacters(in:)`.
    var trimmingSpaces: String {
        let bytes = utf8
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        let end = bytes.index(after: last)
        return first == bytes.startIndex && end == bytes.endIndex ? self : String(self[first..<end])
    }
}

/// A quote-aware (RFC 4180) CSV reader for text already in memory.
///
/// Handles quoted delimiters, doubled quotes, real line breaks inside quotes, CRLF and a
/// leading UTF-8 byte-order mark. Never splits on newlines first.
enum CSVReader {
    /// The bytes of a text file without its UTF-8 BOM; nil for binary (a NUL byte) or non-UTF-8 data.
    static func textBytes(from data: Data) -> [UInt8]? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.withUnsafeBytes({ $0.contains(0) }) { return nil }
        guard String(data: bytes, encoding: .utf8) != nil else { return nil }
        return [UInt8](bytes)
    }

    /// The first record's text line (up to the first line break outside quotes).
    static func headerLine(of text: Substring) -> Substring {
        var inQuotes = false
        for index in text.indices {
            let character = text[index]
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes, character == "\n" || character == "\r\n" || character == "\r" {
                return text[..<index]
            }
        }
        return text
    }

    /// The delimiter used by a header line: whichever of `,` `;` tab occurs most outside quotes.
    static func sniffDelimiter(_ header: Substring) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        for character in header {
            if character == "\"" {
                inQuotes.toggle()
            } else if !inQuotes, counts[character] != nil {
                counts[character]! += 1
            }
        }
        let best = [",", ";", "\t"].max { counts[$0]! < counts[$1]! }!
        return counts[best]! > 0 ? best : ","
    }

    /// All records of a text at once (for small inputs: one JEFIT section, a header line, tests).
    static func records(in text: some StringProtocol, delimiter: Character) -> [CSVRecord] {
        Array(CSVRecords(bytes: Array(text.utf8), delimiter: delimiter))
    }
}

/// The records of CSV text, produced one at a time so that memory does not grow with the file
/// beyond its bytes. Copies are independent cursors (a copy can pre-scan the rows).
struct CSVRecords: Sequence, IteratorProtocol {
    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var position = 0
    private var line: Int

    private static let quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    /// The longest record kept, in bytes (a strength-log row is well under 1 KiB).
    static let maximumRecordBytes = 64 * 1024
    /// The most fields a record may have.
    static let maximumFields = 1024

    /// `bytes` are UTF-8 text; `delimiter` must be ASCII (`,`, `;` or tab).
    init(bytes: [UInt8], delimiter: Character) {
        self.bytes = bytes
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
        line = 1
    }

    /// The next record; blank lines are skipped. A record that reaches the end of the text
    /// inside quotes comes back marked `isUnterminated`.
    mutating func next() -> CSVRecord? {
        while position < bytes.count {
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
                if overflow == nil, recordBytes > Self.maximumRecordBytes {
                    overflow = "line is longer than \(Self.maximumRecordBytes / 1024) KiB, the most read from one row"
                }
                if overflow == nil { field.append(byte) }
            }
            func endField() {
                if overflow == nil, fields.count >= Self.maximumFields {
                    overflow = "row has more than \(Self.maximumFields) fields"
                }
                if overflow == nil { fields.append(String(decoding: field, as: UTF8.self)) }
                field.removeAll(keepingCapacity: true)
            }
            scan: while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if inQuotes {
                    if byte == Self.quote {
                        if position < bytes.count, bytes[position] == Self.quote {
                            keep(Self.quote)
                            position += 1
                        } else {
                            inQuotes = false
                        }
                    } else if byte == Self.carriageReturn || byte == Self.lineFeed {
                        skipLineFeed(after: byte)
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
                    skipLineFeed(after: byte)
                    line += 1
                    break scan
                } else {
                    keep(byte)
                }
            }
            endField()
            if let overflow { return CSVRecord(fields: [], line: startLine, isUnterminated: inQuotes, overflow: overflow) }
            if fields.count == 1, fields[0].isEmpty, !sawQuote { continue }
            return CSVRecord(fields: fields, line: startLine, isUnterminated: inQuotes)
        }
        return nil
    }

    /// Treats CRLF as one line break.
    private mutating func skipLineFeed(after byte: UInt8) {
        if byte == Self.carriageReturn, position < bytes.count, bytes[position] == Self.lineFeed { position += 1 }
    }
}
