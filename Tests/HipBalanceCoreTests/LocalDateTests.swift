import Foundation
import Testing

@testable import HipBalanceCore

@Suite struct LocalDateTests {
    @Test(arguments: ["1970-01-01", "2000-02-29", "2024-12-31", "1899-03-01", "2100-02-28"])
    func dayNumberRoundTrips(_ text: String) throws {
        let date = try #require(LocalDate(iso: text))
        #expect(LocalDate(dayNumber: date.dayNumber) == date)
        #expect(date.description == text)
    }

    @Test func dayNumberMatchesFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for offset in stride(from: -40_000, to: 40_000, by: 37) {
            let instant = Date(timeIntervalSince1970: Double(offset) * 86_400 + 3_600)
            let date = LocalDate(instant, in: calendar.timeZone)
            #expect(date.dayNumber == offset)
            let weekday = calendar.component(.weekday, from: instant)  // Sunday = 1
            #expect(date.isoWeekday == (weekday + 5) % 7 + 1)
        }
    }

    @Test(arguments: ["2023-02-29", "2023-13-01", "23-01-01", "2023-1-01", "", "2023-01-01x"])
    func rejectsMalformed(_ text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test func weekStartIsMonday() {
        #expect(LocalDate(iso: "2026-11-25")!.weekStart == LocalDate(iso: "2026-11-23")!)
        #expect(LocalDate(iso: "2026-11-23")!.weekStart == LocalDate(iso: "2026-11-23")!)
        #expect(LocalDate(iso: "2026-11-29")!.weekStart == LocalDate(iso: "2026-11-23")!)
    }

    @Test func localDateTimeUsesTheZone() throws {
        let time = LocalDateTime(date: LocalDate(iso: "2023-07-01")!, hour: 7, minute: 30)
        let ljubljana = try #require(TimeZone(identifier: "Europe/Ljubljana"))
        #expect(time.instant(in: ljubljana) == Date(timeIntervalSince1970: 1_688_189_400))
        let decoded = try JSONDecoder().decode(LocalDateTime.self, from: JSONEncoder().encode(time))
        #expect(decoded == time)
    }

    @Test func checkedDaysAreTheDaysISOTextCanSay() {
        #expect(LocalDate(checkedYear: 2024, month: 2, day: 29) == LocalDate(year: 2024, month: 2, day: 29))
        #expect(LocalDate(checkedYear: 0, month: 1, day: 1) == LocalDate(iso: "0000-01-01"))
        for (y, m, d) in [(2023, 2, 29), (2023, 13, 1), (2023, 0, 1), (2023, 4, 31), (10_000, 1, 1), (-1, 1, 1)] {
            #expect(LocalDate(checkedYear: y, month: m, day: d) == nil, "\(y)-\(m)-\(d)")
        }
    }
}
