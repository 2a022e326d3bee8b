import Foundation

/// How a number cell is shown, from its number format: the text a reader of the sheet sees.
///
/// Dates are stored as serial day numbers; shown as the sheet shows them, but always in UK
/// order (`31/03/2026`), so the deadline parser reads them. A format showing only month and
/// year gives `March 2026`, which the parser reads as the month's end, as the plan meant.
enum ExcelNumberFormat: Equatable, Sendable {
    case general
    case date(DateShape)
    case percent(decimals: Int)
    case fixed(decimals: Int, grouped: Bool)
    case text

    enum DateShape: Equatable, Sendable { case dayMonthYear, monthYear, year, time, dateTime }

    /// The format of built-in number format `id`.
    static func builtIn(_ id: Int) -> ExcelNumberFormat {
        switch id {
        case 1: .fixed(decimals: 0, grouped: false)
        case 2: .fixed(decimals: 2, grouped: false)
        case 3, 37, 38: .fixed(decimals: 0, grouped: true)
        case 4, 39, 40: .fixed(decimals: 2, grouped: true)
        case 9: .percent(decimals: 0)
        case 10: .percent(decimals: 2)
        case 14, 15, 16, 27...31, 34...36, 50...58: .date(.dayMonthYear)
        case 17: .date(.monthYear)
        case 18...21, 32, 33, 45...47: .date(.time)
        case 22: .date(.dateTime)
        case 49: .text
        default: .general
        }
    }

    /// Reads a format code such as `dd/mm/yyyy`, `mmm-yy`, `0.0%`, `#,##0.00`, `@`.
    static func parse(_ code: String) -> ExcelNumberFormat {
        // The first section (positive numbers), without quoted text, escapes and [colour] tags.
        var plain = ""
        var inQuotes = false, inBracket = false, escaped = false
        var elapsedHours = false
        var bracket = ""
        for c in code {
            if escaped { escaped = false; continue }
            if inQuotes { if c == "\"" { inQuotes = false }; continue }
            if inBracket {
                if c == "]" {
                    inBracket = false
                    if ["h", "hh", "m", "mm", "s", "ss"].contains(bracket.lowercased()) { elapsedHours = true }
                } else { bracket.append(c) }
                continue
            }
            switch c {
            case "\"": inQuotes = true
            case "\\", "_", "*": escaped = true
            case "[": inBracket = true; bracket = ""
            case ";": break
            default: plain.append(Character(c.lowercased()))
            }
            if c == ";" { break }
        }
        if plain == "general" || plain.isEmpty { return elapsedHours ? .date(.time) : .general }
        if plain.contains("@") { return .text }
        let hasDay = plain.contains("d"), hasYear = plain.contains("y")
        let hasTime = plain.contains("h") || plain.contains("s") || elapsedHours
        if hasDay || hasYear {
            if hasTime { return .date(.dateTime) }
            if hasDay { return .date(.dayMonthYear) }
            return plain.contains("m") ? .date(.monthYear) : .date(.year)
        }
        if hasTime { return .date(.time) }
        if plain.contains("m") && !plain.contains("0") && !plain.contains("#") { return .date(.monthYear) }
        if plain.contains("e+") || plain.contains("e-") || plain.contains("/") { return .general }
        let decimals = plain.split(separator: ".", maxSplits: 1).dropFirst().first.map { $0.filter { $0 == "0" || $0 == "#" }.count } ?? 0
        if plain.contains("%") { return .percent(decimals: decimals) }
        if plain.contains("0") || plain.contains("#") { return .fixed(decimals: decimals, grouped: plain.contains(",")) }
        return .general
    }

    /// The text shown for `value` (the cell's stored number) in this format.
    func text(_ value: Double, date1904: Bool) -> String {
        switch self {
        case .general, .text:
            return Self.general(value)
        case .percent(let decimals):
            return String(format: "%.\(decimals)f", value * 100) + "%"
        case .fixed(let decimals, let grouped):
            let plain = String(format: "%.\(decimals)f", value)
            return grouped ? Self.grouped(plain) : plain
        case .date(let shape):
            guard value.isFinite, value >= 0, value < 2_958_466 else { return Self.general(value) }
            let day = Self.day(serial: Int(value.rounded(.down)), date1904: date1904)
            let minutes = Int(((value - value.rounded(.down)) * 1440).rounded())
            let time = String(format: "%02d:%02d", min(minutes / 60, 23), minutes % 60)
            switch shape {
            case .dayMonthYear: return Self.ukDate(day)
            case .monthYear: return "\(Day.monthNames[day.month - 1]) \(day.year)"
            case .year: return "\(day.year)"
            case .time: return time
            case .dateTime: return Self.ukDate(day) + " " + time
            }
        }
    }

    /// The cell's number in the units its text shows, when the text rounds it (`0%`, `#,##0`):
    /// 0.316 in a `0%` cell is 31.6 (shown `32%`); nil for other formats, whose text is exact.
    /// A percentage is cleaned to 15 significant digits, so 0.316 × 100 is 31.6, not 31.599…
    func exactNumber(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        switch self {
        case .percent: return Double(String(format: "%.15g", value * 100))
        case .fixed: return value
        case .general, .text, .date: return nil
        }
    }

    /// `31/03/2026`.
    static func ukDate(_ day: Day) -> String {
        String(format: "%02d/%02d/%04d", day.day, day.month, day.year)
    }

    /// The day a serial number stands for. In the 1900 system Excel counts a 29 February 1900
    /// that never was (serial 60), so serials from 61 on are counted from 30 December 1899.
    static func day(serial: Int, date1904: Bool) -> Day {
        if date1904 { return Day(year: 1904, month: 1, day: 1)!.adding(days: serial) }
        if serial >= 61 { return Day(year: 1899, month: 12, day: 30)!.adding(days: serial) }
        if serial == 60 { return Day(year: 1900, month: 2, day: 28)! }
        return Day(year: 1899, month: 12, day: 31)!.adding(days: serial)
    }

    /// A number as Excel's General format shows it: integers without a point, others to 15
    /// significant digits with trailing zeros dropped (`0.1 + 0.2` shows as `0.3`).
    static func general(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.15g", value)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// `1234567.50` → `1,234,567.50`.
    static func grouped(_ plain: String) -> String {
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1)
        var digits = Array(parts[0])
        var out: [Character] = []
        while digits.count > 3 {
            out = [","] + digits.suffix(3) + out
            digits.removeLast(3)
        }
        out = digits + out
        return (negative ? "-" : "") + String(out) + (parts.count > 1 ? "." + parts[1] : "")
    }
}
