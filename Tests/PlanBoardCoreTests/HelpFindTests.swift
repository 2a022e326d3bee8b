import Testing
@testable import PlanBoardCore

/// `/` in the help finds text in it: Enter scrolls to the first match (highlighted), `n` the next,
/// and a word with no match is said so.
@Suite struct HelpFindTests {
    private func inHelp() -> BoardState {
        var state = Fixtures.state()
        send(&state, .showHelp)
        return state
    }

    private func find(_ state: inout BoardState, _ text: String) {
        #expect(Keymap.message(for: .char("/"), in: state) == .findInHelp)
        send(&state, .findInHelp)
        send(&state, .editText(.lineStart), .editText(.deleteToLineEnd))
        type(&state, text)
        send(&state, .submit)
    }

    private func width(_ state: BoardState) -> Int { Reducer.helpWidth(state) }

    @Test func enterScrollsToTheFirstMatchAndHighlightsIt() throws {
        var state = inHelp()
        find(&state, "heat map")
        guard case .help = state.mode else { Issue.record("back in the help: \(state.mode)"); return }
        let lines = HelpText.lines(width: width(state))
        let first = try #require(HelpFind.matches("heat map", in: lines).first)
        #expect(first > 20, "the first match is well down the help")
        #expect(state.helpFind?.line == first)
        #expect(state.paneScroll.offset > 0 && state.paneScroll.offset <= first)
        let screen = BoardView.render(state)
        let row = try #require(screen.lines.firstIndex { $0.contains("▶") && $0.lowercased().contains("heat map") }, "\(screen.text)")
        let column = try #require(screen.lines[row].lowercased().range(of: "heat map"))
        let x = screen.lines[row].lowercased().distance(from: screen.lines[row].lowercased().startIndex, to: column.lowerBound)
        #expect(screen[x, row].style.reverse, "the match is highlighted")
        #expect(state.flash?.text.contains("match 1 of") == true, "\(String(describing: state.flash))")
    }

    @Test func nGoesToTheNextMatchAndRoundToTheFirst() throws {
        var state = inHelp()
        find(&state, "heat map")
        let matches = HelpFind.matches("heat map", in: HelpText.lines(width: width(state)))
        try #require(matches.count >= 2)
        #expect(Keymap.message(for: .char("n"), in: state) == .findNextInHelp)
        send(&state, .findNextInHelp)
        #expect(state.helpFind?.line == matches[1])
        for _ in 2..<matches.count { send(&state, .findNextInHelp) }
        send(&state, .findNextInHelp)
        #expect(state.helpFind?.line == matches[0])
        #expect(state.flash?.text.contains("from the top again") == true)
    }

    @Test func noMatchIsSaidAndTheHelpStays() {
        var state = inHelp()
        find(&state, "zebra crossing")
        #expect(state.flash?.text == "No match for “zebra crossing” in the help.")
        guard case .help = state.mode else { Issue.record("still in the help"); return }
    }

    @Test func escFromTheQuestionGoesBackToTheHelp() {
        var state = inHelp()
        send(&state, .findInHelp)
        #expect(BoardView.render(state).text.contains("Find in help:"))
        #expect(BoardView.render(state).text.contains("Keys"), "the help stays drawn under the question")
        send(&state, .cancel)
        guard case .help = state.mode else { Issue.record("back in the help: \(state.mode)"); return }
    }

    @Test func theHelpListsFind() {
        let text = HelpText.lines(width: 100).map { $0.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("Find text in this help"))
    }
}
