import Foundation

/// A wall-clock date and time with no zone, as strength apps write it (`2023-01-15 07:30:00`).
///
/// The athlete's time zone, when known, turns it into an instant (`instant(in:)`).
public struct LocalDateTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var date: LocalDate
    /// Seconds after local midnight, 0..<86400.
    public var secondOfDay: Int

    public init(date: LocalDate, secondOfDay: Int = 0) {
        self.date = date
        self.secondOfDay = secondOfDay
    }

    public init(date: LocalDate, hour: Int, minute: Int, second: Int = 0) {
        self.init(date: date, secondOfDay: hour * 3600 + minute * 60 + second)
    }

    /// `YYYY-MM-DDTHH:MM:SS`.
    public var description: String {
        String(
            format: "%@T%02d:%02d:%02d", date.description, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
    }

    public func instant(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(
            year: date.year, month: date.month, day: date.day,
            hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60, second: secondOfDay % 60)
        // Valid components always give a date; the fallback (the same instant computed as UTC
        // and shifted by the zone's offset then) is never taken in practice.
        return calendar.date(from: components)
            ?? Date(timeIntervalSince1970: Double(date.dayNumber * 86_400 + secondOfDay)).addingTimeInterval(
                -Double(timeZone.secondsFromGMT()))
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.secondOfDay) < (rhs.date, rhs.secondOfDay)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let halves = text.split(separator: "T")
        let time = halves.count == 2 ? halves[1].split(separator: ":").compactMap { Int($0) } : []
        guard halves.count == 2, let date = LocalDate(iso: halves[0]), time.count == 3 else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM-DDTHH:MM:SS, found \(text)"))
        }
        self.init(date: date, hour: time[0], minute: time[1], second: time[2])
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
