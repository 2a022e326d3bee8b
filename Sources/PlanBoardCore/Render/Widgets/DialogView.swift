/// A small centred box asking a question, with the mode's keys listed under it.
enum DialogView {
    static func draw(title: String, message: String, hints: [KeyHint], size: Size, grid: inout Grid) {
        let width = min(size.width - 4, 64)
        let body = TextWrap.wrap(message, width: width - 4)
        let height = min(size.height - 2, body.count + hints.count + 3)
        let rect = Rect(x: (size.width - width) / 2, y: max(1, (size.height - height) / 2), width: width, height: height)
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
