import Testing
@testable import PlanBoardCore

@Suite struct OutcomeKeysInOtherGroupingsTests {
    @Test func outcomeKeysSayWhereOutcomesAreEditedInsteadOfActingOnTheWrongLane() {
        var state = Fixtures.state()
        send(&state, .cycleGrouping)
        #expect(state.grouping == .rag)
        let before = state.plan
        for message: Message in [.addOutcome, .renameOutcome, .moveOutcome(offset: 1), .deleteOutcome] {
            #expect(send(&state, message).isEmpty)
            #expect(state.plan == before)
            #expect(state.mode == .board)
            #expect(state.flash?.text.hasPrefix("Outcomes are added, renamed, moved and deleted in the outcome view") == true)
        }
    }
}

@Suite struct MovingOutcomesKeepsTheCardTests {
    @Test func movingAnOutcomeKeepsTheSelectedCard() {
        var state = Fixtures.state()
        send(&state, .move(.down), .move(.down))
        #expect(state.selectedAction?.ref == "1.3")
        send(&state, .moveOutcome(offset: 1))
        #expect(state.plan.outcomes.map(\.number) == ["2", "1", "3"])
        #expect(state.selectedAction?.ref == "1.3", "the cursor stays on 1.3 in its moved lane")
        #expect(state.laneIndex == 1)
    }

    @Test func movingAnEmptyOutcomeFollowsItsLane() {
        var state = Fixtures.state()
        send(&state, .move(.right), .move(.right))
        send(&state, .moveOutcome(offset: -1))
        #expect(state.plan.outcomes.map(\.number) == ["1", "3", "2"])
        #expect(state.laneIndex == 1)
    }
}
