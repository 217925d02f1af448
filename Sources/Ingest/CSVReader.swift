import Foundation
import HipBalanceCore

/// One CSV record: its fields and the 1-based line on which it starts.
struct CSVRecord: Sendable, Hashable {
    var fields: [String]
    var line: Int
    /// True when the text ended inside this record's quotes (a truncated file).
    var isUnterminated = false

    /// The field at `index`, trimmed of surrounding spaces; empty when the row is short.
    subscript(index: Int?) -> String {
        guard let index, index < fields.count else { return "" }
        return fields[index].trimmingCharacters(in: .whitespaces)
    }
}

/// A quote-aware (RFC 4180) CSV reader for text already in memory.
///
/// Handles quoted delimiters, doubled quotes, real line breaks inside quotes, CRLF and a
/// leading UTF-8 byte-order mark. Never splits on newlines first.
enum CSVReader {
    /// Decodes bytes as UTF-8 text without a BOM; nil for binary or non-UTF-8 data.
    static func text(from data: Data) -> String? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.contains(0) { return nil }
        return String(data: Data(bytes), encoding: .utf8)
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
        Array(CSVRecords(String(text), delimiter: delimiter))
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

    /// `delimiter` must be ASCII (`,`, `;` or tab).
    init(_ text: String, delimiter: Character, firstLine: Int = 1) {
        bytes = Array(text.utf8)
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
        line = firstLine
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
            scan: while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if inQuotes {
                    if byte == Self.quote {
                        if position < bytes.count, bytes[position] == Self.quote {
                            field.append(Self.quote)
                            position += 1
                        } else {
                            inQuotes = false
                        }
                    } else if byte == Self.carriageReturn || byte == Self.lineFeed {
                        skipLineFeed(after: byte)
                        field.append(Self.lineFeed)
                        line += 1
                    } else {
                        field.append(byte)
                    }
                } else if byte == Self.quote {
                    inQuotes = true
                    sawQuote = true
                } else if byte == delimiter {
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                } else if byte == Self.carriageReturn || byte == Self.lineFeed {
                    skipLineFeed(after: byte)
                    line += 1
                    break scan
                } else {
                    field.append(byte)
                }
            }
            fields.append(String(decoding: field, as: UTF8.self))
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
