/// The key of lead initials (`i`): every entry with its name and organisation, and how many
/// actions name it; the highlighted entry reversed.
struct LeadsView: Widget {
    let state: BoardState
    /// The highlighted entry's index in the key.
    let selected: Int

    func draw(into grid: inout Grid, in rect: Rect) {
        grid.fill(rect)
        let leads = state.plan.leads
        grid.box(rect, title: "Key of leads · \(leads.count) entr\(leads.count == 1 ? "y" : "ies")", style: .bold)
        let inner = rect.inset(1)
        guard inner.height > 2 else { return }
        if leads.isEmpty {
            grid.put("The key is empty: a adds an entry.", x: inner.x + 1, y: inner.y, style: .dim, maxWidth: inner.width - 2)
        }
        var uses: [String: Int] = [:]
        for action in state.plan.allActions where !action.isRemoved {
            for initials in action.leads { uses[initials.lowercased(), default: 0] += 1 }
        }
        let initialsWidth = min(12, max(4, leads.map { TextWidth.of($0.initials) }.max() ?? 4) + 2)
        let rows = inner.height - 1
        let top = min(max(0, selected - rows + 1), max(0, leads.count - rows))
        for (row, index) in (top..<min(leads.count, top + rows)).enumerated() {
            let lead = leads[index]
            let y = inner.y + row
            let isSelected = index == selected
            if isSelected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .reverse) }
            let base: Style = isSelected ? .reverse : .plain
            grid.put((isSelected ? "▶" : " ") + lead.initials, x: inner.x, y: y, style: base.with(bold: true), maxWidth: initialsWidth)
            var full = lead.name
            if !lead.organisation.isEmpty { full += ", " + lead.organisation }
            let count = uses[lead.initials.lowercased()] ?? 0
            let tail = "\(count) action\(count == 1 ? "" : "s")"
            let room = inner.width - initialsWidth - TextWidth.of(tail) - 3
            grid.put(TextWrap.truncate(full, width: max(1, room)), x: inner.x + initialsWidth + 1, y: y, style: base)
            grid.put(tail, x: inner.maxX - TextWidth.of(tail) - 1, y: y, style: isSelected ? base : .dim)
        }
        grid.put([Span("a", .bold), Span(" add  "), Span("Enter", .bold), Span(" edit  "), Span("d", .bold), Span(" delete  "),
                  Span("Esc", .bold), Span(" close")], x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2)
    }
}
