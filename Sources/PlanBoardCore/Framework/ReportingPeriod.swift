/// A reporting period as a plan writes it (`2007/8`, `2008/09`, `Q3 2022/23`, `March 2023`), read
/// with the deadline grammar: the period ends on the day that grammar gives as its due date.
public struct ReportingPeriod: Equatable, Hashable, Sendable {
    public var text: String
    /// The last day of the period; nil when the text names no date (`Baseline`, `TBC`).
    public var end: Day?

    public init(_ text: String) {
        self.text = text
        end = DeadlineParser.parse(text).due
    }

    /// True when `a` and `b` name one period: the same words (ignoring case and spaces), or the
    /// same kind of period ending on the same day (`2008/09` and `2008/9`, `Q3 2022/23` and
    /// `q3 2022-23`). The one test of "the same period" for the board, the importer and the minutes.
    public static func same(_ a: String, _ b: String) -> Bool {
        func plain(_ text: String) -> String { String(text.lowercased().filter { !$0.isWhitespace }) }
        if plain(a) == plain(b) { return true }
        let x = DeadlineParser.parse(a), y = DeadlineParser.parse(b)
        guard let dx = x.due, let dy = y.due else { return false }
        return dx == dy && x.kind == y.kind
    }

    /// Periods in time order: dated ones by their end, undated ones after them in the order given.
    public static func ordered<T>(_ items: [T], by period: (T) -> String) -> [T] {
        let keyed = items.enumerated().map { (index: $0.offset, end: ReportingPeriod(period($0.element)).end, item: $0.element) }
        return keyed.sorted { a, b in
            switch (a.end, b.end) {
            case let (x?, y?): x == y ? a.index < b.index : x < y
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.index < b.index
            }
        }.map(\.item)
    }

    /// The period `months` after this one, written the way this one is (`2009/10` after `2008/09`,
    /// `Q4 2022/23` after `Q3 2022/23`, `June 2023` after `March 2023` three months on), or just the
    /// month it ends in when the form is not one of those.
    public func advanced(byMonths months: Int) -> ReportingPeriod? {
        guard let end else { return nil }
        let kind = DeadlineParser.parse(text).kind
        let total = end.year * 12 + (end.month - 1) + months
        let year = total / 12, month = total % 12 + 1
        switch kind {
        case .financialYear where months % 12 == 0:
            // The financial year ending in March of `year`: `2009/10`.
            return ReportingPeriod("\(year - 1)/\(format2(year % 100))")
        case .quarter where text.contains("/"):
            // Quarters of the financial year: April–June is Q1.
            let q = (month - 4 + 12) % 12 / 3 + 1
            let start = month >= 4 ? year : year - 1
            return ReportingPeriod("Q\(q) \(start)/\(format2((start + 1) % 100))")
        case .quarter:
            return ReportingPeriod("Q\((month - 1) / 3 + 1) \(year)")
        case .year where months % 12 == 0:
            return ReportingPeriod(String(year))
        default:
            return ReportingPeriod("\(Day.monthNames[month - 1]) \(year)")
        }
    }

    private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
