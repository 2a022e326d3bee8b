import Testing
@testable import PlanBoardCore

@Suite struct EditorViewTests {
    static let sizes = BoardViewTests.sizes

    /// Progress with an accented word, a dash, a pound sign and CJK, cursor in the middle of line 2.
    static func editingState(size: Size) -> BoardState {
        var state = Fixtures.state(size: size)
        state.plan.outcomes[0].actions[0].progress = "Six of twelve practices have a named carers lead."
        openField(&state, .progress)
        type(&state, "\nCafé drop-in – £40 a session; 介護 leaflet printed.")
        for _ in 0..<8 { send(&state, .editText(.wordLeft)) }
        return state
    }

    @Test(arguments: sizes) func theEditingPaneAtEachSize(size: Size) {
        let state = Self.editingState(size: size)
        assertSnapshot(BoardView.render(state), named: "editing-\(size.width)x\(size.height)")
    }

    @Test func theCursorCellIsReversedAndTheHardwareCursorIsPlacedThere() throws {
        let state = Self.editingState(size: Size(width: 120, height: 36))
        let grid = BoardView.render(state)
        let cursor = try #require(grid.cursor)
        #expect(grid[cursor.x, cursor.y].style.reverse)
        #expect(grid[cursor.x, cursor.y].text == "d", "eight words left of the end is the start of 'drop'")
        #expect(!grid[cursor.x + 1, cursor.y].style.reverse)
        #expect(BoardView.render(Fixtures.state()).cursor == nil, "no cursor on the board")
    }

    @Test func theCursorOnAWideCharacterReversesBothHalves() throws {
        var state = Fixtures.state()
        openField(&state, .measure)
        type(&state, "介護")
        send(&state, .editText(.left))
        let grid = BoardView.render(state)
        let cursor = try #require(grid.cursor)
        #expect(grid[cursor.x, cursor.y].text == "護")
        #expect(grid[cursor.x + 1, cursor.y].isContinuation)
        #expect(grid[cursor.x + 1, cursor.y].style.reverse)
    }

    @Test(arguments: sizes) func theFieldChooserAtEachSize(size: Size) {
        var state = Fixtures.state(size: size)
        send(&state, .editAction, .pickField(offset: 2))
        assertSnapshot(BoardView.render(state), named: "choose-field-\(size.width)x\(size.height)")
    }

    @Test func theLeadsFieldListsMatchingEntriesOfTheKey() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        openField(&state, .leads)
        type(&state, ", G")
        assertSnapshot(BoardView.render(state), named: "editing-leads-80x24")
        let text = BoardView.render(state).text
        #expect(text.contains("GP  GP Federation, NHS"))
        #expect(!text.contains("CC  Carers Centre"))
    }

    @Test func cancellingWithChangesAsksInADialog() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        openField(&state, .deadline)
        type(&state, "!")
        send(&state, .cancel)
        let grid = BoardView.render(state)
        #expect(grid.text.contains("Throw away your changes?"))
        #expect(grid.text.contains("y  discard the changes"))
        #expect(grid.cursor == nil)
    }

    @Test func theRemovedViewShowsRemovedActionsCrossedAndDimmed() {
        var state = Fixtures.state()
        send(&state, .removeAction, .giveReason)
        type(&state, "merged into 1.1")
        send(&state, .submit, .toggleRemoved, .move(.up))
        let grid = BoardView.render(state)
        assertSnapshot(grid, named: "removed-view-120x36")
        #expect(grid.lines[3].contains("4 actions") == false)
        #expect(grid.lines[4].hasPrefix("│▶1.1 Δ ✕ removed"))
        #expect(grid.lines[5].contains("Carer identification"))
        #expect(grid[3, 5].style.dim)
    }
}
