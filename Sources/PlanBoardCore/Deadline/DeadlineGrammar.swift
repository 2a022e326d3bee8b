/// The forms of date a deadline can take, matched over tokens from a given position.
///
/// Each `…(at:)` function either matches a form starting at a token index and says where it
/// ended, or returns nil; nothing is consumed on failure, so the caller can try the next form.
struct DeadlineGrammar {
    let tokens: [DeadlineToken]

    /// A due date found in the text, what kind of period gave it, and the index after it.
    struct Match {
        var due: Day
        var kind: Deadline.Kind
        var end: Int
    }

    /// A month or season named by a word.
    enum Name {
        case month(Int)
        case season(endMonth: Int, yearOffset: Int)
    }

    // MARK: Token access

    func word(at i: Int) -> String? {
        guard tokens.indices.contains(i), case .word(let w) = tokens[i] else { return nil }
        return w
    }

    func number(at i: Int) -> (value: Int, digits: Int)? {
        guard tokens.indices.contains(i), case .number(let n, let digits) = tokens[i] else { return nil }
        return (n, digits)
    }

    func isSeparator(at i: Int) -> Bool {
        guard tokens.indices.contains(i) else { return false }
        switch tokens[i] {
        case .slash, .dash, .dot: return true
        default: return false
        }
    }

    // MARK: Fillers and connectors

    /// The index of the first token after words that do not change the date: `by`, `end of`, `w/c`.
    func skippingFillers(from start: Int) -> Int {
        var i = start
        while let w = word(at: i) {
            if (w == "w" || w == "wk"), tokens.indices.contains(i + 1), tokens[i + 1] == .slash,
               let after = word(at: i + 2), after == "c" || after == "b" {
                i += 3
                continue
            }
            switch w {
            case "by", "end", "of", "the", "before", "due", "until", "till", "in", "at",
                 "early", "mid", "late", "week", "commencing", "beginning", "wc", "wb",
                 "fy", "financial", "year", "target", "date", "deadline":
                i += 1
            default:
                return i
            }
        }
        return i
    }

    /// The index after a word or sign joining two periods (`–`, `/`, `to`, `and`, `&`), then fillers.
    func connector(at i: Int) -> Int? {
        guard tokens.indices.contains(i) else { return nil }
        switch tokens[i] {
        case .dash, .slash, .ampersand: return skippingFillers(from: i + 1)
        case .word(let w) where w == "to" || w == "and": return skippingFillers(from: i + 1)
        default: return nil
        }
    }

    // MARK: Expressions

    /// A period, or a range of them (`March 2023 – June 2024`): the last one named sets the due date.
    func expression(at i: Int) -> Match? {
        guard var match = single(at: i) else { return nil }
        while let next = connector(at: match.end), let later = single(at: next) { match = later }
        return match
    }

    /// One period: a year form, a day form, a quarter, or named months and seasons with a year.
    func single(at i: Int) -> Match? {
        guard tokens.indices.contains(i) else { return nil }
        switch tokens[i] {
        case .number(_, let digits) where digits == 4: return yearForm(at: i)
        case .number(_, let digits) where digits <= 2: return dayForm(at: i)
        case .word(let w) where w == "q" || w == "quarter": return quarter(at: i)
        case .word: return named(at: i)
        default: return nil
        }
    }

    /// `2023`, `2019/20`, `2019-20`, `2020/2021`, `2026-03-31`.
    func yearForm(at i: Int) -> Match? {
        guard let (year, _) = number(at: i), (1900...2199).contains(year) else { return nil }
        if tokens.indices.contains(i + 1), tokens[i + 1] == .dash, let (m, md) = number(at: i + 2), md == 2,
           tokens.indices.contains(i + 3), tokens[i + 3] == .dash, let (d, dd) = number(at: i + 4), dd == 2 {
            guard let day = Day(year: year, month: m, day: d) else { return nil }
            return Match(due: day, kind: .date, end: i + 5)
        }
        if let fy = financialYear(at: i) {
            return Match(due: Day.endOf(month: 3, year: fy.startYear + 1), kind: .financialYear, end: fy.end)
        }
        // `2022/25` is neither a financial year nor a single year: refuse rather than guess.
        if isSeparator(at: i + 1), let (_, digits) = number(at: i + 2), digits <= 2 { return nil }
        return Match(due: Day.endOf(month: 12, year: year), kind: .year, end: i + 1)
    }

    /// `2019/20`, `2019-20`, `2020/2021`, `2007/8` (a one-digit end, as performance returns write
    /// it; and `19/20` when `allowShort`, only after a quarter): the year it starts in and the index
    /// after it.
    func financialYear(at i: Int, allowShort: Bool = false) -> (startYear: Int, end: Int)? {
        guard let (first, fd) = number(at: i), fd == 4 || (allowShort && fd == 2),
              tokens.indices.contains(i + 1), tokens[i + 1] == .slash || tokens[i + 1] == .dash,
              let (second, sd) = number(at: i + 2) else { return nil }
        let start = fd == 2 ? 2000 + first : first
        let follows = (sd == 2 && second == (start + 1) % 100) || (sd == 4 && second == start + 1)
            || (sd == 1 && fd == 4 && second == (start + 1) % 10 && (start + 1) % 100 < 10)
        return follows ? (start, i + 3) : nil
    }

    /// `05/10/15`, `5/10/2015`, `05.10.2015` (UK day/month/year), `10/2023`, `31 March 2026`, `31st of Mar 26`.
    func dayForm(at i: Int) -> Match? {
        guard let (first, _) = number(at: i) else { return nil }
        if isSeparator(at: i + 1), let (second, sd) = number(at: i + 2) {
            if sd <= 2, tokens.indices.contains(i + 3), tokens[i + 3] == tokens[i + 1],
               let (y, yd) = number(at: i + 4), yd == 2 || yd == 4 {
                guard let day = Day(year: fullYear(y, digits: yd), month: second, day: first) else { return nil }
                return Match(due: day, kind: .date, end: i + 5)
            }
            if sd == 4, (1...12).contains(first) {
                return Match(due: Day.endOf(month: first, year: second), kind: .month, end: i + 3)
            }
            return nil
        }
        var j = i + 1
        if word(at: j) == "of" { j += 1 }
        guard let w = word(at: j), case .month(let month)? = DeadlineGrammar.name(w),
              let (y, end) = year(at: j + 1),
              let day = Day(year: y, month: month, day: first) else { return nil }
        return Match(due: day, kind: .date, end: end)
    }

    /// `Q3 2022/23` (financial: Q1 is April–June) or `Q1 2023` (calendar: Q1 is January–March).
    func quarter(at i: Int) -> Match? {
        guard let (q, _) = number(at: i + 1), (1...4).contains(q) else { return nil }
        var j = i + 2
        if word(at: j) == "fy" { j += 1 }
        if let fy = financialYear(at: j, allowShort: true) {
            let endMonth = q == 4 ? 3 : q * 3 + 3
            let endYear = q == 4 ? fy.startYear + 1 : fy.startYear
            return Match(due: Day.endOf(month: endMonth, year: endYear), kind: .quarter, end: fy.end)
        }
        guard let (y, digits) = number(at: j), digits == 4 else { return nil }
        return Match(due: Day.endOf(month: q * 3, year: y), kind: .quarter, end: j + 1)
    }

    /// `March 2023`, `Mar-23`, `Autumn 2022`, `Spring/Summer 2023`, `March–June 2023`, `March 31 2026`.
    func named(at i: Int) -> Match? {
        var last: Name?
        var j = i
        while let w = word(at: j), let name = DeadlineGrammar.name(w) {
            last = name
            j += 1
            guard let next = connector(at: j), let w2 = word(at: next), DeadlineGrammar.name(w2) != nil else { break }
            j = next
        }
        guard let last else { return nil }
        if case .month(let month) = last, let (d, dd) = number(at: j), dd <= 2,
           let (y, yd) = number(at: j + 1), yd == 4 {
            guard let day = Day(year: y, month: month, day: d) else { return nil }
            return Match(due: day, kind: .date, end: j + 2)
        }
        var yearAt = j
        if isSeparator(at: j), number(at: j + 1) != nil { yearAt = j + 1 }
        guard let (y, end) = year(at: yearAt) else { return nil }
        switch last {
        case .month(let month):
            return Match(due: Day.endOf(month: month, year: y), kind: .month, end: end)
        case .season(let endMonth, let offset):
            return Match(due: Day.endOf(month: endMonth, year: y + offset), kind: .season, end: end)
        }
    }

    /// A year written with four digits, or two (`23` → 2023), and the index after it.
    func year(at i: Int) -> (Int, Int)? {
        guard let (y, digits) = number(at: i), digits == 2 || (digits == 4 && (1900...2199).contains(y)) else {
            return nil
        }
        return (fullYear(y, digits: digits), i + 1)
    }

    func fullYear(_ y: Int, digits: Int) -> Int { digits == 2 ? 2000 + y : y }

    /// Months by full name or any abbreviation of three letters or more (`Sept`); UK meteorological
    /// seasons, where winter runs December to February, so `Winter 2022` ends in February 2023.
    static func name(_ word: String) -> Name? {
        switch word {
        case "spring": return .season(endMonth: 5, yearOffset: 0)
        case "summer": return .season(endMonth: 8, yearOffset: 0)
        case "autumn", "fall": return .season(endMonth: 11, yearOffset: 0)
        case "winter": return .season(endMonth: 2, yearOffset: 1)
        default: break
        }
        guard word.utf8.count >= 3 else { return nil }
        for (index, full) in monthWords.enumerated() where full.utf8.starts(with: word.utf8) {
            return .month(index + 1)
        }
        return nil
    }

    static let monthWords = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]
}
