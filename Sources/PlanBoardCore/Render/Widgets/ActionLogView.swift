/// The action log (`F`): one row per open action point — owner, due, the action's ref, what is
/// to be done, and `OVERDUE` in bold red when its date has passed — the highlighted row reversed.
struct ActionLogView: Widget {
    let log: ActionLog
    /// The highlighted row.
    let selected: Int
    /// The running meeting, where done and carried forward are minuted.
    let meeting: Meeting?
    /// The keymap's cues the bottom line has no room for, shown on the box's last row.
    var hints: [KeyHint] = []

    func draw(into grid: inout Grid, in rect: Rect) {
        grid.fill(rect)
        let overdue = log.overdueCount
        let title = "Action log · \(log.count) open" + (overdue > 0 ? " · \(overdue) overdue" : "")
        grid.box(rect, title: title, style: .bold)
        let inner = rect.inset(1)
        guard inner.height > 3, inner.width > 20 else { return }
        let ownerWidth = min(14, max(5, log.entries.map { TextWidth.of($0.note.owner ?? "") }.max() ?? 5) + 1)
        let dueWidth = min(16, max(3, log.entries.map { TextWidth.of($0.note.due ?? "") }.max() ?? 3) + 1)
        let refWidth = min(8, max(3, log.entries.map { TextWidth.of($0.ref) }.max() ?? 3) + 1)
        let textX = inner.x + 1 + ownerWidth + dueWidth + refWidth
        grid.put([Span("Owner", .dim)], x: inner.x + 1, y: inner.y, maxWidth: ownerWidth)
        grid.put([Span("Due", .dim)], x: inner.x + 1 + ownerWidth, y: inner.y, maxWidth: dueWidth)
        grid.put([Span("Ref", .dim)], x: inner.x + 1 + ownerWidth + dueWidth, y: inner.y, maxWidth: refWidth)
        grid.put([Span("Action point", .dim)], x: textX, y: inner.y, maxWidth: max(1, inner.maxX - textX))
        if log.entries.isEmpty {
            grid.put("No open action points. p records one against the selected action.", x: inner.x + 1, y: inner.y + 1,
                     style: .dim, maxWidth: inner.width - 2)
        }
        let rows = inner.height - 3
        let top = min(max(0, selected - rows + 1), max(0, log.count - rows))
        for (row, index) in (top..<min(log.count, top + max(0, rows))).enumerated() {
            let entry = log.entries[index]
            let y = inner.y + 1 + row
            let isSelected = index == selected
            if isSelected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .reverse) }
            let base: Style = isSelected ? .reverse : .plain
            grid.put(isSelected ? "▶" : " ", x: inner.x, y: y, style: base)
            grid.put(TextWrap.truncate(entry.note.owner ?? "—", width: ownerWidth - 1), x: inner.x + 1, y: y, style: base.with(bold: true))
            grid.put(TextWrap.truncate(entry.note.due ?? "—", width: dueWidth - 1), x: inner.x + 1 + ownerWidth, y: y, style: base)
            grid.put(TextWrap.truncate(entry.ref, width: refWidth - 1), x: inner.x + 1 + ownerWidth + dueWidth, y: y, style: base)
            let flag = entry.isOverdue ? "OVERDUE" : ""
            let room = inner.maxX - textX - (flag.isEmpty ? 1 : TextWidth.of(flag) + 2)
            grid.put(TextWrap.truncate(entry.note.text, width: max(1, room)), x: textX, y: y, style: base)
            if !flag.isEmpty {
                grid.put(flag, x: inner.maxX - TextWidth.of(flag) - 1, y: y, style: isSelected ? base.with(bold: true) : .error)
            }
        }
        ScreenFooter(hints: hints, notes: [ScreenFooter.meetingNote(meeting)])
            .draw(into: &grid, in: Rect(x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, height: 1))
    }
}
