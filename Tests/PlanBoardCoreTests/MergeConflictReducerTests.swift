import Testing
@testable import PlanBoardCore

/// The chair settles the conflicts a merge recorded: `!` opens a chooser, `1`/`2` pick a side,
/// and the choice is a change in history.
@Suite struct MergeConflictReducerTests {
    static func stateWithConflicts() -> BoardState {
        var plan = Fixtures.plan()
        let a = plan.outcomes[0].actions[1]
        plan.outcomes[0].actions[1].rag = .red
        plan.conflicts = [
            MergeConflict(action: a.id, ref: a.ref, field: .rag, kept: "Red", keptBy: "Sam", keptAt: Fixtures.now,
                          other: "Green", otherBy: "Jo", otherAt: Fixtures.now),
            MergeConflict(action: a.id, ref: a.ref, field: .progress, kept: a.progress, other: "Forum held"),
        ]
        var state = Fixtures.state(plan)
        state.author = "Chair"
        return state
    }

    @Test func bangOpensTheChooserOnTheFirstConflictsAction() {
        var state = Self.stateWithConflicts()
        send(&state, .openMergeConflicts)
        #expect(state.mode == .chooseConflictSide(0))
        #expect(state.selectedAction?.id == state.plan.conflicts[0].action)
        #expect(Keymap.message(for: .char("!"), in: Mode.board) == .openMergeConflicts)
    }

    @Test func takingTheOtherSideSetsItRecordsHistoryAndDropsTheRecord() {
        var state = Self.stateWithConflicts()
        let id = state.plan.conflicts[0].action!
        send(&state, .openMergeConflicts, .resolveMergeConflict(takeOther: true))
        let action = state.plan.action(id)!
        #expect(action.rag == .green)
        #expect(action.history.last?.field == .rag)
        #expect(action.history.last?.from == "Red" && action.history.last?.to == "Green")
        #expect(action.history.last?.reason?.contains("Conflict from a merge resolved") == true)
        #expect(action.history.last?.who == "Chair")
        #expect(state.plan.conflicts.count == 1)
        #expect(state.mode == .chooseConflictSide(0), "on to the next conflict")
        send(&state, .resolveMergeConflict(takeOther: false))
        #expect(state.plan.conflicts.isEmpty)
        #expect(state.mode == .board)
        #expect(state.plan.action(id)!.progress == Fixtures.plan().action(id)!.progress, "kept the board's value")
        send(&state, .undo)
        #expect(state.plan.conflicts.count == 1, "undo brings the conflict back")
    }

    @Test func noConflictsSaysSo() {
        var state = Fixtures.state()
        send(&state, .openMergeConflicts)
        #expect(state.mode == .board)
        #expect(state.flash?.text.contains("No conflicts") == true)
    }

    @Test func theBoardSaysHowManyConflictsAreLeftAndTheChooserShowsBothSides() {
        var state = Self.stateWithConflicts()
        state.size = Size(width: 80, height: 24)
        state.flash = nil
        #expect(BoardView.render(state).text.contains("2 conflicts to resolve"))
        send(&state, .openMergeConflicts)
        assertSnapshot(BoardView.render(state), named: "merge-conflict-80x24")
    }
}
