/// The lanes that fit, from the first visible one, with `◀` / `▶` when lanes are scrolled out
/// sideways; or a line saying the plan has no outcomes.
struct LanesView: Widget {
    let state: BoardState
    let layout: BoardLayout

    func draw(into grid: inout Grid, in rect: Rect) {
        if state.lanes.isEmpty {
            grid.put(" This plan has no outcomes yet.", x: rect.x, y: rect.y + 1, style: .dim)
            return
        }
        let marks = CardMarks.Context(state)
        let shown = Viewport(offset: state.firstVisibleLane, contentHeight: state.lanes.count,
                             visibleHeight: layout.visibleLaneCount)
        for (slot, index) in shown.visibleRange.enumerated() {
            let lane = state.lanes[index]
            let focused = index == state.laneIndex
            LaneView(lane: lane, focused: focused, selectedCard: focused ? state.cardIndex : nil,
                     scroll: state.laneScroll[lane.key] ?? 0, state: state, layout: layout, marks: marks)
                .draw(into: &grid, in: layout.laneRect(slot: slot))
        }
        if shown.offset > 0 {
            grid.put("◀", x: rect.x, y: rect.y, style: .bold)
        }
        if shown.hiddenBelow > 0 {
            grid.put("▶", x: rect.maxX - 1, y: rect.y, style: .bold)
        }
    }
}
