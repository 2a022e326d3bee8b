/// A card's first line: ref, marks and status before the rating tag. The status always has its
/// place (it is what the meeting reads); the marks take the free width left beside it, and when
/// it runs out the least important mark is dropped first, one at a time.
enum CardFirstLine {
    /// One mark on the card's first line, with how much it matters when space is short.
    struct Mark: Equatable {
        /// Which group it belongs to: the meeting's marks (`✓Δ↑`) are written together, the
        /// framework's (`!`, `1/3⚠`) each after a space.
        enum Group: Equatable { case meeting, framework }
        var spans: StyledLine
        var group: Group
        /// Higher is kept longer.
        var importance: Int

        var width: Int { spans.reduce(0) { $0 + TextWidth.of($1.text) } }
        static func == (a: Mark, b: Mark) -> Bool {
            a.group == b.group && a.importance == b.importance && a.spans.map(\.text) == b.spans.map(\.text)
        }
    }

    /// Importance, least first: a milestone fraction with nothing overdue, changed since the last
    /// meeting, discussed, rating moved, milestones overdue, linked to a serious risk.
    enum Importance {
        static let milestones = 0, changed = 1, discussed = 2, ratingMoved = 3, milestonesOverdue = 4, seriousRisk = 5
    }

    /// Every mark `action` has, in the order they are shown.
    static func marks(for action: Action, _ context: CardMarks.Context, selected: Bool) -> [Mark] {
        let base: Style = selected ? .reverse : .plain
        let bold = base.with(bold: true)
        var out: [Mark] = []
        if context.discussed.contains(action.id) {
            out.append(Mark(spans: [Span("✓", bold)], group: .meeting, importance: Importance.discussed))
        }
        if SinceLastMeeting.changed(action, since: context.lastMeetingEnd) {
            out.append(Mark(spans: [Span("Δ", bold)], group: .meeting, importance: Importance.changed))
        }
        if let direction = SinceLastMeeting.ragDirection(action, since: context.lastMeetingEnd) {
            out.append(Mark(spans: [Span(direction.arrow, bold)], group: .meeting, importance: Importance.ratingMoved))
        }
        guard !action.isRemoved else { return out }
        if context.riskLinked.contains(action.id) {
            let style = selected ? bold : Style(foreground: .red, bold: true)
            out.append(Mark(spans: [Span(CardMarks.riskMark, style)], group: .framework, importance: Importance.seriousRisk))
        }
        if !action.milestones.isEmpty {
            let progress = MilestoneProgress(action.milestones, today: context.today)
            var spans: StyledLine = [Span(progress.fraction, base)]
            if progress.overdue > 0 { spans.append(Span("⚠", selected ? bold : .error)) }
            out.append(Mark(spans: spans, group: .framework,
                            importance: progress.overdue > 0 ? Importance.milestonesOverdue : Importance.milestones))
        }
        return out
    }

    /// The marks laid out as they are drawn after the ref: a space, the meeting marks together,
    /// then each framework mark after a space.
    static func line(_ marks: [Mark], base: Style = .plain) -> StyledLine {
        var out: StyledLine = []
        let meeting = marks.filter { $0.group == .meeting }
        if !meeting.isEmpty { out.append(Span(" ", base.with(bold: true))); out += meeting.flatMap(\.spans) }
        for mark in marks where mark.group == .framework { out.append(Span(" ", base)); out += mark.spans }
        return out
    }

    /// The width `line(marks)` takes.
    static func width(_ marks: [Mark]) -> Int { line(marks).reduce(0) { $0 + TextWidth.of($1.text) } }

    /// The marks that fit in `room` cells, dropping the least important first (the later one of
    /// equal importance first); order kept.
    static func fitted(_ marks: [Mark], room: Int) -> [Mark] {
        var kept = marks
        while !kept.isEmpty, width(kept) > room {
            let least = kept.indices.min { a, b in
                kept[a].importance != kept[b].importance ? kept[a].importance < kept[b].importance : a > b
            }!
            kept.remove(at: least)
        }
        return kept
    }

    /// The status as the first line shows it (` · In progress`, or ` ✕ removed`) and the marks that
    /// fit beside it in `room` cells. When marks would be dropped, the status's ` · ` becomes a
    /// space if that keeps more of them (the status is dim, so it still reads apart).
    static func status(for action: Action, marks: [Mark], room: Int) -> (status: String, marks: [Mark]) {
        if action.isRemoved { return (" ✕ removed", fitted(marks, room: room - TextWidth.of(" ✕ removed"))) }
        if action.status == .notStarted { return ("", fitted(marks, room: room)) }
        let full = " · " + action.statusWord
        let kept = fitted(marks, room: room - TextWidth.of(full))
        guard kept.count < marks.count else { return (full, kept) }
        let compact = " " + action.statusWord
        let more = fitted(marks, room: room - TextWidth.of(compact))
        return more.count > kept.count ? (compact, more) : (full, kept)
    }
}
