/// A box of styled lines scrolled to a line, saying which lines show when not all fit
/// (`Keys · 1–31 of 180 lines`) and marking `▼ more` at the bottom: the detail pane and help.
struct ScrollingBox: Widget {
    let content: [StyledLine]
    let title: String
    /// Where the reducer left the scroll; fitted again here to the content and the box.
    let scroll: Viewport

    func draw(into grid: inout Grid, in rect: Rect) {
        grid.fill(rect)
        let text = BoardLayout.scrollingText(in: rect)
        let shown = scroll.fitted(contentHeight: content.count, visibleHeight: text.height)
        var heading = title
        if shown.isScrollable {
            heading += " · \(shown.offset + 1)–\(shown.visibleRange.upperBound) of \(content.count) lines"
        }
        grid.box(rect, title: heading, style: .bold)
        for (row, index) in shown.visibleRange.enumerated() {
            grid.put(content[index], x: text.x, y: text.y + row, maxWidth: text.width)
        }
        if shown.hiddenBelow > 0 {
            grid.put(" ▼ more ", x: rect.maxX - 10, y: rect.maxY - 1, style: .bold)
        }
    }
}
