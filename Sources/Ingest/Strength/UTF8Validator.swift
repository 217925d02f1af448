import Foundation
import HipBalanceCore

/// Checks UTF-8 chunk by chunk (a sequence may be split between chunks), after the Unicode
/// standard's table of well-formed byte sequences (Table 3-7); a NUL byte counts as not text.
struct UTF8Validator {
    /// Continuation bytes still expected, and the range the next one must lie in.
    private var pending = 0
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF

    /// True when no sequence is left open.
    var isComplete: Bool { pending == 0 }

    /// The index (from the slice's start) of the first byte that makes the text invalid, nil when all are valid.
    mutating func firstInvalid(in bytes: ArraySlice<UInt8>) -> Int? {
        var offset = 0
        for byte in bytes {
            defer { offset += 1 }
            if pending > 0 {
                guard byte >= low, byte <= high else { return offset }
                pending -= 1
                (low, high) = (0x80, 0xBF)
                continue
            }
            switch byte {
            case 0x01...0x7F: continue
            case 0xC2...0xDF: pending = 1
            case 0xE0: (pending, low) = (2, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: pending = 2
            case 0xED: (pending, high) = (2, 0x9F)
            case 0xF0: (pending, low) = (3, 0x90)
            case 0xF1...0xF3: pending = 3
            case 0xF4: (pending, high) = (3, 0x8F)
            default: return offset
            }
        }
        return nil
    }
}
