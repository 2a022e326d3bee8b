import Testing
@testable import PlanBoardCore

@Suite struct OutcomeReducerTests {
    @Test func capitalAAddsANumberedOutcomeAfterTheFocusedLaneAndFocusesIt() {
        var state = Fixtures.state()
        send(&state, .addOutcome)
        type(&state, "Living well alongside caring")
        let effects = send(&state, .submit)
        #expect(state.plan.outcomes.map(\.heading) == ["1 Identified and heard", "4 Living well alongside caring",
                                                       "2 Information and advice", "3 Health and wellbeing"])
        #expect(state.plan.outcomes[1].id == "o4")
        #expect(state.laneIndex == 1)
        #expect(effects == [.save(state.plan)])
        send(&state, .undo)
        #expect(state.plan == Fixtures.plan())
    }

    @Test func anEmptyTitleAddsNothing() {
        var state = Fixtures.state()
        send(&state, .addOutcome, .submit)
        #expect(state.plan == Fixtures.plan())
        #expect(state.mode == .board)
    }

    @Test func capitalTRenamesAndCapitalEDescribesStartingFromWhatIsThere() {
        var state = Fixtures.state()
        send(&state, .renameOutcome)
        guard case .prompt(let prompt) = state.mode else { Issue.record("expected a prompt"); return }
        #expect(prompt.editor.text == "Identified and heard")
        send(&state, .editText(.deleteWordBackward))
        type(&state, "valued")
        send(&state, .submit)
        #expect(state.plan.outcomes[0].title == "Identified and valued")
        #expect(state.lanes[0].title == "1 Identified and valued")
        send(&state, .describeOutcome)
        type(&state, "Carers are known early.")
        send(&state, .submit)
        #expect(state.plan.outcomes[0].description == "Carers are known early.")
        send(&state, .renameOutcome, .editText(.deleteToLineStart), .submit)
        #expect(state.flash?.isError == true, "a title cannot be emptied")
        #expect(state.plan.outcomes[0].title == "Identified and valued")
        send(&state, .cancel)
        send(&state, .undo, .undo)
        #expect(state.plan == Fixtures.plan())
    }

    @Test func angleBracketsReorderOutcomesAndTheFocusFollows() {
        var state = Fixtures.state()
        send(&state, .moveOutcome(offset: 1))
        #expect(state.plan.outcomes.map(\.id) == ["o2", "o1", "o3"])
        #expect(state.laneIndex == 1)
        #expect(state.selectedAction?.ref == "1.1")
        send(&state, .moveOutcome(offset: -1), .moveOutcome(offset: -1))
        #expect(state.plan.outcomes.map(\.id) == ["o1", "o2", "o3"])
        #expect(state.flash?.text == "Already the first outcome.")
    }

    @Test func anEmptyOutcomeIsDeletedAtOnce() {
        var state = Fixtures.state()
        send(&state, .move(.right), .move(.right), .deleteOutcome)
        #expect(state.plan.outcomes.map(\.id) == ["o1", "o2"])
        #expect(state.laneIndex == 1)
        send(&state, .undo)
        #expect(state.plan == Fixtures.plan())
    }

    @Test func deletingAnOutcomeWithActionsMovesThemToTheChosenLane() {
        var state = Fixtures.state()
        state.plan.outcomes[1].actions[1].removal = Removal(at: Fixtures.now, reason: "r")
        let before = state.plan
        send(&state, .move(.right), .deleteOutcome)
        #expect(state.mode == .chooseLane(LaneChoice(outcome: "o2", target: 0)))
        send(&state, .pickLane(offset: 1))
        #expect(state.mode == .chooseLane(LaneChoice(outcome: "o2", target: 2)), "the outcome being deleted is skipped")
        send(&state, .pickLane(offset: 1))
        #expect(state.mode == .chooseLane(LaneChoice(outcome: "o2", target: 2)))
        #expect(BoardView.render(state).text.contains("Delete outcome 2 Information and advice?"))
        send(&state, .deleteOutcomeConfirmed)
        #expect(state.plan.outcomes.map(\.id) == ["o1", "o3"])
        #expect(state.plan.outcomes[1].actions.map(\.ref) == ["2.1", "2.2"])
        #expect(state.plan.outcomes[1].actions[0].history.last == Change(at: Fixtures.now, field: .outcome, from: "2 Information and advice", to: "3 Health and wellbeing"))
        #expect(state.plan.outcomes[1].actions[1].isRemoved, "removed actions go too")
        #expect(state.selectedAction?.ref == "2.1")
        send(&state, .undo)
        #expect(state.plan == before)
    }

    @Test func escapeKeepsAnOutcomeThatHasActions() {
        var state = Fixtures.state()
        send(&state, .deleteOutcome, .cancel)
        #expect(state.mode == .board)
        #expect(state.plan == Fixtures.plan())
    }
}

@Suite struct LeadsKeyReducerTests {
    @Test func theKeyListsEntriesAndArrowsMoveTheHighlight() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        send(&state, .openLeadsKey, .pickLead(offset: 1), .pickLead(offset: 5))
        #expect(state.mode == .leadsKey(selected: 1))
        assertSnapshot(BoardView.render(state), named: "leads-key-80x24")
        send(&state, .cancel)
        #expect(state.mode == .board)
    }

    @Test func addingAnEntryAsksInitialsNameAndOrganisationInTurn() {
        var state = Fixtures.state()
        send(&state, .openLeadsKey, .addLead)
        type(&state, "ED")
        send(&state, .submit)
        guard case .prompt(let prompt) = state.mode else { Issue.record("expected the name question"); return }
        #expect(prompt.question == "ED stands for (name):")
        type(&state, "Education Service")
        send(&state, .submit)
        type(&state, "Northshire Council")
        let effects = send(&state, .submit)
        #expect(state.plan.leads.last == Lead(initials: "ED", name: "Education Service", organisation: "Northshire Council"))
        #expect(state.mode == .leadsKey(selected: 2))
        #expect(effects == [.save(state.plan)])
        #expect(state.history.past.count == 1, "one undo step for the entry")
    }

    @Test func initialsMustBeNewAndNotEmpty() {
        var state = Fixtures.state()
        send(&state, .openLeadsKey, .addLead, .submit)
        #expect(state.flash?.isError == true)
        type(&state, "cc")
        send(&state, .submit)
        #expect(state.flash?.text == "CC is already in the key.")
        #expect(BoardView.render(state).lines[35].contains("CC is already in the key."), "shown under the question")
        send(&state, .cancel)
        #expect(state.mode == .leadsKey(selected: 0))
        #expect(state.plan == Fixtures.plan())
    }

    @Test func editingStartsFromTheEntryAndDeletingSaysWhoStillUsesIt() {
        var state = Fixtures.state()
        send(&state, .openLeadsKey, .pickLead(offset: 1), .editLead)
        guard case .prompt(let prompt) = state.mode else { Issue.record("expected a prompt"); return }
        #expect(prompt.editor.text == "GP")
        send(&state, .submit, .submit, .editText(.deleteToLineStart))
        type(&state, "Health and Social Care Partnership")
        send(&state, .submit)
        #expect(state.plan.leads[1] == Lead(initials: "GP", name: "GP Federation", organisation: "Health and Social Care Partnership"))
        send(&state, .deleteLead)
        #expect(state.plan.leads.map(\.initials) == ["CC"])
        #expect(state.flash?.text == "Deleted GP from the key; 1 action still names it. u undoes.")
        send(&state, .undo, .undo)
        #expect(state.plan == Fixtures.plan())
    }
}
