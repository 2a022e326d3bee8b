import Testing
@testable import PlanBoardCore

/// `n` or `o` then Esc keeps no blank action in the plan.
@Suite struct BlankNewActionTests {
    @Test func escOnTheTextOfANewActionTakesItOutAsUndoWould() {
        var state = Fixtures.state()
        send(&state, .setRAG(.red))
        let plan = state.plan
        let past = state.history.past
        send(&state, .addAction(belowSelection: false))
        let effects = send(&state, .cancel)
        #expect(state.plan == plan)
        #expect(state.history.past == past, "the undo stack is as before n, so u next undoes the rating")
        #expect(effects == [.save(plan)], "the file loses the blank action too")
        #expect(state.flash?.text == "No action added.")
        #expect(state.mode == .board)
        send(&state, .undo)
        #expect(state.plan.action("a1")?.rag == .amber)
    }

    @Test func discardingTypedTextOfANewActionAlsoTakesItOut() {
        var state = Fixtures.state()
        let plan = state.plan
        send(&state, .move(.down), .addAction(belowSelection: true))
        type(&state, "half a thought")
        send(&state, .cancel)
        #expect(state.mode.kind == .confirmDiscard)
        send(&state, .discardEdit)
        #expect(state.plan == plan)
        #expect(state.flash?.text == "No action added.")
        #expect(state.selectedAction?.ref == "1.2")
    }

    @Test func aNewActionWithSavedTextIsKeptWhenItsTextIsLaterCancelled() {
        var state = Fixtures.state()
        send(&state, .addAction(belowSelection: false))
        type(&state, "Breaks pilot")
        send(&state, .submit)
        openField(&state, .text)
        send(&state, .cancel)
        #expect(state.plan.outcomes[0].actions.last?.text == "Breaks pilot")
    }

    @Test func aDuplicatedActionIsNotTakenOutByEsc() {
        var state = Fixtures.state()
        state.plan.outcomes[0].actions[0].text = ""
        state.rebuildLanes()
        send(&state, .duplicateAction)
        openField(&state, .text)
        send(&state, .cancel)
        #expect(state.plan.outcomes[0].actions.count == 5)
        #expect(state.flash?.text != "No action added.")
    }
}
