import Testing
@testable import PlanBoardCore

@Suite struct BoardLayoutTests {
    @Test func theOverlayIsCentredAndAtMost84Wide() {
        let wide = BoardLayout(size: Size(width: 120, height: 36), laneCount: 3, paneOpen: false)
        #expect(wide.overlay == Rect(x: 18, y: 1, width: 84, height: 33))
        let narrow = BoardLayout(size: Size(width: 60, height: 20), laneCount: 3, paneOpen: false)
        #expect(narrow.overlay == Rect(x: 0, y: 1, width: 60, height: 17))
    }

    @Test func theEditorsTextSitsInsideThePaneAndLeadsKeepRoomForMatches() {
        let layout = BoardLayout(size: Size(width: 120, height: 36), laneCount: 3, paneOpen: true)
        let pane = layout.pane!
        let text = layout.editorText(for: .progress)
        #expect(text == Rect(x: pane.x + 2, y: pane.y + 2, width: pane.width - 4, height: pane.height - 5))
        #expect(layout.editorText(for: .leads).height == 2)
    }

    @Test func cardsStackDownTheLaneInsideItsBorders() {
        let layout = BoardLayout(size: Size(width: 120, height: 36), laneCount: 3, paneOpen: false)
        let lane = layout.laneRect(slot: 1)
        let second = layout.cardRect(slot: 1, inLane: lane)
        #expect(second.x == lane.x + 1 && second.width == lane.width - 2)
        #expect(second.y == layout.cardsTop + layout.cardHeight)
        #expect(second.height == layout.cardTextLines + 2)
    }

    @Test func theReducerClampsThePaneWhereTheDrawnTextEnds() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        send(&state, .openDetail, .scrollPaneToBottom)
        let pane = BoardLayout(state, paneOpen: true).pane!
        let text = BoardLayout.scrollingText(in: pane)
        let lines = DetailText.lines(for: state.selectedAction!, in: state, width: text.width)
        #expect(state.paneScroll.offset == lines.count - text.height)
        let screen = BoardView.render(state).lines
        let last = lines.last!.map(\.text).joined()
        #expect(screen[text.maxY - 1].contains(last), "the last line of the text is on the pane's last row")
        #expect(!screen[pane.maxY - 1].contains("▼ more"))
    }
}
