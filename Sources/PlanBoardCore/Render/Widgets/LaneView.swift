/// One lane: a box titled with the outcome, its rating counts, and as many cards as fit.
enum LaneView {
    static func draw(_ lane: Lane, in rect: Rect, focused: Bool, selectedCard: Int?, scroll: Int,
                     state: BoardState, layout: BoardLayout, grid: inout Grid) {
        let border: Style = focused ? .bold : .dim
        grid.box(rect, title: "", style: border)
        let title = " " + TextWrap.truncate(lane.title, width: rect.width - 4) + " "
        grid.put(title, x: rect.x + 1, y: rect.y, style: focused ? Style(bold: true, reverse: true) : .bold)

        // Counts for the lane.
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
        grid.divider(y: rect.y + 2, x: rect.x, width: rect.width, style: border)

        let top = min(max(0, scroll), max(0, lane.cards.count - layout.visibleCards))
        if top > 0 { grid.put(" ▲ \(top) more ", x: rect.x + 2, y: rect.y + 2, style: .bold) }
        let shownEnd = min(lane.cards.count, top + layout.visibleCards)
        let marks = CardMarks.Context(state)
        for (slot, index) in (top..<shownEnd).enumerated() {
            let p = lane.cards[index]
            CardView.draw(state.plan.outcomes[p.outcome].actions[p.action],
                          x: rect.x + 1, y: layout.cardsTop + slot * layout.cardHeight, width: rect.width - 2,
                          textLines: layout.cardTextLines, selected: index == selectedCard, today: state.today,
                          marks: marks, grid: &grid)
        }
        if shownEnd < lane.cards.count {
            grid.put(" ▼ \(lane.cards.count - shownEnd) more ", x: rect.x + 2, y: rect.maxY - 1, style: .bold)
        }
    }
}
