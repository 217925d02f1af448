import Foundation

/// Decimal numbers and great-circle distances, computed without allocating.
enum Numbers {
    /// Parses a decimal number (`-12.5`, `37.24173816852271556854248046875`, `1e3`) from bytes,
    /// ignoring surrounding whitespace; nil for anything else (`null`, empty text, `12abc`).
    static func parseDouble(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var end = text.count
        while i < end, isSpace(text[i]) { i += 1 }
        while end > i, isSpace(text[end - 1]) { end -= 1 }
        guard i < end else { return nil }

        let start = i
        var negative = false
        if text[i] == 0x2D || text[i] == 0x2B {
            negative = text[i] == 0x2D
            i += 1
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var sawDigit = false
        while i < end, text[i] &- 0x30 < 10 {
            sawDigit = true
            if significant < 19 {
                mantissa = mantissa &* 10 &+ UInt64(text[i] &- 0x30)
                if mantissa > 0 { significant += 1 }
            } else {
                exponent += 1
            }
            i += 1
        }
        if i < end, text[i] == 0x2E {
            i += 1
            while i < end, text[i] &- 0x30 < 10 {
                sawDigit = true
                if significant < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(text[i] &- 0x30)
                    if mantissa > 0 { significant += 1 }
                    exponent -= 1
                }
                i += 1
            }
        }
        guard sawDigit else { return nil }
        if i < end {
            return slowParse(UnsafeBufferPointer(rebasing: text[start..<end]))
        }
        var value = Double(mantissa)
        if exponent != 0 {
            guard exponent >= -22, exponent <= 22 else {
                return slowParse(UnsafeBufferPointer(rebasing: text[start..<end]))
            }
            value = exponent < 0 ? value / powersOfTen[-exponent] : value * powersOfTen[exponent]
        }
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...22).map { pow(10.0, Double($0)) }

    /// Exponent forms and other rare spellings, through Swift's locale-independent parser.
    private static func slowParse(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        guard text.count < 64, let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else {
            return nil
        }
        return value
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Mean Earth radius (IUGG), metres.
    static let earthRadiusMeters = 6_371_008.8

    /// Great-circle distance in metres between two points given in decimal degrees (haversine).
    static func haversineMeters(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double
    {
        let toRadians = Double.pi / 180
        let dLat = (latitude2 - latitude1) * toRadians
        let dLon = (longitude2 - longitude1) * toRadians
        let s1 = sin(dLat / 2)
        let s2 = sin(dLon / 2)
        let a = s1 * s1 + cos(latitude1 * toRadians) * cos(latitude2 * toRadians) * s2 * s2
        return 2 * earthRadiusMeters * asin(min(1, a.squareRoot()))
    }
}
