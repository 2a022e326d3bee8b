/// How minutes, reports and file names tell a meeting apart from another held the same day.
extension Meeting {
    /// 1 for the first (or only) meeting held on this meeting's day, 2 for the second…, by start time.
    public func numberInDay(among meetings: [Meeting]) -> Int {
        let sameDay = meetings.enumerated().filter { $0.element.date == date }
            .sorted { ($0.element.startedAt, $0.offset) < ($1.element.startedAt, $1.offset) }
        return (sameDay.firstIndex { $0.element.id == id } ?? 0) + 1
    }

    /// True when another of `meetings` was held on this meeting's day.
    public func sharesItsDay(among meetings: [Meeting]) -> Bool {
        meetings.contains { $0.id != id && $0.date == date }
    }

    /// `the meeting of 14 September 2026`; when another meeting was held that day, with its start
    /// time and title: `the meeting of 29 November 2026 at 10:02, ‘Carers Partnership’`.
    /// `dateText` writes the day (long in minutes, short in import reports); `alwaysTitled` adds
    /// the title even when the day alone is enough.
    public func reference(among meetings: [Meeting], dateText: (Day) -> String = \.longText,
                          alwaysTitled: Bool = false) -> String {
        var text = "the meeting of \(dateText(date))"
        let shared = sharesItsDay(among: meetings)
        if shared { text += " at \(startedAt.clockText())" }
        let title = self.title.trimmingWhitespace()
        if !title.isEmpty && (shared || alwaysTitled) { text += ", ‘\(title)’" }
        return text
    }
}
