import Foundation
import HipBalanceCore

/// Parsers for the values strength apps write: numbers, units, durations and dates.
enum StrengthValues {
    /// A decimal number, trimmed; accepts a decimal comma when there is no dot (`102,5`).
    /// Nil for text that is not a number or whose size no log field can have (≥ 10⁹).
    static func number(_ text: String) -> Double? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        var parsed = Double(trimmed)
        if parsed == nil, !trimmed.utf8.contains(UInt8(ascii: ".")) {
            parsed = Double(String(trimmed.map { $0 == "," ? "." : $0 }))
        }
        return parsed.flatMap(plausible)
    }

    /// `value` when it is a size a log field can have (finite, below 10⁹ in magnitude), else nil.
    static func plausible(_ value: Double) -> Double? {
        value.isFinite && abs(value) < 1e9 ? value : nil
    }

    /// A whole repetition count written as `5` or `5.0`.
    static func reps(_ text: String) -> Int? {
        number(text).flatMap(count)
    }

    /// Repetition and set counts are below this: a larger count is a typo or damage, and every
    /// counted set costs memory and time.
    static let countLimit = 10_000

    /// A whole count (reps or sets) from a number, nil when negative, not finite or not below
    /// `countLimit`.
    static func count(_ value: Double) -> Int? {
        guard value.isFinite, value >= 0, value < Double(countLimit) else { return nil }
        return Int(value.rounded())
    }

    /// Unix seconds of 3000-01-01: later times in a log are damage, not dates.
    private static let latestPlausibleTime = 32_503_680_000

    /// Whole Unix seconds (fractions cut off) when `seconds` lies in 1970…3000; nil for any
    /// other value, which is damage, never a date to convert.
    static func plausibleEpochSeconds(_ seconds: Double) -> Int? {
        let whole = seconds.rounded(.down)
        guard whole >= 0, whole < Double(latestPlausibleTime) else { return nil }
        return Int(whole)
    }

    /// Workout durations above this are timers left running (`47h 7min`) and are dropped.
    static let longestPlausibleWorkout = 12.0 * 3600

    /// Rounds away binary float artefacts (`149.99999999999997` → 150, `6.80388555` → 6.804).
    static func roundedLoad(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// Kilograms for a load in `unit`, with artefacts rounded away before and after conversion.
    static func kilograms(_ value: Double, unit: WeightUnit) -> Double {
        roundedLoad(roundedLoad(value) * unit.kilograms)
    }

    /// A weight unit as apps write it (`kg`, `kgs`, `lbs`, `lb`, `pounds`); nil when empty or unknown.
    static func weightUnit(_ text: String) -> WeightUnit? {
        guard !text.isEmpty else { return nil }
        return switch text.lowercased().filter(\.isLetter) {
        case "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes": .kg
        case "lb", "lbs", "pound", "pounds", "livre", "livres", "pfund": .lb
        default: nil
        }
    }

    /// Metres in one distance unit (`m`, `km`, `mi.`, `miles`, `yd`); nil when unknown.
    static func metres(perUnit text: String) -> Double? {
        switch text.lowercased().filter(\.isLetter) {
        case "m", "meter", "meters", "metre", "metres", "metros": 1
        case "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres": 1000
        case "mi", "mile", "miles", "meilen": 1609.344
        case "yd", "yds", "yard", "yards": 0.9144
        case "ft", "feet": 0.3048
        default: nil
        }
    }

    /// Seconds in a duration written as `1h 5min`, `31m`, `47h 7min`, `45s`, `1:30`, `0:01:00` or a bare number of seconds.
    static func seconds(_ text: String) -> Double? {
        let trimmed = text.trimmingSpaces.lowercased()
        guard !trimmed.isEmpty else { return nil }
        if let value = number(trimmed) { return value }
        if trimmed.contains(":") {
            let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false).map { number(String($0)) }
            let values = parts.compactMap { $0 }
            guard parts.count <= 3, values.count == parts.count else { return nil }
            return values.reduce(0) { $0 * 60 + $1 }
        }
        var total = 0.0
        var digits = ""
        var unit = ""
        var matched = false
        func flush() -> Bool {
            guard !digits.isEmpty else { return unit.isEmpty }
            guard let value = number(digits) else { return false }
            switch unit {
            case "h", "hr", "hrs", "hour", "hours", "std": total += value * 3600
            case "m", "min", "mins", "minute", "minutes": total += value * 60
            case "s", "sec", "secs", "second", "seconds", "": total += value
            default: return false
            }
            matched = true
            digits = ""
            unit = ""
            return true
        }
        for character in trimmed {
            if character.isNumber || character == "." || character == "," {
                if !unit.isEmpty, !flush() { return nil }
                digits.append(character)
            } else if character.isLetter {
                unit.append(character)
            } else if character == " " {
                continue
            } else {
                return nil
            }
        }
        guard flush(), matched else { return nil }
        return total
    }

    /// A date and time as written by Strong, Fitbod, FitNotes and coach sheets, with any UTC offset.
    ///
    /// Accepts `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]`, a 12-hour clock with `AM`/`PM` (after a space or
    /// U+202F), an ISO `T`, a trailing offset `+0000` / `Z`, and `dd.MM.yyyy`. Slash dates go through
    /// `SlashDateOrder`.
    static func dateTime(_ text: String, slashOrder: SlashDateOrder = .dayFirst) -> (
        LocalDateTime, offsetSeconds: Int?
    )? {
        var parts = text.split(whereSeparator: { $0 == " " || $0 == "T" || $0 == "\u{202F}" || $0 == "\u{00A0}" })
            .map(String.init)
        guard let datePart = parts.first, let date = calendarDate(datePart, slashOrder: slashOrder) else { return nil }
        parts.removeFirst()
        var offset: Int?
        if let last = parts.last, last == "Z" || last.hasPrefix("+") || (last.hasPrefix("-") && last.count >= 5) {
            guard let parsed = utcOffset(last) else { return nil }
            offset = parsed
            parts.removeLast()
        }
        var meridiem: String?
        if let last = parts.last?.uppercased(), last == "AM" || last == "PM" {
            meridiem = last
            parts.removeLast()
        }
        guard parts.count <= 1 else { return nil }
        var secondOfDay = 0
        if let clock = parts.first {
            let fields = clock.split(separator: ":").compactMap { Int($0) }
            guard (2...3).contains(fields.count), fields.count == clock.split(separator: ":").count else { return nil }
            var hour = fields[0]
            let minute = fields[1]
            let second = fields.count == 3 ? fields[2] : 0
            if let meridiem {
                guard (1...12).contains(hour) else { return nil }
                hour = hour % 12 + (meridiem == "PM" ? 12 : 0)
            }
            guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else { return nil }
            secondOfDay = hour * 3600 + minute * 60 + second
        }
        return (LocalDateTime(date: date, secondOfDay: secondOfDay), offset)
    }

    /// Which of the two numbers of a `01/02/2025` date is the day.
    enum SlashDateOrder: Sendable { case dayFirst, monthFirst }

    /// The order of slash dates in a column: month first only when some value's second number exceeds 12
    /// and none's first does. Returns whether the values left it ambiguous.
    static func slashOrder(of values: some Sequence<String>) -> (SlashDateOrder, ambiguous: Bool) {
        var firstOver12 = false
        var secondOver12 = false
        var anySlash = false
        for value in values {
            let numbers = value.split(separator: " ").first?.split(separator: "/").compactMap { Int($0) } ?? []
            guard numbers.count == 3 else { continue }
            anySlash = true
            firstOver12 = firstOver12 || numbers[0] > 12
            secondOver12 = secondOver12 || numbers[1] > 12
        }
        if secondOver12 && !firstOver12 { return (.monthFirst, false) }
        return (.dayFirst, anySlash && !firstOver12)
    }

    /// `YYYY-MM-DD`, `dd.MM.yyyy`, or a slash date in the given order.
    static func calendarDate(_ text: String, slashOrder: SlashDateOrder) -> LocalDate? {
        if let iso = LocalDate(iso: text) { return iso }
        for separator: Character in [".", "/"] where text.contains(separator) {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            let numbers = parts.compactMap { Int($0) }
            guard parts.count == 3, numbers.count == 3, numbers[2] >= 1000 else { return nil }
            let (first, second, year) = (numbers[0], numbers[1], numbers[2])
            let (day, month) = separator == "/" && slashOrder == .monthFirst ? (second, first) : (first, second)
            return LocalDate(checkedYear: year, month: month, day: day)
        }
        return nil
    }

    /// Seconds east of UTC for `+0000`, `+02:00`, `-0530` or `Z`.
    static func utcOffset(_ text: String) -> Int? {
        if text == "Z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 4, let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)) else {
            return nil
        }
        return (sign == "+" ? 1 : -1) * (hours * 3600 + minutes * 60)
    }

    /// Hevy's `8 Apr 2026, 16:50` (day, month name in the app language, year, time; no zone).
    static func hevyDateTime(_ text: String) -> LocalDateTime? {
        let words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        guard words.count == 4, let day = Int(words[0]), let year = Int(words[2]),
            let month = monthNumbers[StrengthHeader.key(words[1])],
            let date = LocalDate(checkedYear: year, month: month, day: day),
            let clock = dateTime("2000-01-01 " + words[3])
        else { return dateTime(text)?.0 }
        return LocalDateTime(date: date, secondOfDay: clock.0.secondOfDay)
    }

    /// Month names and abbreviations (English, French, German, Spanish, Portuguese, Italian), folded.
    private static let monthNumbers: [String: Int] = {
        let names: [[String]] = [
            ["jan", "january", "janv", "janvier", "januar", "ene", "enero", "janeiro", "gen", "gennaio"],
            ["feb", "february", "fev", "fevr", "fevrier", "februar", "febrero", "fevereiro", "febbraio"],
            ["mar", "march", "mars", "marz", "marzo", "marco"],
            ["apr", "april", "avr", "avril", "abr", "abril", "aprile"],
            ["may", "mai", "mayo", "maio", "mag", "maggio"],
            ["jun", "june", "juin", "juni", "junio", "junho", "giu", "giugno"],
            ["jul", "july", "juil", "juillet", "juli", "julio", "julho", "lug", "luglio"],
            ["aug", "august", "aout", "ago", "agosto"],
            ["sep", "sept", "september", "septembre", "septiembre", "set", "setembro", "settembre"],
            ["oct", "october", "octobre", "okt", "oktober", "octubre", "out", "outubro", "ott", "ottobre"],
            ["nov", "november", "novembre", "noviembre", "novembro"],
            ["dec", "december", "decembre", "dez", "dezember", "dic", "diciembre", "dezembro", "dicembre"],
        ]
        var table: [String: Int] = [:]
        for (index, group) in names.enumerated() {
            for name in group { table[name] = index + 1 }
        }
        return table
    }()
}

extension StrengthValues {
    /// The wall-clock time of a Unix instant in `timeZone` (UTC when nil).
    static func wallClock(epochSeconds: Int, in timeZone: TimeZone?) -> LocalDateTime {
        let offset = timeZone?.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(epochSeconds))) ?? 0
        let local = epochSeconds + offset
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return LocalDateTime(date: LocalDate(dayNumber: day), secondOfDay: local - day * 86_400)
    }

    /// Unix seconds of a wall-clock time written with a UTC offset.
    static func epochSeconds(_ time: LocalDateTime, offsetSeconds: Int) -> Int {
        time.date.dayNumber * 86_400 + time.secondOfDay - offsetSeconds
    }

    /// Seconds from one wall-clock time to another.
    static func seconds(from start: LocalDateTime, to end: LocalDateTime) -> Int {
        epochSeconds(end, offsetSeconds: 0) - epochSeconds(start, offsetSeconds: 0)
    }
}
