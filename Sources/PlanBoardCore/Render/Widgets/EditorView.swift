/// The editing pane: the field's name, its text wrapped with the cursor shown, and the keys that
/// save and cancel. Also the field chooser `e` opens first.
public enum EditorView {
    /// Where the text goes inside the pane: below the context line, above the key line; the leads
    /// field keeps rows under it for the matching entries of the key.
    public static func textArea(in pane: Rect, field: EditableField) -> Rect {
        let inner = Rect(x: pane.x + 2, y: pane.y + 2, width: pane.width - 4, height: pane.height - 5)
        if field == .leads {
            return Rect(x: inner.x, y: inner.y, width: inner.width, height: min(2, max(1, inner.height)))
        }
        return Rect(x: inner.x, y: inner.y, width: inner.width, height: max(1, inner.height))
    }

    static func draw(_ edit: FieldEdit, state: BoardState, in pane: Rect, grid: inout Grid) {
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
        let area = textArea(in: pane, field: edit.field)
        let layout = edit.editor.layout(width: area.width)
        let top = layout.scrollOffset(height: area.height, from: edit.scroll)
        for (row, line) in layout.lines.dropFirst(top).prefix(area.height).enumerated() {
            grid.put(line.text, x: area.x, y: area.y + row, maxWidth: area.width)
        }
        if top > 0 { grid.put("▲", x: pane.maxX - 2, y: area.y, style: .bold) }
        if top + area.height < layout.lines.count { grid.put("▼", x: pane.maxX - 2, y: area.maxY - 1, style: .bold) }
        grid.placeCursor(x: area.x + layout.cursorColumn, y: area.y + layout.cursorRow - top)

        if edit.field == .leads { drawLeadMatches(edit, key: state.plan.leads, below: area, pane: pane, grid: &grid) }

        let keys: StyledLine = edit.field.isMultiline
            ? [Span("Ctrl-S", .bold), Span(" save  "), Span("Esc", .bold), Span(" cancel  "),
               Span("Enter", .bold), Span(" new line  "), Span("Ctrl-E", .bold), Span(" $EDITOR")]
            : [Span("Enter", .bold), Span(" save  "), Span("Esc", .bold), Span(" cancel")]
                + (edit.field == .leads ? [Span("  "), Span("Tab", .bold), Span(" complete initials")] : [])
        grid.put(keys, x: pane.x + 2, y: pane.maxY - 2, maxWidth: pane.width - 4)
    }

    private static func drawLeadMatches(_ edit: FieldEdit, key: [Lead], below area: Rect, pane: Rect, grid: inout Grid) {
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

    /// The chooser: each field with the start of its value, the highlighted one reversed.
    static func drawChooser(_ choice: FieldChoice, state: BoardState, in pane: Rect, grid: inout Grid) {
        grid.fill(pane)
        guard let action = state.plan.action(choice.action) else { return }
        grid.box(pane, title: "Edit \(action.ref) · choose a field", style: .bold)
        let labelWidth = min(34, max(8, (pane.width - 4) / 2))
        for (i, field) in EditableField.allCases.enumerated() {
            let y = pane.y + 1 + i
            guard y < pane.maxY - 2 else { break }
            let selected = i == choice.index
            let style: Style = selected ? Style(bold: true, reverse: true) : .plain
            grid.fill(Rect(x: pane.x + 1, y: y, width: pane.width - 2, height: 1), style: selected ? .reverse : .plain)
            let label = TextWrap.truncate(field.label, width: labelWidth - 1)
            grid.put((selected ? "▶" : " ") + label, x: pane.x + 1, y: y, style: style)
            let value = field == .note ? "(add a dated note)" : field.value(of: action).replacingNewlinesWithSpaces()
            grid.put(TextWrap.truncate(value.isEmpty ? "—" : value, width: pane.width - labelWidth - 4),
                     x: pane.x + 2 + labelWidth, y: y, style: selected ? .reverse : .dim)
        }
        grid.put([Span("↑↓", .bold), Span(" choose  "), Span("Enter", .bold), Span(" edit  "), Span("Esc", .bold), Span(" back")],
                 x: pane.x + 2, y: pane.maxY - 2, maxWidth: pane.width - 4)
    }

    private static func outcome(of action: Action, in plan: Plan) -> Outcome? {
        plan.position(of: action.id).map { plan.outcomes[$0.outcome] }
    }
}
