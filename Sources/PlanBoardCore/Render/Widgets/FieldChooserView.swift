/// The field chooser `e` opens first: each field with the start of its value, the highlighted one reversed.
struct FieldChooserView: Widget {
    let choice: FieldChoice
    let state: BoardState

    func draw(into grid: inout Grid, in pane: Rect) {
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
}
