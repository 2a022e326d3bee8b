/// One action on the board: ref and status, the rating tag, the start of the text, leads and deadline.
/// The rectangle's height sets the lines of action text (two rows go to the ref and the footer).
struct CardView: Widget {
    let action: Action
    let selected: Bool
    let today: Day
    /// The meeting marks' context, worked out once per frame; nil draws no marks.
    var marks: CardMarks.Context? = nil

    func draw(into grid: inout Grid, in rect: Rect) {
        let x = rect.x, y = rect.y, width = rect.width
        let textLines = max(1, rect.height - 2)
        guard width >= 6 else { return }
        let base: Style = selected ? .reverse : .plain
        grid.fill(Rect(x: x, y: y, width: width, height: textLines + 2), style: base)

        // Line 1: marker, ref, status, rating tag at the right.
        let tag = RAGBadge.text(action.rag)
        let tagX = x + width - TextWidth.of(tag) - 1
        grid.put(selected ? "▶" : " ", x: x, y: y, style: base.with(bold: true))
        // Ref, then the marks in the width the status leaves, then the status (or "✕ removed").
        let room = tagX - (x + 1) - 1
        let refWidth = min(TextWidth.of(action.ref), max(0, room))
        let all = marks.map { CardFirstLine.marks(for: action, $0, selected: selected) } ?? []
        let (status, shownMarks) = CardFirstLine.status(for: action, marks: all, room: room - refWidth)
        var used = grid.put(action.ref, x: x + 1, y: y, style: base.with(bold: true), maxWidth: tagX - x - 2)
        if !shownMarks.isEmpty {
            used += grid.put(CardFirstLine.line(shownMarks, base: base), x: x + 1 + used, y: y, maxWidth: tagX - (x + 1 + used) - 1)
        }
        if action.isRemoved {
            // Shown only in the removed view: a cross and the word, as well as dim text.
            used += grid.put(status, x: x + 1 + used, y: y, style: base.with(bold: true), maxWidth: tagX - (x + 1 + used) - 1)
        } else if !status.isEmpty, tagX - (x + 1 + used) > 6 {
            used += grid.put(status, x: x + 1 + used, y: y, style: selected ? base : .dim, maxWidth: tagX - (x + 1 + used) - 1)
        }
        grid.put(tag, x: tagX, y: y, style: .badge(action.rag))

        // The action's text, wrapped, ending in … when there is more.
        let text = action.text.replacingNewlinesWithSpaces()
        let textStyle = action.isRemoved ? Style(reverse: selected, dim: true) : base
        for (i, line) in TextWrap.wrap(text, width: width - 2, maxLines: textLines).enumerated() {
            grid.put(line, x: x + 1, y: y + 1 + i, style: textStyle, maxWidth: width - 2)
        }

        // Leads · deadline, with the overdue mark.
        let mark = DeadlineBadge.card(for: action, today: today)
        let markWidth = mark.map { TextWidth.of($0.text) + 1 } ?? 0
        let shown = Self.footer(leads: action.leadsText, deadline: action.deadline, width: width - 2 - markWidth)
        let footerWidth = grid.put(shown, x: x + 1, y: y + 1 + textLines, style: selected ? base : .dim, maxWidth: width - 2)
        if let mark {
            grid.put(mark.text, x: x + 2 + footerWidth, y: y + 1 + textLines, style: mark.style)
        }
    }
}

extension CardView {
    /// `leads · deadline` in `width` cells. When it does not fit, the leads are shortened first:
    /// the deadline is what the meeting looks at (and what `⚠` refers to), and leads are in the pane.
    static func footer(leads: String, deadline: String, width: Int) -> String {
        if deadline.isEmpty { return TextWrap.truncate(leads, width: width) }
        if leads.isEmpty { return TextWrap.truncate(deadline, width: width) }
        let whole = leads + " · " + deadline
        if TextWidth.of(whole) <= width { return whole }
        let leadsRoom = width - TextWidth.of(deadline) - 3
        if leadsRoom >= 4 { return TextWrap.truncate(leads, width: leadsRoom) + " · " + deadline }
        return TextWrap.truncate(whole, width: width)
    }
}

extension String {
    /// Newlines and tabs as spaces, for one-line places like cards.
    func replacingNewlinesWithSpaces() -> String {
        guard contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\t" || $0 == "\r" }) else { return self }
        return String(map { $0 == "\n" || $0 == "\r\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
    }
}
