/// The detail pane: every field of one action (`DetailText`) in a box titled with its ref,
/// scrolled where the reducer left it.
struct DetailView: Widget {
    let state: BoardState
    let action: Action

    func draw(into grid: inout Grid, in rect: Rect) {
        let content = DetailText.lines(for: action, in: state, width: BoardLayout.scrollingText(in: rect).width)
        ScrollingBox(content: content, title: "Action \(action.ref)", scroll: state.paneScroll).draw(into: &grid, in: rect)
    }
}
