import Testing
@testable import PlanBoardCore

@Suite struct PaneFollowsActionTests {
    @Test func aChangeTheFilterWouldHideKeepsThePaneOnItsAction() {
        var state = Fixtures.state()
        setFilter(&state, "in-progress")
        send(&state, .openDetail)
        #expect(state.selectedAction?.ref == "1.1")
        send(&state, .chooseStatus, .setStatus(.ongoing))
        #expect(state.plan.action("a1")?.status == .ongoing)
        #expect(state.mode == .detail, "the pane stays on the action being discussed")
        #expect(state.selectedAction?.ref == "1.1")
    }

    @Test func anUndoThatTheFilterHidesClosesThePaneInsteadOfShowingAnotherAction() {
        var state = Fixtures.state()
        send(&state, .chooseStatus, .setStatus(.ongoing))
        setFilter(&state, "ongoing")
        send(&state, .openDetail)
        #expect(state.selectedAction?.ref == "1.1")
        send(&state, .undo)
        #expect(state.plan.action("a1")?.status == .inProgress)
        #expect(state.mode == .board, "the pane does not silently show another action")
        #expect(state.selectedAction?.ref != "1.1")
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

@Suite struct DetailRemovalTests {
    @Test func theRemovalReasonIsShownInFullWrapped() {
        var plan = Fixtures.plan()
        plan.outcomes[0].actions[0].removal = Removal(at: Fixtures.now, reason: "Duplicate of 2.2 – merged into the carers' information work stream by the board")
        var state = Fixtures.state(plan, size: Size(width: 60, height: 24))
        send(&state, .toggleRemoved, .moveToFirstCard, .openDetail)
        let text = DetailText.lines(for: plan.outcomes[0].actions[0], in: state, width: 40).map { $0.map(\.text).joined() }
        #expect(text.joined(separator: " ").contains("merged into the carers' information work stream by the board"))
        #expect(text.allSatisfy { TextWidth.of($0) <= 40 })
    }
}
