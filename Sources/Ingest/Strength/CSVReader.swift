import Foundation
import HipBalanceCore

/// Helpers for the first line of a CSV text (format detection) and small texts in memory.
enum CSVReader {
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
        let candidates: [Character] = [",", ";", "\t"]
        var counts = [0, 0, 0]
        var inQuotes = false
        for character in header {
            if character == "\"" {
                inQuotes.toggle()
            } else if !inQuotes, let index = candidates.firstIndex(of: character) {
                counts[index] += 1
            }
        }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else { return "," }
        return candidates[best]
    }

    /// All records of a text at once (for small inputs: a header line, tests). Text from a
    /// Swift string is valid UTF-8, so only the caps can stop a record.
    static func records(in text: some StringProtocol, delimiter: Character) -> [CSVRecord] {
        var records = CSVRecords(DataByteSource(Data(text.utf8)), delimiter: delimiter, source: "")
        var all: [CSVRecord] = []
        while let record = try? records.next() { all.append(record) }
        return all
    }
}
