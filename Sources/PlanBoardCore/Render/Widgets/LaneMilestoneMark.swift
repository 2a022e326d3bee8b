/// The workstream's milestone progress at the right of its lane's title — ` 2/5 ` and `⚠` when an
/// open milestone's date has passed, as a card flags its own — or nothing when the outcome has no
/// milestones, the lane is not an outcome, or the lane is too narrow to keep a readable title.
enum LaneMilestoneMark {
    /// The shortest title (in columns) the mark may leave the lane.
    static let titleRoom = 8

    /// The mark's runs, starting and ending with a space; empty when there is nothing to show.
    static func line(for outcome: Outcome?, today: Day, focused: Bool) -> StyledLine {
        guard let outcome, !outcome.milestones.isEmpty else { return [] }
        let progress = MilestoneProgress(outcome.milestones, today: today)
        let base: Style = focused ? .bold : .dim
        var out: StyledLine = [Span(" \(progress.fraction)", base)]
        if progress.overdue > 0 { out.append(Span("⚠", .error)) }
        out.append(Span(" ", base))
        return out
    }

    /// The mark as it fits a lane `width` columns wide: all of it, or nothing.
    static func fitted(_ line: StyledLine, laneWidth width: Int) -> StyledLine {
        let markWidth = line.reduce(0) { $0 + TextWidth.of($1.text) }
        // Two border corners, the title's spaces and a gap of one on the border either side.
        return width - 6 - markWidth >= titleRoom ? line : []
    }
}
