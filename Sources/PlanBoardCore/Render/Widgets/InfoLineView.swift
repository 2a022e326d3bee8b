/// The line under the header while something changes what the board shows: the running meeting
/// (title, how many discussed of how many, the agenda order), the filter, the search, the grouping.
struct InfoLineView: Widget {
    let state: BoardState

    func draw(into grid: inout Grid, in rect: Rect) {
        grid.fill(rect)
        var parts: StyledLine = []
        if !state.filter.isEmpty {
            let shown = state.lanes.reduce(0) { $0 + $1.cards.count }
            let all = state.lanes.reduce(0) { $0 + $1.unfilteredCount }
            parts.append(Span(" ▼ Filter: ", .bold))
            parts.append(Span(state.filter.description + " (\(shown) of \(all)) "))
        }
        if let search = state.search {
            parts.append(Span(" / ", .bold))
            parts.append(Span("“\(search)” n N "))
        }
        if state.grouping != .outcome {
            parts.append(Span(" ▦ By \(state.grouping.word) ", .bold))
        }
        if !state.filter.isEmpty || state.search != nil {
            parts.append(Span(" Esc clears", .dim))
        }
        if let meeting = state.runningMeeting {
            // Both counts need every action: a preview shows them once the whole plan is read.
            let count = state.isPreview ? "…" : "\(state.discussedCount)"
            let all = state.isPreview ? "…" : "\(state.totals.total)"
            let tail = " · \(count) of \(all) discussed · w walks \(state.agendaOrder.word) "
            let others = parts.reduce(0) { $0 + TextWidth.of($1.text) }
            let room = rect.width - TextWidth.of(tail) - 12 - others
            if room >= 8 {
                parts = [Span(" ● Meeting: ", Style(foreground: .red, bold: true)),
                         Span(TextWrap.truncate(meeting.title, width: room), .bold), Span(tail)] + parts
            } else {
                // Too narrow for the title: keep the meeting's essentials so the filter still shows.
                parts = [Span(" ● Meeting ", Style(foreground: .red, bold: true)),
                         Span("\(count)/\(all) discussed ")] + parts
            }
        }
        grid.put(parts, x: rect.x, y: rect.y, maxWidth: rect.width)
    }
}
