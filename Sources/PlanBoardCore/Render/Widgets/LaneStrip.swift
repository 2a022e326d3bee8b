/// On narrow screens, the line above the single lane: every lane's name in a row, the focused one
/// highlighted, so the chair knows where `h` / `l` lead.
struct LaneStrip: Widget {
    let state: BoardState

    func draw(into grid: inout Grid, in rect: Rect) {
        let count = state.lanes.count
        guard count > 0 else { return }
        let label = "Lane \(state.laneIndex + 1) of \(count) "
        var x = rect.x + grid.put(label, x: rect.x, y: rect.y, style: .dim)
        let each = max(4, (rect.width - x) / count)
        for (i, lane) in state.lanes.enumerated() {
            let text = " " + TextWrap.truncate(lane.title, width: each - 2) + " "
            x += grid.put(text, x: x, y: rect.y, style: i == state.laneIndex ? Style(bold: true, reverse: true) : .dim,
                          maxWidth: rect.maxX - x)
            if x >= rect.maxX { break }
        }
    }
}
