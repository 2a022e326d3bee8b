/// The indicators view (`I`): one row per indicator — ref, status letter on its colour (`*` when
/// overridden), name, latest value against target and its period, a sparkline (bars short of
/// target dim), the trend arrow (↑ better ↓ worse → same) and what is due next. Columns drop as
/// the width shrinks: next due first, then the period, then the sparkline; the name takes the rest.
struct IndicatorListView: Widget {
    let rows: [IndicatorRow]
    let selected: Int
    /// The running meeting, where what is recorded is minuted.
    let meeting: Meeting?
    /// The keymap's cues the bottom line has no room for, shown on the box's last row.
    var hints: [KeyHint] = []

    /// The highlighted indicator's name takes at most this many rows under the list.
    static let nameLines = 3

    func draw(into grid: inout Grid, in rect: Rect) {
        grid.fill(rect)
        let counts = IndicatorStatus.allCases.compactMap { status -> String? in
            let n = rows.filter { $0.status == status }.count
            return n == 0 ? nil : "\(status.letter)\(n)"
        }.joined(separator: " ")
        grid.box(rect, title: "Performance indicators · \(rows.count)" + (counts.isEmpty ? "" : " · \(counts)"), style: .bold)
        let inner = rect.inset(1)
        guard inner.height > 2, inner.width > 20 else { return }
        let columns = Columns(rows: rows, width: inner.width)
        grid.put(columns.header, x: inner.x, y: inner.y, maxWidth: inner.width)
        if rows.isEmpty {
            let note = TextWrap.wrap("No indicators in this plan. planboard import SHEET --into PLAN.json adds an indicator table.",
                                     width: inner.width - 2, maxLines: max(1, inner.height - 2))
            for (i, line) in note.enumerated() { grid.put(line, x: inner.x + 1, y: inner.y + 1 + i, style: .dim) }
        }
        // The highlighted indicator's whole name, as a status line: the list cuts names to fit.
        let name = rows.indices.contains(selected) ? Self.nameLines(of: rows[selected], width: inner.width - 2) : []
        let nameRows = inner.height >= 8 ? name.count : 0
        let visible = inner.height - 2 - nameRows
        let top = min(max(0, selected - visible + 1), max(0, rows.count - visible))
        for (line, index) in (top..<min(rows.count, top + max(0, visible))).enumerated() {
            columns.draw(rows[index], selected: index == selected, into: &grid, x: inner.x, y: inner.y + 1 + line)
        }
        for (i, line) in name.prefix(nameRows).enumerated() {
            grid.put(line, x: inner.x + 1, y: inner.maxY - 1 - nameRows + i, maxWidth: inner.width - 2)
        }
        ScreenFooter(hints: hints, notes: [ScreenFooter.meetingNote(meeting)])
            .draw(into: &grid, in: Rect(x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, height: 1))
    }

    /// `PI1 Adult carers …` in full, wrapped to at most three rows, the ref bold.
    static func nameLines(of row: IndicatorRow, width: Int) -> [StyledLine] {
        RefTitleLines.lines(ref: row.ref, title: row.name, width: width, maxLines: nameLines)
    }

    /// Which columns fit at a width, and where each starts.
    struct Columns {
        let refWidth: Int
        let nameWidth: Int
        let figureWidth: Int
        let periodWidth: Int
        let sparkWidth: Int
        let nextWidth: Int

        /// The name keeps at least this many cells before an optional column is dropped.
        static let minimumName = 14

        init(rows: [IndicatorRow], width: Int) {
            refWidth = min(8, max(3, rows.map { TextWidth.of($0.ref) }.max() ?? 3))
            figureWidth = max(6, rows.map { TextWidth.of($0.figure) }.max() ?? 6)
            let period = rows.map { TextWidth.of($0.period) + 2 }.max() ?? 0
            let bars = rows.map(\.bars.count).max() ?? 0
            let spark = bars == 0 ? 0 : max(bars, 5)
            let next = rows.map { $0.next.isEmpty ? 0 : max(8, TextWidth.of($0.next)) }.max() ?? 0
            // marker, ref, badge and `*`, the figure and the trend arrow always show.
            var left = width - (1 + refWidth + 1 + 4 + 1 + 1 + figureWidth + 2 + 1)
            func fits(_ w: Int) -> Int {
                guard w > 0, left - (w + 1) >= Self.minimumName else { return 0 }
                left -= w + 1
                return w
            }
            sparkWidth = fits(spark)
            periodWidth = fits(period)
            nextWidth = fits(next)
            nameWidth = max(1, left)
        }

        var header: StyledLine {
            let figureColumn = figureWidth + (periodWidth > 0 ? periodWidth + 1 : 0)
            let figureTitle = figureColumn >= 15 ? "Latest / target" : "Latest"
            var line = " " + pad("Ref", refWidth) + " " + pad("St", 4) + " " + pad("Indicator", nameWidth) + " "
                + String(repeating: " ", count: max(0, figureWidth - TextWidth.of(figureTitle))) + pad(figureTitle, figureColumn - max(0, figureWidth - TextWidth.of(figureTitle)))
            if sparkWidth > 0 { line += " " + pad("Trend", sparkWidth) }
            line += "  "
            if nextWidth > 0 { line += " " + "Next due" }
            return [Span(line, .dim)]
        }

        func draw(_ row: IndicatorRow, selected: Bool, into grid: inout Grid, x: Int, y: Int) {
            let base: Style = selected ? .reverse : .plain
            let width = 1 + refWidth + 1 + 4 + 1 + nameWidth + 1 + figureWidth + (periodWidth > 0 ? periodWidth + 1 : 0)
                + (sparkWidth > 0 ? sparkWidth + 1 : 0) + 2 + (nextWidth > 0 ? nextWidth + 1 : 0)
            if selected { grid.fill(Rect(x: x, y: y, width: width, height: 1), style: .reverse) }
            var at = x
            grid.put(selected ? "▶" : " ", x: at, y: y, style: base.with(bold: true))
            at += 1
            grid.put(TextWrap.truncate(row.ref, width: refWidth), x: at, y: y, style: base.with(bold: true))
            at += refWidth + 1
            grid.put(RAGBadge.text(row.status.rag), x: at, y: y, style: .badge(row.status.rag))
            if row.overridden { grid.put("*", x: at + 3, y: y, style: base.with(bold: true)) }
            at += 5
            grid.put(TextWrap.truncate(row.name, width: nameWidth), x: at, y: y, style: base)
            at += nameWidth + 1
            let figure = String(repeating: " ", count: max(0, figureWidth - TextWidth.of(row.figure))) + row.figure
            grid.put(figure, x: at, y: y, style: base.with(bold: true))
            at += figureWidth
            if periodWidth > 0 {
                grid.put(row.period.isEmpty ? "" : " (\(row.period))", x: at, y: y, style: selected ? base : .dim, maxWidth: periodWidth + 1)
                at += periodWidth + 1
            }
            if sparkWidth > 0 {
                at += 1
                for (i, bar) in row.bars.suffix(sparkWidth).enumerated() {
                    grid.put(String(bar.block), x: at + i, y: y, style: Style(reverse: selected, dim: !bar.metTarget))
                }
                at += sparkWidth
            }
            at += 1
            if let trend = row.trend {
                let style: Style = switch trend {
                case .better: Style(foreground: .green, bold: true, reverse: selected)
                case .worse: Style(foreground: .red, bold: true, reverse: selected)
                case .same: base
                }
                grid.put(trend.arrow, x: at, y: y, style: style)
            }
            at += 2
            if nextWidth > 0, !row.next.isEmpty {
                grid.put(row.next, x: at, y: y, style: selected ? base : .dim, maxWidth: nextWidth)
            }
        }

        private func pad(_ text: String, _ width: Int) -> String {
            let cut = TextWrap.truncate(text, width: width)
            return cut + String(repeating: " ", count: max(0, width - TextWidth.of(cut)))
        }
    }
}
