import Testing
@testable import PlanBoardCore

/// Golden screens of the status chooser and of prompts saying what Enter and Esc do.
@Suite struct MeetingSpeedViewTests {
    @Test(arguments: [Size(width: 120, height: 36), Size(width: 80, height: 24)])
    func theStatusChooser(size: Size) {
        var state = Fixtures.state(size: size)
        press(&state, "s↓")
        assertSnapshot(BoardView.render(state), named: "status-chooser-\(size.width)x\(size.height)")
    }

    @Test func theStatusChooserOverTheDetailPane() {
        var state = Fixtures.state()
        press(&state, "⏎s")
        let grid = BoardView.render(state)
        assertSnapshot(grid, named: "status-chooser-detail-120x36")
        #expect(grid.text.contains("Carer identification in every GP"), "the pane stays under the chooser")
    }

    @Test func aSearchPromptSaysWhyTheCardMatchedAndWhatEnterAndEscDo() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        send(&state, .startSearch)
        type(&state, "quarterly")
        let grid = BoardView.render(state)
        assertSnapshot(grid, named: "prompt-search-80x24")
        #expect(grid.lines[22].hasPrefix(" Search: quarterly   1 match · 1.2 matched in Action: “Carers' voice group"),
                "what typing found, after the answer: \(grid.lines[22])")
        #expect(grid.lines[23].hasPrefix(" Enter find (then n / N)  Esc back to where you were"))
    }

    @Test func theReasonPromptAfterARating() {
        var state = Fixtures.state()
        press(&state, "rjy")
        assertSnapshot(BoardView.render(state), named: "prompt-reason-120x36")
    }

    @Test func theHintLineOffersWhyAfterAChange() {
        var state = Fixtures.state()
        press(&state, "rj")
        let grid = BoardView.render(state)
        #expect(grid.lines[35].hasPrefix(" ←↓↑→ move  y why 1.1?  Enter details"))
    }
}
