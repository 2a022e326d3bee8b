/// A box of styled lines scrolled to a line, saying which lines show when not all fit
/// (`Keys · 1–31 of 180 lines`) and marking `▼ more` at the bottom: the detail pane and help.
enum ScrollingBox {
    /// The width of text inside a box of `rect`: a border and a space on each side.
    static func textWidth(of rect: Rect) -> Int { rect.width - 4 }

    static func draw(_ content: [StyledLine], title: String, scroll: Int, in rect: Rect, grid: inout Grid) {
        grid.fill(rect)
        let visible = rect.height - 2
        let top = min(scroll, max(0, content.count - visible))
        var heading = title
        if content.count > visible { heading += " · \(top + 1)–\(min(content.count, top + visible)) of \(content.count) lines" }
        grid.box(rect, title: heading, style: .bold)
        for (row, line) in content.dropFirst(top).prefix(visible).enumerated() {
            grid.put(line, x: rect.x + 2, y: rect.y + 1 + row, maxWidth: textWidth(of: rect))
        }
        if top + visible < content.count {
            grid.put(" ▼ more ", x: rect.maxX - 10, y: rect.maxY - 1, style: .bold)
        }
    }
}
