/// The workstream's milestone progress at the right of its lane's title — `2/5` and `⚠` when an
/// open milestone's date has passed, as a card flags its own — or nothing when the outcome has no
/// milestones, the lane is not an outcome, or the lane is too narrow to keep a readable title.
enum LaneMilestoneMark {
    /// The shortest title (in columns) the mark may leave the lane.
    static let titleRoom = 8

    /// The mark's runs, `2/5` then `⚠` when one is overdue; empty when there is nothing to show.
    static func line(for outcome: Outcome?, today: Day, focused: Bool) -> StyledLine {
        guard let outcome, !outcome.milestones.isEmpty else { return [] }
        let progress = MilestoneProgress(outcome.milestones, today: today)
        var out: StyledLine = [Span(progress.fraction, focused ? .bold : .dim)]
        if progress.overdue > 0 { out.append(Span("⚠", .error)) }
        return out
    }

    /// The title and the mark as they share a lane `width` columns wide (corners included): the
    /// whole title with the mark spaced off the border; else the whole title with the mark tight
    /// against it; else the title cut to leave the spaced mark room; else the title alone.
    static func fitted(title: String, mark: StyledLine, laneWidth width: Int) -> (title: String, mark: StyledLine) {
        let inner = width - 2
        let titleWidth = TextWidth.of(title) + 2
        let markWidth = mark.reduce(0) { $0 + TextWidth.of($1.text) }
        guard markWidth > 0 else { return (TextWrap.truncate(title, width: inner - 2), []) }
        let spaced = [Span(" ", mark[0].style)] + mark + [Span(" ", mark[0].style)]
        if titleWidth + 1 + markWidth + 2 <= inner { return (title, spaced) }
        if titleWidth + markWidth <= inner { return (title, mark) }
        let room = inner - (markWidth + 2) - 1 - 2
        guard room >= titleRoom else { return (TextWrap.truncate(title, width: inner - 2), []) }
        return (TextWrap.truncate(title, width: room), spaced)
    }
}
