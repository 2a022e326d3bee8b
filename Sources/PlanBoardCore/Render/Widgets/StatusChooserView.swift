/// The status chooser `s` opens: a small box in the middle of its rectangle listing each status
/// with the letter that picks it, `▶` and reverse video on the highlighted one, `(now)` after the
/// action's current status. The keys are on the hint line below, as for every mode.
struct StatusChooserView: Widget {
    let choice: StatusChoice
    let state: BoardState

    func draw(into grid: inout Grid, in area: Rect) {
        let action = state.plan.action(choice.action)
        let statuses = Status.allCases
        let width = min(area.width - 4, 36)
        let height = min(area.height - 2, statuses.count + 2)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - height) / 2),
                        width: width, height: height)
        grid.fill(rect)
        grid.box(rect, title: "Status of \(action?.ref ?? "")", style: .bold, titleStyle: .bold)
        for (i, status) in statuses.enumerated() {
            let y = rect.y + 1 + i
            guard y < rect.maxY - 1 else { break }
            let selected = status == choice.highlighted
            let row = Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1)
            grid.fill(row, style: selected ? .reverse : .plain)
            let now = status == action?.status ? "  (now)" : ""
            grid.put([Span(selected ? "▶" : " ", selected ? .reverse : .plain),
                      Span(String(StatusChoice.key(for: status)), Style(bold: true, reverse: selected)),
                      Span("  " + status.word, selected ? .reverse : .plain),
                      Span(now, Style(reverse: selected, dim: !selected))],
                     x: row.x, y: y, maxWidth: row.width)
        }
    }
}
