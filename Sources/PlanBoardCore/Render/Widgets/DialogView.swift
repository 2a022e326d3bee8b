/// A small box asking a question, centred in its rectangle (the screen), with the mode's keys listed
/// under it. Its height follows the question's length.
struct DialogView: Widget {
    let title: String
    let message: String
    let hints: [KeyHint]

    func draw(into grid: inout Grid, in area: Rect) {
        let width = min(area.width - 4, 64)
        let body = TextWrap.wrap(message, width: width - 4)
        let height = min(area.height - 2, body.count + hints.count + 3)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - height) / 2),
                        width: width, height: height)
        grid.fill(rect)
        grid.box(rect, title: title, style: .error, titleStyle: .error)
        var y = rect.y + 1
        for line in body where y < rect.maxY - 1 {
            grid.put(line, x: rect.x + 2, y: y, maxWidth: rect.width - 4)
            y += 1
        }
        y += 1
        for hint in hints where y < rect.maxY - 1 {
            grid.put([Span(hint.label, .bold), Span("  " + hint.text)], x: rect.x + 2, y: y, maxWidth: rect.width - 4)
            y += 1
        }
    }
}
