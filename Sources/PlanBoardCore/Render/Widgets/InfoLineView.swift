/// The line under the header while something changes what the board shows: the running meeting
/// (title, how many discussed of how many, the agenda order), the filter, the search, the grouping.
enum InfoLineView {
    static func draw(_ state: BoardState, in rect: Rect, grid: inout Grid) {
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
            let count = state.discussedCount
            let tail = " · \(count) of \(state.totals.total) discussed · w walks \(state.agendaOrder.word) "
            let others = parts.reduce(0) { $0 + TextWidth.of($1.text) }
            let room = rect.width - TextWidth.of(tail) - 12 - others
            if room >= 8 {
                parts = [Span(" ● Meeting: ", Style(foreground: .red, bold: true)),
                         Span(TextWrap.truncate(meeting.title, width: room), .bold), Span(tail)] + parts
            } else {
                // Too narrow for the title: keep the meeting's essentials so the filter still shows.
                parts = [Span(" ● Meeting ", Style(foreground: .red, bold: true)),
                         Span("\(count)/\(state.totals.total) discussed ")] + parts
            }
        }
        grid.put(parts, x: rect.x, y: rect.y, maxWidth: rect.width)
    }
}

extension BoardState {
    /// How many actions the running meeting has marked discussed, the one count the info line, the
    /// end-meeting dialog and the flashes all show. An action discussed and then removed still
    /// counts (the minutes list it as discussed); one purged from the file does not.
    public var discussedCount: Int {
        guard let meeting = runningMeeting else { return 0 }
        let discussed = Set(meeting.discussed)
        return plan.allActions.filter { discussed.contains($0.id) }.count
    }

    /// True when the info line is drawn (a meeting, a filter, a search or a grouping is on).
    public var showsInfoLine: Bool {
        runningMeeting != nil || !filter.isEmpty || search != nil || grouping != .outcome
    }
}
