/// What a terminal below `BoardLayout.minimum` shows instead of a squashed board: its size, the
/// size needed, and how to get out.
struct TooSmallView: Widget {
    func draw(into grid: inout Grid, in rect: Rect) {
        let minimum = BoardLayout.minimum
        let lines = ["Terminal too small: \(rect.width)×\(rect.height).",
                     "planboard needs \(minimum.width)×\(minimum.height).",
                     "Enlarge the window; q quits."]
        for (i, line) in lines.enumerated() {
            let y = rect.y + rect.height / 2 - 1 + i
            let x = rect.x + max(0, (rect.width - TextWidth.of(line)) / 2)
            grid.put(line, x: x, y: y, style: i == 0 ? .bold : .plain)
        }
    }
}
