import Foundation
import HipBalanceCore

/// The encodings a strength log arrives in. Apps write UTF-8; a spreadsheet saved as CSV on
/// Windows writes the system's code page (Windows-1252 in Western Europe), and Excel's "Unicode
/// Text" is UTF-16 with a byte-order mark.
enum TextEncoding: Sendable {
    case utf8
    case windows1252
    case utf16LittleEndian
    case utf16BigEndian

    /// A byte of Windows-1252 as the WHATWG Encoding Standard maps it: 0x80–0x9F hold
    /// typographic marks and a few letters (its five unassigned bytes map to the C1 controls of
    /// the same value); the rest is Latin-1.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(windows1252High[Int(byte - 0x80)]) ?? "\u{FFFD}"
    }

    /// Code points of Windows-1252's bytes 0x80–0x9F.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
        0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}

/// Text bytes handed on as UTF-8, whatever of `TextEncoding` they were written in, as a stream.
///
/// UTF-16 is known by its byte-order mark (`FF FE`, `FE FF`). Otherwise the first byte outside
/// ASCII decides: when it starts a well-formed UTF-8 sequence the text is UTF-8 (and checked as
/// such downstream), else it is Windows-1252. Every byte before it is ASCII, which both read the
/// same, so the choice is made once, in the stream, without reading the file twice. A Windows-1252
/// text whose first accented letters happen to form a UTF-8 sequence (`Ã©`) is taken for UTF-8;
/// real names almost never do.
final class TextDecodingByteSource<Source: ByteSource>: ByteSource {
    private enum State {
        case start
        /// Only ASCII seen so far.
        case ascii
        case decided(TextEncoding)
    }

    private var input: Source
    private var state = State.start
    private var inputEnded = false
    /// Bytes read from `input` and not yet converted, from `rawStart`.
    private var raw: [UInt8] = []
    private var rawStart = 0
    /// Converted bytes not yet handed out, from `outputStart`.
    private var output: [UInt8] = []
    private var outputStart = 0
    private let source: String

    /// The encoding read, once known (nil while only ASCII has passed: then UTF-8 and
    /// Windows-1252 are the same).
    var encoding: TextEncoding? {
        if case .decided(let encoding) = state { return encoding }
        return nil
    }

    /// `source` names the input in errors.
    init(_ input: Source, source: String) {
        self.input = input
        self.source = source
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        while outputStart == output.count {
            output.removeAll(keepingCapacity: true)
            outputStart = 0
            // UTF-8 once decided and nothing is waiting: straight from the input, no copy.
            if case .decided(.utf8) = state, rawStart == raw.count { return try input.read(into: buffer) }
            if try !convertMore() { return 0 }
        }
        let count = min(buffer.count, output.count - outputStart)
        output.withUnsafeBytes { bytes in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[outputStart..<outputStart + count]))
        }
        outputStart += count
        return count
    }

    /// Reads a chunk of the input and converts what it can; false once everything is converted.
    private func convertMore() throws(IngestError) -> Bool {
        if rawStart > 0 {
            raw.removeFirst(rawStart)
            rawStart = 0
        }
        if !inputEnded {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = try input.read(into: &chunk)
            if count == 0 { inputEnded = true } else { raw.append(contentsOf: chunk[0..<count]) }
        }
        guard rawStart < raw.count else { return !inputEnded }
        try convert()
        if inputEnded, rawStart < raw.count {
            // Only an odd byte of UTF-16 (or half a surrogate pair) can be left at the end.
            throw IngestError(
                "not a text file: the UTF-16 text ends in the middle of a character (truncated?)",
                at: SourceLocation(source: source, line: 1, column: 1))
        }
        return true
    }

    /// Converts the waiting bytes as far as they can be converted now.
    private func convert() throws(IngestError) {
        if case .start = state {
            guard raw.count - rawStart >= 2 || inputEnded else { return }
            if raw[rawStart...].starts(with: [0xFF, 0xFE]) {
                state = .decided(.utf16LittleEndian)
                rawStart += 2
            } else if raw[rawStart...].starts(with: [0xFE, 0xFF]) {
                state = .decided(.utf16BigEndian)
                rawStart += 2
            } else {
                state = .ascii
            }
        }
        if case .ascii = state {
            let end = raw[rawStart...].firstIndex { $0 >= 0x80 } ?? raw.count
            output.append(contentsOf: raw[rawStart..<end])
            rawStart = end
            guard rawStart < raw.count else { return }
            guard let startsUTF8 = startsWellFormedUTF8() else { return }  // more bytes needed
            state = .decided(startsUTF8 ? .utf8 : .windows1252)
        }
        guard case .decided(let encoding) = state else { return }
        switch encoding {
        case .utf8:
            output.append(contentsOf: raw[rawStart...])
            rawStart = raw.count
        case .windows1252:
            // Text in a single-byte code page has no control characters but tab, line feed,
            // form feed and carriage return: anything else is binary data (an image renamed .csv).
            output.reserveCapacity(output.count + 2 * (raw.count - rawStart))
            for byte in raw[rawStart...] {
                if byte >= 0x80 {
                    append(TextEncoding.windows1252(byte))
                } else if byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D {
                    output.append(byte)
                } else {
                    throw IngestError(
                        "not a text file: expected a CSV, found binary data",
                        at: SourceLocation(source: source, line: 1, column: 1))
                }
            }
            rawStart = raw.count
        case .utf16LittleEndian, .utf16BigEndian:
            convertUTF16(bigEndian: encoding == .utf16BigEndian)
        }
    }

    /// Whether the bytes from `rawStart` begin with one well-formed UTF-8 sequence; nil when the
    /// bytes read so far end inside it and more may come.
    private func startsWellFormedUTF8() -> Bool? {
        var validator = UTF8Validator()
        for index in rawStart..<min(rawStart + 4, raw.count) {
            if validator.firstInvalid(in: raw[index...index]) != nil { return false }
            if validator.isComplete { return true }
        }
        return inputEnded ? false : nil
    }

    /// UTF-16 code units (surrogate pairs joined) as UTF-8; an unpaired surrogate becomes U+FFFD.
    private func convertUTF16(bigEndian: Bool) {
        func unit(at index: Int) -> UInt16 {
            let (first, second) = (UInt16(raw[index]), UInt16(raw[index + 1]))
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        while raw.count - rawStart >= 2 {
            let lead = unit(at: rawStart)
            if (0xD800...0xDBFF).contains(lead) {
                guard raw.count - rawStart >= 4 else {
                    if inputEnded { break }
                    return
                }
                let trail = unit(at: rawStart + 2)
                if (0xDC00...0xDFFF).contains(trail) {
                    let value = 0x10000 + (UInt32(lead - 0xD800) << 10 | UInt32(trail - 0xDC00))
                    append(Unicode.Scalar(value) ?? "\u{FFFD}")
                    rawStart += 4
                    continue
                }
            }
            append(Unicode.Scalar(lead) ?? "\u{FFFD}")
            rawStart += 2
        }
        if inputEnded, raw.count - rawStart == 2 || raw.count - rawStart == 3 {
            // A lead surrogate without its trail at the very end.
            append("\u{FFFD}")
            rawStart += 2
        }
    }

    /// Appends the UTF-8 bytes of `scalar`.
    private func append(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { output.append($0) }
    }
}

extension TextDecodingByteSource where Source == DataByteSource {
    /// The start of a file as UTF-8, to recognise its format: a character cut at the end of the
    /// prefix is left out.
    static func utf8Prefix(_ prefix: Data) -> Data {
        var decoder = TextDecodingByteSource(DataByteSource(prefix), source: "")
        var text: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 14)
        while let count = try? decoder.read(into: &chunk), count > 0 { text += chunk[0..<count] }
        return Data(text)
    }
}
