/// The rating tag on cards and in the pane: a letter and a dot on the rating's colour
/// (`A ●`), so it reads without colour too; unrated is `· ○`.
public enum RAGBadge {
    public static func text(_ rag: RAG) -> String {
        rag == .unrated ? "· ○" : "\(rag.letter) ●"
    }
}

/// Deadline cues. Until deadlines are parsed into due dates this shows nothing extra.
enum DeadlineBadge {
    /// Extra spans after the deadline in the detail pane (due date, overdue warning).
    static func detail(for action: Action, today: Day) -> StyledLine { [] }
    /// The mark after the deadline on a card (`⚠` when overdue).
    static func card(for action: Action, today: Day) -> Span? { nil }
}
