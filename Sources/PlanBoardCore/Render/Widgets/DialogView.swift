/// A small box asking a question, centred in its rectangle (the screen), with the mode's keys listed
/// under it. Its height follows the question's length. The question and the keys always show: a
/// question too long for the border is written in the box, and on a short screen the explanation
/// gives way (ending in `…`) before either.
struct DialogView: Widget {
    let title: String
    let message: String
    let hints: [KeyHint]

    func draw(into grid: inout Grid, in area: Rect) {
        let width = min(area.width - 4, 64)
        let question = TextWidth.of(title) <= width - 4 ? [] : TextWrap.wrap(title, width: width - 4)
        let fixed = question.count + hints.count + 3
        let room = max(0, area.height - 2 - fixed)
        let body = room == 0 ? [] : TextWrap.wrap(message, width: width - 4, maxLines: room)
        let height = min(area.height - 2, fixed + body.count)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - height) / 2),
                        width: width, height: height)
        grid.fill(rect)
        grid.box(rect, title: question.isEmpty ? title : "", style: .error, titleStyle: .error)
        var y = rect.y + 1
        for line in question where y < rect.maxY - 1 {
            grid.put(line, x: rect.x + 2, y: y, style: .error, maxWidth: rect.width - 4)
            y += 1
        }
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
