/// What the indicators view draws in its area: the list, or the highlighted indicator's detail
/// pane over it, and the status override chooser when it is open.
struct IndicatorScreenView: Widget {
    let state: BoardState
    let browse: IndicatorBrowse
    let choosing: Bool

    func draw(into grid: inout Grid, in rect: Rect) {
        let indicators = state.plan.indicators
        if browse.detailOpen, indicators.indices.contains(browse.selected) {
            let indicator = indicators[browse.selected]
            let text = BoardLayout.scrollingText(in: rect)
            let content = IndicatorDetailText.lines(for: indicator, in: state, width: text.width)
            let position = "\(browse.selected + 1) of \(indicators.count)"
            ScrollingBox(content: content, title: "\(indicator.ref.isEmpty ? "Indicator" : indicator.ref) · \(position)",
                         scroll: Viewport(offset: browse.detailScroll, contentHeight: content.count, visibleHeight: text.height))
                .draw(into: &grid, in: rect)
        } else {
            IndicatorListView(rows: indicators.map(IndicatorRow.init), selected: browse.selected,
                              meeting: state.runningMeeting).draw(into: &grid, in: rect)
        }
        if choosing, indicators.indices.contains(browse.selected) {
            IndicatorStatusChooserView(indicator: indicators[browse.selected]).draw(into: &grid, in: rect)
        }
    }
}

/// `o` in the indicators view: each status with the letter that picks it, `(now)` after the one
/// shown, and `c` to clear an override; a reason is asked for next.
struct IndicatorStatusChooserView: Widget {
    let indicator: Indicator

    func draw(into grid: inout Grid, in area: Rect) {
        let shown = IndicatorAssessment(indicator).status
        let lines = IndicatorStatus.allCases.count + (indicator.statusOverride == nil ? 0 : 1)
        let width = min(area.width - 4, 40)
        let height = min(area.height - 2, lines + 2)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - height) / 2),
                        width: width, height: height)
        grid.fill(rect)
        grid.box(rect, title: "Override \(indicator.refOrName)'s status", style: .bold, titleStyle: .bold)
        var y = rect.y + 1
        for status in IndicatorStatus.allCases where y < rect.maxY - 1 {
            grid.put([Span(String(Keymap.overrideKey(for: status)), .bold), Span("  "), Span(RAGBadge.text(status.rag), .badge(status.rag)),
                      Span(" " + status.word), Span(status == shown ? "  (now)" : "", .dim)],
                     x: rect.x + 2, y: y, maxWidth: rect.width - 4)
            y += 1
        }
        if indicator.statusOverride != nil, y < rect.maxY - 1 {
            grid.put([Span("c", .bold), Span("  clear the override (computed: \(IndicatorAssessment(indicator).computedStatus.word))")],
                     x: rect.x + 2, y: y, maxWidth: rect.width - 4)
        }
    }
}
