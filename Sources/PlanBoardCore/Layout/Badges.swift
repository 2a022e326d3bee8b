/// The rating tag on cards and in the pane: a letter and a dot on the rating's colour
/// (`A ●`), so it reads without colour too; unrated is `· ○`.
public enum RAGBadge {
    public static func text(_ rag: RAG) -> String {
        rag == .unrated ? "· ○" : "\(rag.letter) ●"
    }
}

/// Deadline cues: `⚠ overdue` in red, `◷ due soon` in amber; symbols as well as colour.
enum DeadlineBadge {
    /// After the deadline in the detail pane: the due date it stands for, and how urgent it is.
    static func detail(for action: Action, today: Day) -> StyledLine {
        let deadline = DeadlineParser.parse(action.deadline)
        guard let due = deadline.due else { return [] }
        var line: StyledLine = [Span("  (due \(due.shortText))", .dim)]
        switch action.urgency(today: today) {
        case .overdue: line.append(Span("  ⚠ overdue by \(days(today.daysSince1970 - due.daysSince1970))", .error))
        case .dueSoon: line.append(Span("  ◷ due in \(days(due.daysSince1970 - today.daysSince1970))", Style(foreground: .amber, bold: true)))
        case .none: break
        }
        return line
    }

    /// The mark after the deadline on a card.
    static func card(for action: Action, today: Day) -> Span? {
        switch action.urgency(today: today) {
        case .overdue: Span("⚠", .error)
        case .dueSoon: Span("◷", Style(foreground: .amber, bold: true))
        case .none: nil
        }
    }

    /// `3 days`, `5 weeks`, `7 months`, `4 years`: a span of days as people say it.
    static func days(_ n: Int) -> String {
        if n == 0 { return "today" }
        if n < 14 { return n == 1 ? "1 day" : "\(n) days" }
        if n < 70 { return "\(n / 7) weeks" }
        if n < 730 { return "\(n / 30) months" }
        return "\(n / 365) years"
    }
}
