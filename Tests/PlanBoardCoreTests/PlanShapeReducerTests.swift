import Testing
@testable import PlanBoardCore

@Suite struct PlanShapeReducerTests {
    @Test func nAddsAnActionAtTheEndOfTheLaneWithTheNextRefAndOpensItsText() {
        var state = Fixtures.state()
        let effects = send(&state, .addAction(belowSelection: false))
        let added = state.plan.outcomes[0].actions.last!
        #expect(added.ref == "1.5")
        #expect(added.id == "a7")
        #expect(added.history == [Change(at: Fixtures.now, field: .created, from: "", to: "1 Identified and heard")])
        #expect(effects == [.save(state.plan)])
        #expect(state.selectedAction?.id == "a7")
        #expect(state.fieldEdit?.field == .text)
        type(&state, "Carers' breaks pilot")
        send(&state, .submit)
        #expect(state.plan.outcomes[0].actions.last?.text == "Carers' breaks pilot")
        send(&state, .undo, .undo)
        #expect(state.plan == Fixtures.plan(), "two undos take away the text and then the action")
        #expect(state.selectedAction?.ref == "1.1")
    }

    @Test func aNewActionStepsPastARefAnActionMovedToAnotherLaneStillHolds() {
        var plan = Fixtures.plan()
        plan.outcomes[1].actions.append(Fixtures.action("a9", "1.5", "Moved from outcome 1, ref kept"))
        var state = Fixtures.state(plan)
        send(&state, .addAction(belowSelection: false))
        #expect(state.plan.outcomes[0].actions.last?.ref == "1.6")
        type(&state, "Breaks pilot")
        send(&state, .submit, .duplicateAction)
        #expect(state.selectedAction?.ref == "1.7", "a copy steps past them too")
    }

    @Test func theNextRefFollowsTheHighestInTheOutcome() {
        var outcome = Outcome(id: "o2", number: "2", title: "x", actions: [
            Fixtures.action("b1", "2.7", "t"), Fixtures.action("b2", "2.3 P", "t"), Fixtures.action("b3", "Misc", "t"),
        ])
        #expect(ActionRef.next(in: outcome) == "2.8")
        outcome.actions = []
        #expect(ActionRef.next(in: outcome) == "2.1")
        outcome.number = ""
        outcome.actions = [Fixtures.action("b1", "B.9", "t")]
        #expect(ActionRef.next(in: outcome) == "B.10")
    }

    @Test func theNextRefCountsPastLetteredRefsOfPriorityAreas() {
        func outcome(_ refs: [String]) -> Outcome {
            Outcome(id: "o1", number: "1", title: "x", actions: refs.enumerated().map {
                Fixtures.action("b\($0.offset)", $0.element, "t")
            })
        }
        let lettered = ["1.6a", "1.6b", "1.7a", "1.7b", "1.7c", "1.7d", "1.7e"]
        #expect(ActionRef.next(in: outcome(["1.1", "1.2", "1.3", "1.4", "1.5"] + lettered)) == "1.8")
        #expect(ActionRef.next(in: outcome(["1.6a", "1.6b", "1.7a"])) == "1.8")
    }

    @Test func oAddsBelowTheSelectedAction() {
        var state = Fixtures.state()
        send(&state, .move(.down), .addAction(belowSelection: true))
        #expect(state.plan.outcomes[0].actions.map(\.ref) == ["1.1", "1.2", "1.5", "1.3", "1.4"])
        #expect(state.selectedAction?.ref == "1.5")
    }

    @Test func nInAnEmptyLaneStartsItsNumbering() {
        var state = Fixtures.state()
        send(&state, .move(.right), .move(.right), .addAction(belowSelection: false))
        #expect(state.plan.outcomes[2].actions.map(\.ref) == ["3.1"])
    }

    @Test func duplicatingCopiesTheFieldsBelowWithAFreshHistory() {
        var state = Fixtures.state()
        state.plan.outcomes[0].actions[0].notes = [Note(at: Fixtures.now, text: "n")]
        send(&state, .duplicateAction)
        let copy = state.plan.outcomes[0].actions[1]
        #expect(copy.ref == "1.5")
        #expect(copy.text == state.plan.outcomes[0].actions[0].text)
        #expect(copy.leads == ["GP", "CC"])
        #expect(copy.rag == .amber)
        #expect(copy.notes.isEmpty)
        #expect(copy.history.map(\.to) == ["Copy of 1.1"])
        #expect(state.selectedAction?.id == copy.id)
    }

    @Test func capitalHAndLMoveAnActionBetweenOutcomesKeepingItsRef() {
        var state = Fixtures.state()
        send(&state, .move(.down), .moveToOutcome(offset: 1))
        #expect(state.plan.outcomes[0].actions.map(\.ref) == ["1.1", "1.3", "1.4"])
        #expect(state.plan.outcomes[1].actions.map(\.ref) == ["2.1", "2.2", "1.2"])
        #expect(state.selectedAction?.ref == "1.2")
        #expect(state.laneIndex == 1)
        #expect(state.plan.outcomes[1].actions[2].history.last == Change(at: Fixtures.now, field: .outcome, from: "1 Identified and heard", to: "2 Information and advice"))
        send(&state, .moveToOutcome(offset: 1), .moveToOutcome(offset: 1))
        #expect(state.flash?.text == "This is the last outcome.")
        send(&state, .undo, .undo)
        #expect(state.plan == Fixtures.plan())
    }

    @Test func capitalJAndKReorderWithinTheLane() {
        var state = Fixtures.state()
        send(&state, .reorder(offset: 1))
        #expect(state.plan.outcomes[0].actions.map(\.ref) == ["1.2", "1.1", "1.3", "1.4"])
        #expect(state.selectedAction?.ref == "1.1")
        send(&state, .reorder(offset: -1), .reorder(offset: -1))
        #expect(state.plan.outcomes[0].actions.map(\.ref) == ["1.1", "1.2", "1.3", "1.4"])
        #expect(state.flash?.text == "Already at the top of the lane.")
    }

    @Test func removingHidesTheActionAtOnceAndYGivesItsReason() {
        var state = Fixtures.state()
        let effects = send(&state, .removeAction)
        #expect(state.mode == .board, "no question: the next key is a command")
        #expect(effects == [.save(state.plan)])
        #expect(state.plan.outcomes[0].actions[0].removal == Removal(at: Fixtures.now, reason: ""))
        #expect(state.lanes[0].cards.count == 3)
        #expect(state.selectedAction?.ref == "1.2")
        #expect(BoardView.render(state).lines[4].hasPrefix("│▶1.2"), "1.1 is gone from the lane")
        #expect(state.flash?.text == "Removed 1.1 · y: why? · u brings it back · R shows removed actions.")

        send(&state, .giveReason)
        guard case .prompt(let prompt) = state.mode else { Issue.record("expected the question"); return }
        #expect(prompt.question == "Why was 1.1 removed?")
        type(&state, "now in the young carers work stream")
        let again = send(&state, .submit)
        let action = state.plan.outcomes[0].actions[0]
        #expect(action.removal == Removal(at: Fixtures.now, reason: "now in the young carers work stream"))
        #expect(action.history.last?.field == .removed)
        #expect(action.history.last?.to == "now in the young carers work stream", "where removals always kept their reason")
        #expect(again == [.save(state.plan)])
        #expect(state.flash?.text == "Reason noted for the removal of 1.1: “now in the young carers work stream”")
        #expect(state.history.past.count == 1, "one undo step takes back the removal and its reason")
    }

    @Test func uBringsARemovedActionBack() {
        var state = Fixtures.state()
        send(&state, .removeAction, .undo)
        #expect(state.plan == Fixtures.plan())
        #expect(state.selectedAction?.ref == "1.1")
    }

    @Test func theRemovedViewShowsRemovedActionsToRestoreOrPurge() {
        var state = Fixtures.state()
        send(&state, .removeAction)
        send(&state, .restoreAction)
        #expect(state.flash?.text.contains("Press R") == true)
        send(&state, .toggleRemoved)
        #expect(state.lanes[0].cards.count == 4)
        #expect(state.selectedAction?.ref == "1.2")
        send(&state, .move(.up))
        #expect(BoardView.render(state).text.contains("1.1 Δ ✕ removed"), "changed since the plan came in, and removed")
        send(&state, .restoreAction)
        #expect(state.plan.outcomes[0].actions[0].removal == nil)
        #expect(state.plan.outcomes[0].actions[0].history.last?.field == .restored)

        send(&state, .purgeAction)
        #expect(state.flash?.text.contains("Only a removed action") == true)
        send(&state, .removeAction, .purgeAction)
        #expect(state.mode == .confirmPurge("a1"))
        send(&state, .cancel)
        #expect(state.plan.outcomes[0].actions.count == 4)
        send(&state, .purgeAction, .purgeConfirmed)
        #expect(state.plan.outcomes[0].actions.map(\.ref) == ["1.2", "1.3", "1.4"])
        send(&state, .undo)
        #expect(state.plan.outcomes[0].actions.count == 4)
    }
}

@Suite struct RAGReasonTests {
    @Test func aRatingIsDoneAtOnceAndYAsksWhyStoringTheAnswerOnThatChange() {
        var state = Fixtures.state()
        let effects = send(&state, .setRAG(.red))
        #expect(effects.count == 1)
        #expect(state.mode == .board)
        send(&state, .giveReason)
        guard case .prompt(let prompt) = state.mode else { Issue.record("expected the question"); return }
        #expect(prompt.question == "Why 1.1 RAG Amber → Red?")
        type(&state, "no GP practice has signed up since June")
        let again = send(&state, .submit)
        #expect(state.mode == .board)
        #expect(state.plan.outcomes[0].actions[0].history.last?.reason == "no GP practice has signed up since June")
        #expect(again == [.save(state.plan)], "saved again with the reason")
        #expect(state.history.past.count == 1, "the reason is part of the rating's undo step")
        send(&state, .undo)
        #expect(state.plan == Fixtures.plan())
        send(&state, .redo)
        #expect(state.plan.outcomes[0].actions[0].history.last?.reason == "no GP practice has signed up since June")
    }

    @Test func enterOnNothingOrEscapeStoresNoReason() {
        var state = Fixtures.state()
        #expect(send(&state, .setRAG(.red), .giveReason, .submit).count == 1)
        #expect(state.mode == .board)
        #expect(state.plan.outcomes[0].actions[0].history.last?.reason == nil)
        send(&state, .setRAG(.green), .giveReason)
        type(&state, "half typed")
        #expect(send(&state, .cancel).isEmpty, "Esc writes nothing")
        #expect(state.mode == .board)
        #expect(state.plan.outcomes[0].actions[0].history.last?.reason == nil)
        #expect(state.plan.outcomes[0].actions[0].rag == .green, "the rating stays; u undoes it")
        #expect(state.flash?.text == "No reason given for 1.1 RAG Red → Green; the change stays (u undoes it).")
    }

    @Test func ratingFromTheDetailPaneReturnsToIt() {
        var state = Fixtures.state()
        send(&state, .openDetail, .setRAG(.red))
        #expect(state.mode == .detail)
        send(&state, .giveReason, .submit)
        #expect(state.mode == .detail)
    }

    @Test func theReasonPromptTakesTheKeysAndShowsInTheStatusLine() {
        var state = Fixtures.state()
        send(&state, .setRAG(.red), .giveReason)
        #expect(Keymap.message(for: .char("q"), in: state.mode) == .editText(.insert("q")))
        type(&state, "café")
        let grid = BoardView.render(state)
        let status = grid.lines[34]
        #expect(status.hasPrefix(" Why 1.1 RAG Amber → Red? café"))
        #expect(grid.cursor == Grid.Point(x: TextWidth.of(" Why 1.1 RAG Amber → Red? café"), y: 34))
        #expect(grid.lines[35].hasPrefix(" Enter keep the reason  Esc no reason (the change stays)"))
    }

}
