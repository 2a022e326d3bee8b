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
                              meeting: state.runningMeeting, hints: HintFitting.leftOver(for: state)).draw(into: &grid, in: rect)
        }
        if choosing, indicators.indices.contains(browse.selected) {
            IndicatorStatusChooserView(indicator: indicators[browse.selected]).draw(into: &grid, in: rect)
        }
    }
}

/// `o` in the indicators view: each status with the letter that picks it, `(now)` after the one
/// shown, and `c` to clear an override (wrapped under its letter when the box is narrow); a reason
/// is asked for next.
struct IndicatorStatusChooserView: Widget {
    let indicator: Indicator

    func draw(into grid: inout Grid, in area: Rect) {
        let shown = IndicatorAssessment(indicator).status
        let computed = "(computed: \(IndicatorAssessment(indicator).computedStatus.word))"
        let clear = indicator.statusOverride == nil ? nil : "clear the override " + computed
        let title = "Override \(indicator.refOrName)'s status"
        let width = min(area.width - 4, max(40, TextWidth.of(title) + 6, clear.map { TextWidth.of($0) + 7 } ?? 0))
        // Too long for the box: what it computes goes on a line of its own, not cut.
        let clearLines = clear.map { TextWidth.of($0) <= width - 7 ? [$0]
            : TextWrap.wrap("clear the override", width: width - 7) + TextWrap.wrap(computed, width: width - 7) } ?? []
        let lines = IndicatorStatus.allCases.count + clearLines.count
        let height = min(area.height - 2, lines + 2)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - height) / 2),
                        width: width, height: height)
        grid.fill(rect)
        grid.box(rect, title: title, style: .bold, titleStyle: .bold)
        var y = rect.y + 1
        for status in IndicatorStatus.allCases where y < rect.maxY - 1 {
            grid.put([Span(String(Keymap.overrideKey(for: status)), .bold), Span("  "), Span(RAGBadge.text(status.rag), .badge(status.rag)),
                      Span(" " + status.word), Span(status == shown ? "  (now)" : "", .dim)],
                     x: rect.x + 2, y: y, maxWidth: rect.width - 4)
            y += 1
        }
        for (i, line) in clearLines.enumerated() where y < rect.maxY - 1 {
            grid.put([Span(i == 0 ? "c" : " ", .bold), Span("  " + line)], x: rect.x + 2, y: y, maxWidth: rect.width - 4)
            y += 1
        }
    }
}
