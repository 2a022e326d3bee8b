/// The `?` overlay: the help text (`HelpText`) in a scrolling box titled "Keys".
struct HelpView: Widget {
    let state: BoardState

    func draw(into grid: inout Grid, in rect: Rect) {
        let content = HelpText.lines(width: BoardLayout.scrollingText(in: rect).width)
        ScrollingBox(content: content, title: "Keys", scroll: state.paneScroll).draw(into: &grid, in: rect)
    }
}
