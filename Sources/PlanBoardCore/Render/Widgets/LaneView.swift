/// One lane: a box titled with the outcome (or rating, lead, status) and its workstream
/// milestones' progress, its rating counts, and as
/// many cards as fit from its scroll position, with `▲ n more` / `▼ n more` for the rest.
struct LaneView: Widget {
    let lane: Lane
    let focused: Bool
    /// The selected card's index in the lane, in the focused lane only.
    let selectedCard: Int?
    /// The first card shown, as the reducer left it (clamped again here to the lane's cards).
    let scroll: Int
    let state: BoardState
    let layout: BoardLayout
    let marks: CardMarks.Context

    func draw(into grid: inout Grid, in rect: Rect) {
        let border: Style = focused ? .bold : .dim
        grid.box(rect, title: "", style: border)
        // The workstream's milestones (`2/5⚠`) at the right of the title, when there is room for both.
        let outcome = lane.outcome.flatMap { id in state.plan.outcomes.first { $0.id == id } }
        let (title, mark) = LaneMilestoneMark.fitted(title: lane.title,
                                                     mark: LaneMilestoneMark.line(for: outcome, today: state.today, focused: focused),
                                                     laneWidth: rect.width)
        let markWidth = mark.reduce(0) { $0 + TextWidth.of($1.text) }
        grid.put(" " + title + " ", x: rect.x + 1, y: rect.y, style: focused ? Style(bold: true, reverse: true) : .bold)
        if markWidth > 0 { grid.put(mark, x: rect.maxX - 1 - markWidth, y: rect.y, maxWidth: markWidth) }

        // Counts for the lane: not known while only a preview of the plan is read.
        if state.isPreview {
            grid.put("reading…", x: rect.x + 2, y: rect.y + 1, style: .dim, maxWidth: rect.width - 4)
        } else {
            drawCounts(into: &grid, in: rect)
        }
        grid.divider(y: rect.y + 2, x: rect.x, width: rect.width, style: border)

        let shown = Viewport(offset: scroll, contentHeight: lane.cards.count, visibleHeight: layout.visibleCards)
        var dividerX = rect.x + 2
        if shown.offset > 0 { dividerX += grid.put(" ▲ \(shown.offset) more ", x: dividerX, y: rect.y + 2, style: .bold) }
        // Priority areas: the area of the top card heads the lane (it stays as the lane scrolls),
        // and where the next card starts another area its title sits in the gap above it.
        let showsAreas = state.grouping == .outcome
        if showsAreas, let first = shown.visibleRange.first, !area(first).isEmpty {
            areaTitle(area(first), into: &grid, x: dividerX, y: rect.y + 2, maxX: rect.maxX - 2)
        }
        for (slot, index) in shown.visibleRange.enumerated() {
            let p = lane.cards[index]
            let cardRect = layout.cardRect(slot: slot, inLane: rect)
            CardView(action: state.plan.outcomes[p.outcome].actions[p.action], selected: index == selectedCard,
                     today: state.today, marks: marks)
                .draw(into: &grid, in: cardRect)
            let next = index + 1
            if showsAreas, shown.visibleRange.contains(next), area(next) != area(index), !area(next).isEmpty {
                areaTitle(area(next), into: &grid, x: cardRect.x + 1, y: cardRect.maxY, maxX: cardRect.maxX - 1)
            }
        }
        if shown.hiddenBelow > 0 {
            let more = state.isPreview ? " ▼ more " : " ▼ \(shown.hiddenBelow) more "
            grid.put(more, x: rect.x + 2, y: rect.maxY - 1, style: .bold)
        }
    }

    /// The lane's rating counts on the left of its second line, and how many actions on the right.
    private func drawCounts(into grid: inout Grid, in rect: Rect) {
        var counts = RAGCounts()
        var removed = 0
        for p in lane.cards {
            let action = state.plan.outcomes[p.outcome].actions[p.action]
            if action.isRemoved { removed += 1 } else { counts.add(action.rag) }
        }
        var x = rect.x + 2
        for rag in RAG.allCases where counts[rag] > 0 {
            x += grid.put("\(rag.letter)\(counts[rag]) ", x: x, y: rect.y + 1, style: .text(rag), maxWidth: rect.maxX - 1 - x)
        }
        let active = lane.cards.count - removed
        var total = active == 0 ? "no actions" : "\(active) action\(active == 1 ? "" : "s")"
        if state.isFiltered { total = "\(lane.cards.count) of \(lane.unfilteredCount)" }
        if removed > 0 { total += " +\(removed)✕" }
        let totalX = rect.maxX - 2 - TextWidth.of(total)
        if totalX > x { grid.put(total, x: totalX, y: rect.y + 1, style: .dim) }
    }

    /// The priority area of the lane's card at `index`.
    private func area(_ index: Int) -> String {
        let p = lane.cards[index]
        return state.plan.outcomes[p.outcome].actions[p.action].area
    }

    private func areaTitle(_ title: String, into grid: inout Grid, x: Int, y: Int, maxX: Int) {
        let room = maxX - x
        guard room > 6 else { return }
        grid.put(" " + TextWrap.truncate(title, width: room - 2) + " ", x: x, y: y, style: .bold)
    }
}
