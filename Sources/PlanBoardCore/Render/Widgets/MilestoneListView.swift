/// An action's milestones (`t`) or a workstream's (`T`): one row each — `✓` done with the day, or `○` open with when it
/// is due and `⚠ overdue` when that has passed — the highlighted row reversed.
struct MilestoneListView: Widget {
    let state: BoardState
    let list: MilestoneList

    func draw(into grid: inout Grid, in rect: Rect) {
        grid.fill(rect)
        guard let holder = state.plan.milestoneHolder(list.owner) else { return }
        let milestones = holder.milestones
        let progress = MilestoneProgress(milestones, today: state.today)
        let done = progress.total == 0 ? "none yet" : "\(progress.fraction) done"
        grid.box(rect, title: "\(holder.title) · \(done)"
                 + (progress.overdue > 0 ? " · \(progress.overdue) overdue" : ""), style: .bold)
        let inner = rect.inset(1)
        guard inner.height >= 4, inner.width >= 20 else { return }
        grid.put(TextWrap.truncate(holder.line.replacingNewlinesWithSpaces(), width: inner.width - 2), x: inner.x + 1, y: inner.y, style: .dim)
        if milestones.isEmpty {
            grid.put("No milestones yet. a adds one.", x: inner.x + 1, y: inner.y + 2, style: .dim, maxWidth: inner.width - 2)
        }
        let dueWidth = min(18, max(4, milestones.map { TextWidth.of($0.due) }.max() ?? 4) + 1)
        let narrow = inner.width < 60
        let statusWidth = narrow ? 10 : 17
        let textX = inner.x + 4
        let textWidth = max(4, inner.width - 4 - dueWidth - statusWidth - 1)
        let rows = max(1, inner.height - 4)
        let top = min(max(0, list.selected - rows + 1), max(0, milestones.count - rows))
        for (row, index) in (top..<min(milestones.count, top + rows)).enumerated() {
            let milestone = milestones[index]
            let y = inner.y + 2 + row
            let selected = index == list.selected
            let base: Style = selected ? .reverse : .plain
            if selected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .reverse) }
            grid.put(selected ? "▶" : " ", x: inner.x, y: y, style: base.with(bold: true))
            grid.put(milestone.isDone ? "✓" : "○", x: inner.x + 2, y: y, style: base.with(bold: true))
            grid.put(TextWrap.truncate(milestone.text, width: textWidth), x: textX, y: y, style: base)
            let dueX = textX + textWidth + 1
            grid.put(TextWrap.truncate(milestone.due.isEmpty ? "—" : milestone.due, width: dueWidth - 1), x: dueX, y: y, style: base)
            let statusX = dueX + dueWidth
            if let done = milestone.doneAt {
                grid.put(narrow ? "done" : "done \(done.day(utcOffset: state.utcOffset).shortText)", x: statusX, y: y, style: selected ? base : .dim,
                         maxWidth: statusWidth)
            } else if milestone.isOverdue(today: state.today) {
                grid.put("⚠ overdue", x: statusX, y: y, style: selected ? base.with(bold: true) : .error, maxWidth: statusWidth)
            }
        }
        let place = state.runningMeeting.map { "minuted in \($0.title.isEmpty ? "the meeting" : $0.title)" } ?? "no meeting running"
        grid.put([Span("Space", .bold), Span(" done/open  "), Span("a", .bold), Span(" add  "), Span("d", .bold), Span(" delete  "),
                  Span("Esc", .bold), Span(" close  · \(place)", .dim)],
                 x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2)
    }
}
