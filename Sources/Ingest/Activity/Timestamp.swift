import Foundation
import HipBalanceCore

/// ISO 8601 timestamps as GPX and TCX files write them, parsed straight from bytes, and written.
enum Timestamp {
    /// A parsed instant: seconds since 1970-01-01T00:00:00Z, and whether the text carried no zone
    /// (then it was taken as UTC).
    struct Instant: Equatable {
        var seconds: Double
        var zoneAssumed: Bool
    }

    /// Instants before this (1990-01-01T00:00:00Z) are sentinels or placeholders, never real
    /// recordings (`1901-12-13T20:45:52Z` is a 32-bit epoch underflow).
    static let earliestUsable: Double = 631_152_000

    /// Parses `YYYY-MM-DDThh:mm:ss[.f{0,9}][Z|±hh:mm|±hhmm]` (a space may replace `T`; leading and
    /// trailing whitespace is ignored); nil when the text is not such a timestamp.
    static func parse(_ text: UnsafeBufferPointer<UInt8>) -> Instant? {
        var i = 0
        var end = text.count
        while i < end, isSpace(text[i]) { i += 1 }
        while end > i, isSpace(text[end - 1]) { end -= 1 }

        func digits(_ count: Int) -> Int? {
            guard i + count <= end else { return nil }
            var value = 0
            for k in 0..<count {
                let d = Int(text[i + k]) &- 48
                guard d >= 0, d <= 9 else { return nil }
                value = value * 10 + d
            }
            i += count
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard i < end, text[i] == byte else { return false }
            i += 1
            return true
        }

        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2),
            i < end, text[i] == 0x54 || text[i] == 0x74 || text[i] == 0x20
        else { return nil }
        i += 1
        guard let hour = digits(2), expect(0x3A), let minute = digits(2), expect(0x3A), let second = digits(2),
            (1...12).contains(month), (1...31).contains(day), hour <= 24, minute <= 59, second <= 60
        else { return nil }

        var fraction = 0.0
        if i < end, text[i] == 0x2E || text[i] == 0x2C {
            i += 1
            var scale = 0.1
            var count = 0
            while i < end, text[i] >= 0x30, text[i] <= 0x39 {
                fraction += Double(text[i] - 0x30) * scale
                scale *= 0.1
                count += 1
                i += 1
            }
            guard count > 0 else { return nil }
        }

        var offsetSeconds = 0
        var zoneAssumed = false
        if i == end {
            zoneAssumed = true
        } else if text[i] == 0x5A || text[i] == 0x7A {
            i += 1
        } else if text[i] == 0x2B || text[i] == 0x2D {
            let sign = text[i] == 0x2D ? -1 : 1
            i += 1
            guard let hours = digits(2), hours <= 23 else { return nil }
            _ = expect(0x3A)
            let minutes = i < end ? digits(2) : 0
            guard let minutes, minutes <= 59 else { return nil }
            offsetSeconds = sign * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        guard i == end else { return nil }

        let days = LocalDate(year: year, month: month, day: day).dayNumber
        let whole = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Instant(seconds: Double(whole) + fraction, zoneAssumed: zoneAssumed)
    }

    /// `2019-04-18T14:12:03Z`, or `2020-02-05T16:25:15.909Z` when the instant has milliseconds.
    static func iso8601(_ secondsSince1970: Double) -> String {
        let totalMilliseconds = Int((secondsSince1970 * 1000).rounded(.down))
        let milliseconds = ((totalMilliseconds % 1000) + 1000) % 1000
        let seconds = (totalMilliseconds - milliseconds) / 1000
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        var text = String(
            format: "%@T%02d:%02d:%02d", LocalDate(dayNumber: days).description,
            secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
        if milliseconds > 0 { text += String(format: ".%03d", milliseconds) }
        return text + "Z"
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
