/// The editing pane: the field's name, its text wrapped with the cursor shown, and the keys that
/// save and cancel. The text goes where `BoardLayout.editorText` says, as the reducer assumed
/// when it scrolled it.
struct EditorView: Widget {
    let edit: FieldEdit
    let state: BoardState

    func draw(into grid: inout Grid, in pane: Rect) {
        grid.fill(pane)
        let action = state.plan.action(edit.action)
        let ref = action?.ref ?? "?"
        let changed = edit.editor.isChanged ? " · changed" : ""
        grid.box(pane, title: "Edit \(edit.field.label) · \(ref)\(changed)", style: .bold)
        if let action {
            let context = edit.field == .text ? "Outcome " + (outcome(of: action, in: state.plan)?.heading ?? "") : action.text
            grid.put(TextWrap.truncate(context.replacingNewlinesWithSpaces(), width: pane.width - 4),
                     x: pane.x + 2, y: pane.y + 1, style: .dim)
        }
        let area = BoardLayout.editorText(inPane: pane, for: edit.field)
        let text = edit.editor.layout(width: area.width)
        let top = text.scrollOffset(height: area.height, from: edit.scroll)
        for (row, line) in text.lines.dropFirst(top).prefix(area.height).enumerated() {
            grid.put(line.text, x: area.x, y: area.y + row, maxWidth: area.width)
        }
        if top > 0 { grid.put("▲", x: pane.maxX - 2, y: area.y, style: .bold) }
        if top + area.height < text.lines.count { grid.put("▼", x: pane.maxX - 2, y: area.maxY - 1, style: .bold) }
        grid.placeCursor(x: area.x + text.cursorColumn, y: area.y + text.cursorRow - top)

        if edit.field == .leads { drawLeadMatches(key: state.plan.leads, below: area, pane: pane, grid: &grid) }

        let keys: StyledLine = edit.field.isMultiline
            ? [Span("Ctrl-S", .bold), Span(" save  "), Span("Esc", .bold), Span(" cancel  "),
               Span("Enter", .bold), Span(" new line  "), Span("Ctrl-E", .bold), Span(" $EDITOR")]
            : [Span("Enter", .bold), Span(" save  "), Span("Esc", .bold), Span(" cancel")]
                + (edit.field == .leads ? [Span("  "), Span("Tab", .bold), Span(" complete initials")] : [])
        grid.put(keys, x: pane.x + 2, y: pane.maxY - 2, maxWidth: pane.width - 4)
    }

    private func drawLeadMatches(key: [Lead], below area: Rect, pane: Rect, grid: inout Grid) {
        let typed = LeadCompletion.token(before: edit.editor)
        let matches = LeadCompletion.matches(for: typed, in: key)
        var y = area.maxY + 1
        let last = pane.maxY - 3
        guard y <= last else { return }
        let heading = key.isEmpty ? "The plan's key of leads is empty (i on the board edits it)."
            : matches.isEmpty ? "No initials in the key start “\(typed)”." : "In the key of leads:"
        grid.put(heading, x: area.x, y: y, style: .dim, maxWidth: area.width)
        y += 1
        for lead in matches where y <= last {
            let full = lead.organisation.isEmpty ? lead.name : "\(lead.name), \(lead.organisation)"
            grid.put([Span(lead.initials, .bold), Span("  " + full)], x: area.x + 2, y: y, maxWidth: area.width - 2)
            y += 1
        }
    }

    private func outcome(of action: Action, in plan: Plan) -> Outcome? {
        plan.position(of: action.id).map { plan.outcomes[$0.outcome] }
    }
}
