/// The `?` overlay: the help text (`HelpText`) in a scrolling box titled "Keys".
struct HelpView: Widget {
    let state: BoardState

    func draw(into grid: inout Grid, in rect: Rect) {
        var content = HelpText.lines(width: BoardLayout.scrollingText(in: rect).width)
        if let found = state.helpFind {
            // Every line holding the text shows it reversed; the line found last is marked `▶`.
            for i in HelpFind.matches(found.text, in: content) { content[i] = HelpFind.highlighted(content[i], found.text) }
            if content.indices.contains(found.line), content[found.line].first?.text.hasPrefix(" ") == true {
                var first = content[found.line][0]
                first.text = "▶" + first.text.dropFirst()
                content[found.line][0] = first
            }
        }
        ScrollingBox(content: content, title: "Keys", scroll: state.paneScroll).draw(into: &grid, in: rect)
    }
}
