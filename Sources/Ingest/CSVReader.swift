import Foundation
import HipBalanceCore

/// One CSV record: its fields and the 1-based line on which it starts.
struct CSVRecord: Sendable, Hashable {
    var fields: [String]
    var line: Int

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

    /// Splits text into records. An unterminated quote ends the text with `unterminatedQuoteLine` set.
    static func records(
        in text: Substring, delimiter: Character, firstLine: Int = 1
    ) -> (records: [CSVRecord], unterminatedQuoteLine: Int?) {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var line = firstLine
        var recordLine = firstLine
        var iterator = text.makeIterator()
        var pending: Character? = iterator.next()

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(CSVRecord(fields: fields, line: recordLine))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
        }

        while let character = pending {
            pending = iterator.next()
            let isNewline = character == "\n" || character == "\r\n" || character == "\r"
            if inQuotes {
                if character == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if isNewline {
                        field.append("\n")
                        line += 1
                    } else {
                        field.append(character)
                    }
                }
            } else if character == "\"" {
                inQuotes = true
                fieldWasQuoted = true
            } else if character == delimiter {
                fields.append(field)
                field = ""
            } else if isNewline {
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(character)
            }
        }
        if inQuotes {
            endRecord()
            return (records, recordLine)
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return (records, nil)
    }
}
