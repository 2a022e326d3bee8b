import Testing
@testable import PlanBoardCore

@Suite struct PaneScrollingTests {
    @Test func pageDownMovesAWholePageAndEndReachesTheLastLine() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        send(&state, .showHelp)
        let text = BoardLayout.scrollingText(in: BoardLayout(state, paneOpen: false).overlay)
        let visible = text.height
        send(&state, .scrollPanePages(1))
        #expect(state.paneScroll.offset == visible - 1, "one line of the last page stays in view")
        send(&state, Keymap.message(for: .end, in: state.mode)!)
        let total = HelpText.lines(width: text.width).count
        #expect(state.paneScroll.offset == total - visible)
        #expect(BoardView.render(state).text.contains("of \(total) lines"))
        send(&state, Keymap.message(for: .home, in: state.mode)!)
        #expect(state.paneScroll.offset == 0)
    }

    @Test func helpNamesTheKeyThatOpensTheKeyOfLeads() {
        let help = HelpText.lines(width: 100).map { $0.map(\.text).joined() }
        #expect(help.contains("In the key of leads (i)"))
        #expect(Keymap.message(for: .char("i"), in: .board) == .openLeadsKey)
    }
}

@Suite struct HelpOverPaneTests {
    @Test func helpFromTheEditingPaneLeavesThePaneDrawnBesideIt() {
        var state = Fixtures.state()
        openField(&state, .progress)
        let editing = BoardView.render(state)
        send(&state, .showHelp)
        let help = BoardView.render(state)
        // The right-hand columns, outside the centred help box, still show the editing pane's border.
        let box = BoardLayout(state, paneOpen: true).overlay
        #expect(box.maxX < state.size.width - 1)
        #expect(help[state.size.width - 1, 5].text == editing[state.size.width - 1, 5].text)
        #expect(help[state.size.width - 1, 5].text == "│")
        #expect(help.cursor == nil, "no text cursor blinks under the help")
    }
}

@Suite struct HelpOpeningTests {
    @Test func helpOpensAtTheKeysOfWhatTheUserWasDoing() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        openField(&state, .progress)
        send(&state, .showHelp)
        let text = BoardView.render(state).text
        #expect(text.contains(Mode.Kind.editingText.title), "the editing keys are on screen:\n\(text)")
        send(&state, .closeHelp)
        #expect(state.mode.takesText, "closing help goes back to the field")
    }

    @Test func helpFromTheBoardOpensAtTheTop() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        send(&state, .showHelp)
        #expect(state.paneScroll.offset == 0)
        #expect(BoardView.render(state).text.contains("Every change is written to the plan file at once"))
    }
}

@Suite struct HelpResizeTests {
    @Test func resizingKeepsTheHelpOnTheSameSection() {
        var state = Fixtures.state(size: Size(width: 60, height: 20))
        send(&state, .openDetail, .showHelp)
        #expect(BoardView.render(state).text.contains(Mode.Kind.detail.title))
        send(&state, .resize(Size(width: 120, height: 36)))
        let wide = BoardView.render(state).lines
        #expect(wide[2].contains(Mode.Kind.detail.title), "the detail pane's keys head the help:\n\(wide.joined(separator: "\n"))")
    }
}
