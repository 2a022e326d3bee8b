/// An action's milestones (`t`) or a workstream's (Ctrl-T): one row each — `✓` done with the day, or `○` open with when it
/// is due and `⚠ overdue` when that has passed — the highlighted row reversed, and its whole text
/// under the list (the rows cut long texts). The done day always shows; the text column gives way,
/// taking the status column's width in rows that have no status.
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
        let tall = inner.height >= 10
        let about = TextWrap.wrap(holder.line.replacingNewlinesWithSpaces(), width: inner.width - 2, maxLines: tall ? 2 : 1)
        for (i, line) in about.enumerated() { grid.put(line, x: inner.x + 1, y: inner.y + i, style: .dim) }
        let listTop = inner.y + about.count + 1
        ScreenFooter(hints: HintFitting.leftOver(for: state), notes: [ScreenFooter.meetingNote(state.runningMeeting)])
            .draw(into: &grid, in: Rect(x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, height: 1))
        if milestones.isEmpty {
            grid.put("No milestones yet. a adds one.", x: inner.x + 1, y: listTop, style: .dim, maxWidth: inner.width - 2)
            return
        }
        let statuses = milestones.map { status(of: $0) }
        let statusWidth = statuses.map { TextWidth.of($0.text) }.max() ?? 0
        let dueWidth = min(18, max(4, milestones.map { TextWidth.of($0.due) }.max() ?? 4) + 1)
        let textX = inner.x + 4
        // The due column at the right, the status column before it; a row with no status lets its
        // text run over the status column, so text is cut only where the row has no room left.
        let dueX = inner.maxX - dueWidth
        let statusX = dueX - (statusWidth > 0 ? statusWidth + 2 : 0)
        let selected = milestones.dropFirst(list.selected).first
        let whole = tall ? selected.map { TextWrap.wrap($0.text.replacingNewlinesWithSpaces(), width: inner.width - 2, maxLines: 2) } ?? [] : []
        let rows = max(1, inner.maxY - 1 - whole.count - listTop)
        let top = min(max(0, list.selected - rows + 1), max(0, milestones.count - rows))
        for (row, index) in (top..<min(milestones.count, top + rows)).enumerated() {
            let milestone = milestones[index]
            let y = listTop + row
            let isSelected = index == list.selected
            let base: Style = isSelected ? .reverse : .plain
            if isSelected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .reverse) }
            grid.put(isSelected ? "▶" : " ", x: inner.x, y: y, style: base.with(bold: true))
            grid.put(milestone.isDone ? "✓" : "○", x: inner.x + 2, y: y, style: base.with(bold: true))
            let status = statuses[index]
            let textWidth = max(4, (status.text.isEmpty ? dueX : statusX) - 1 - textX)
            grid.put(TextWrap.truncate(milestone.text.replacingNewlinesWithSpaces(), width: textWidth), x: textX, y: y, style: base)
            grid.put(TextWrap.truncate(milestone.due.isEmpty ? "—" : milestone.due, width: dueWidth - 1), x: dueX, y: y, style: base)
            grid.put(status.text, x: statusX, y: y, style: isSelected ? (status.alarm ? base.with(bold: true) : base) : status.alarm ? .error : .dim)
        }
        for (i, line) in whole.enumerated() {
            grid.put(line, x: inner.x + 1, y: inner.maxY - 1 - whole.count + i, maxWidth: inner.width - 2)
        }
    }

    /// `done 12 Nov 2026`, `⚠ overdue` (an alarm), or nothing.
    private func status(of milestone: Milestone) -> (text: String, alarm: Bool) {
        if let done = milestone.doneAt { return ("done \(done.day(utcOffset: state.utcOffset).shortText)", false) }
        if milestone.isOverdue(today: state.today) { return ("⚠ overdue", true) }
        return ("", false)
    }
}
