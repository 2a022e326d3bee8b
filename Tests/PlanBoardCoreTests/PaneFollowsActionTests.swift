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

@Suite struct PaneScrollingTests {
    @Test func pageDownMovesAWholePageAndEndReachesTheLastLine() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        send(&state, .showHelp)
        let box = HelpView.box(in: state.size)
        let visible = box.height - 2
        send(&state, .scrollPanePages(1))
        #expect(state.paneScroll == visible - 1, "one line of the last page stays in view")
        send(&state, Keymap.message(for: .end, in: state.mode)!)
        let total = HelpView.lines(width: ScrollingBox.textWidth(of: box)).count
        #expect(state.paneScroll == total - visible)
        #expect(BoardView.render(state).text.contains("of \(total) lines"))
        send(&state, Keymap.message(for: .home, in: state.mode)!)
        #expect(state.paneScroll == 0)
    }

    @Test func helpNamesTheKeyThatOpensTheKeyOfLeads() {
        let help = HelpView.lines(width: 100).map { $0.map(\.text).joined() }
        #expect(help.contains("In the key of leads (i)"))
        #expect(Keymap.message(for: .char("i"), in: .board) == .openLeadsKey)
    }
}

@Suite struct DetailRemovalTests {
    @Test func theRemovalReasonIsShownInFullWrapped() {
        var plan = Fixtures.plan()
        plan.outcomes[0].actions[0].removal = Removal(at: Fixtures.now, reason: "Duplicate of 2.2 – merged into the carers' information work stream by the board")
        var state = Fixtures.state(plan, size: Size(width: 60, height: 24))
        send(&state, .toggleRemoved, .moveToFirstCard, .openDetail)
        let text = DetailView.lines(for: plan.outcomes[0].actions[0], in: state, width: 40).map { $0.map(\.text).joined() }
        #expect(text.joined(separator: " ").contains("merged into the carers' information work stream by the board"))
        #expect(text.allSatisfy { TextWidth.of($0) <= 40 })
    }
}

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

@Suite struct InfoLineTests {
    @Test func aNarrowScreenInAMeetingStillShowsTheFilterAndGrouping() {
        var state = Fixtures.state(size: Size(width: 60, height: 20))
        startMeeting(&state, attendees: "Jo Baird")
        setFilter(&state, "red amber")
        send(&state, .cycleGrouping)
        let line = BoardView.render(state).lines[1]
        #expect(line.contains("● Meeting"))
        #expect(line.contains("Filter: red amber"), "\(line)")
    }
}

@Suite struct PromptWidthTests {
    @Test func aWideScreenShowsTheWholeQuestion() throws {
        var state = Fixtures.state()
        send(&state, .editFilter)
        guard case .prompt(let prompt) = state.mode else { Issue.record("the filter prompt is open"); return }
        let line = BoardView.render(state).lines[state.size.height - 2]
        #expect(TextWidth.of(prompt.question) < 80, "a question short enough to fit whole at 120 columns")
        #expect(line.contains(prompt.question), "\(line)")
    }
}

@Suite struct StatusLineTests {
    @Test func theReasonFollowsTheChangeItExplains() {
        var action = Fixtures.action("a1", "1.1", "Text", rag: .red)
        action.history = [Change(at: Fixtures.now, field: .rag, from: "Amber", to: "Red", reason: "Staff training stalled")]
        #expect(StatusBar.summary(of: action, utcOffset: 0)
                == "1.1 · Red since 23 Nov 2026 (was Amber) “Staff training stalled” · Not started · CC · March 2027")
    }
}

@Suite struct HelpOverPaneTests {
    @Test func helpFromTheEditingPaneLeavesThePaneDrawnBesideIt() {
        var state = Fixtures.state()
        openField(&state, .progress)
        let editing = BoardView.render(state)
        send(&state, .showHelp)
        let help = BoardView.render(state)
        // The right-hand columns, outside the centred help box, still show the editing pane's border.
        let box = HelpView.box(in: state.size)
        #expect(box.maxX < state.size.width - 1)
        #expect(help[state.size.width - 1, 5].text == editing[state.size.width - 1, 5].text)
        #expect(help[state.size.width - 1, 5].text == "│")
        #expect(help.cursor == nil, "no text cursor blinks under the help")
    }
}
