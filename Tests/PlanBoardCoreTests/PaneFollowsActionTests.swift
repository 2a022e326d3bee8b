import Testing
@testable import PlanBoardCore

@Suite struct PaneFollowsActionTests {
    @Test func aChangeThatTheFilterHidesClosesThePaneInsteadOfShowingAnotherAction() {
        var state = Fixtures.state()
        setFilter(&state, "in-progress")
        send(&state, .openDetail)
        #expect(state.selectedAction?.ref == "1.1")
        send(&state, .cycleStatus(forward: true))
        #expect(state.plan.action("a1")?.status == .ongoing)
        #expect(state.mode == .board, "the pane does not silently show another action")
        #expect(state.flash?.text.contains("1.1 is hidden by the filter") == true)
    }

    @Test func aRatingThatTheFilterHidesDoesNotLeaveThePaneOnAnotherAction() {
        var state = Fixtures.state()
        setFilter(&state, "amber green")
        send(&state, .openDetail, .setRAG(.red))
        if case .prompt = state.mode { send(&state, .submit) }
        #expect(state.mode == .board)
        #expect(state.plan.action("a1")?.rag == .red)
    }

    @Test func undoInTheKeyOfLeadsKeepsARowHighlighted() {
        var state = Fixtures.state()
        send(&state, .openLeadsKey, .addLead)
        type(&state, "ZZ")
        send(&state, .submit)
        type(&state, "Zed Zone")
        send(&state, .submit, .submit)
        #expect(state.plan.leads.count == 3)
        guard case .leadsKey = state.mode else { Issue.record("back in the key of leads"); return }
        send(&state, .undo)
        #expect(state.plan.leads.count == 2)
        #expect(state.mode == .leadsKey(selected: 1))
    }
}
