import Testing
@testable import PlanBoardCore

/// The refs on the board, lane by lane.
func boardRefs(_ state: BoardState) -> [[String]] {
    state.lanes.map { $0.cards.map { state.plan.outcomes[$0.outcome].actions[$0.action].ref } }
}

func setFilter(_ state: inout BoardState, _ words: String) {
    send(&state, .editFilter, .editText(.lineStart), .editText(.deleteToLineEnd))
    type(&state, words)
    send(&state, .submit)
}

@Suite struct FilterReducerTests {
    @Test func ratingsCombineWithOrAndLanesCountWhatIsHidden() {
        var state = Fixtures.state()
        setFilter(&state, "red amber")
        #expect(boardRefs(state) == [["1.1", "1.3"], ["2.2"], []])
        #expect(state.lanes[0].unfilteredCount == 4)
        let text = BoardView.render(state).text
        #expect(text.contains("2 of 4"))
        #expect(text.contains("Filter: red amber (3 of 6)"))
    }

    @Test func leadStatusAndRatingCombineWithAnd() {
        var state = Fixtures.state()
        setFilter(&state, "@gp in-progress")
        #expect(boardRefs(state) == [["1.1"], [], []])
        setFilter(&state, "@cc green")
        #expect(boardRefs(state) == [["1.2"], ["2.1"], []])
    }

    @Test func overdueAndDueSoonUseToday() {
        var state = Fixtures.state()
        setFilter(&state, "overdue")
        // 1.1 March 2026 and 1.3 Autumn 2025 are past on 23 Nov 2026; 1.4 (2025/26) too.
        #expect(boardRefs(state) == [["1.1", "1.3", "1.4"], [], []])
        var plan = Fixtures.plan()
        plan.outcomes[1].actions[1].deadline = "December 2026"
        state = Fixtures.state(plan)
        setFilter(&state, "soon")
        #expect(boardRefs(state) == [[], ["2.2"], []])
    }

    @Test func changedSinceTheLastMeetingAndNotYetDiscussed() {
        var plan = Fixtures.plan()
        let ended = Timestamp(day: Day(year: 2026, month: 10, day: 1)!, hour: 12)
        plan.meetings = [Meeting(id: "m1", title: "October", date: ended.day(), startedAt: ended, endedAt: ended)]
        plan.outcomes[0].actions[1].history = [Change(at: Timestamp(day: Day(year: 2026, month: 10, day: 9)!), field: .rag, from: "Red", to: "Green")]
        plan.outcomes[1].actions[0].history = [Change(at: Timestamp(day: Day(year: 2026, month: 9, day: 9)!), field: .rag, from: "Red", to: "Green")]
        var state = Fixtures.state(plan)
        setFilter(&state, "changed")
        #expect(boardRefs(state) == [["1.2"], [], []])

        setFilter(&state, "todo")
        startMeeting(&state)
        send(&state, .moveToFirstCard, .toggleDiscussed)
        #expect(boardRefs(state) == [["1.1", "1.2", "1.3", "1.4"], ["2.1", "2.2"], []], "1.1 stays while the chair is on it")
        send(&state, .move(.down))
        #expect(boardRefs(state) == [["1.2", "1.3", "1.4"], ["2.1", "2.2"], []], "1.1 leaves the board once discussed and left")
    }

    @Test func anUnknownWordKeepsThePromptAndSaysWhy() {
        var state = Fixtures.state()
        setFilter(&state, "purple")
        #expect(state.mode.kind == .prompt)
        #expect(state.flash?.isError == true)
        #expect(state.filter.isEmpty)
    }

    @Test func escOnTheBoardClearsFilterAndSearch() {
        var state = Fixtures.state()
        setFilter(&state, "green")
        send(&state, .startSearch)
        type(&state, "voice")
        send(&state, .submit)
        #expect(state.keyKind == .boardFound)
        #expect(Keymap.message(for: .escape, in: state) == .clearFilters)
        send(&state, .clearFilters)
        #expect(state.filter.isEmpty && state.search == nil)
        #expect(state.selectedAction?.ref == "1.2", "the cursor stays on its action")
        #expect(boardRefs(state).joined().count == 6)
    }

    @Test func aFilterThatMatchesNothingKeepsTheSelectionForEsc() {
        var state = Fixtures.state()
        send(&state, .move(.right), .move(.down))
        #expect(state.selectedAction?.ref == "2.2")
        setFilter(&state, "@cc red")
        #expect(boardRefs(state).joined().isEmpty)
        send(&state, .move(.down), .setRAG(.amber))
        #expect(state.plan == Fixtures.plan(), "with no card shown, nothing is rated")
        #expect(Keymap.message(for: .escape, in: state) == .clearFilters)
        send(&state, .clearFilters)
        #expect(state.selectedAction?.ref == "2.2", "the action chosen before the filter is selected again")
        send(&state, Keymap.message(for: .char("r"), in: state)!)
        #expect(state.plan.outcomes[1].actions[1].rag == .red, "the next rating goes to 2.2, not to the first card")
    }

    @Test func changingTheFilterSoTheHiddenSelectionShowsPutsTheCursorBack() {
        var state = Fixtures.state()
        send(&state, .move(.right))
        #expect(state.selectedAction?.ref == "2.1")
        setFilter(&state, "amber")
        #expect(state.selectedAction?.ref == "2.2")
        setFilter(&state, "green")
        #expect(state.selectedAction?.ref == "2.1", "2.1 shows again, so the cursor goes back to it")
        setFilter(&state, "amber")
        send(&state, .move(.left))
        #expect(state.selectedAction?.ref == "1.1")
        setFilter(&state, "")
        #expect(state.selectedAction?.ref == "1.1", "once the chair moves on, the card moved to stays selected")
    }

    @Test func searchJumpsAsYouTypeAndEscGoesBack() {
        var state = Fixtures.state()
        send(&state, .move(.right), .startSearch)
        type(&state, "school")
        #expect(state.selectedAction?.ref == "1.3")
        send(&state, .cancel)
        #expect(state.selectedAction?.ref == "2.1")
        #expect(state.search == nil)
    }

    @Test func nAndNMoveBetweenMatchesOnlyWhileASearchIsKept() {
        var state = Fixtures.state()
        #expect(Keymap.message(for: .char("n"), in: state) == .addAction(belowSelection: false))
        send(&state, .startSearch)
        type(&state, "carers")
        send(&state, .submit)
        #expect(state.selectedAction?.ref == "1.1")
        #expect(Keymap.message(for: .char("n"), in: state) == .findNext(forward: true))
        send(&state, .findNext(forward: true))
        #expect(state.selectedAction?.ref == "1.2")
        send(&state, .findNext(forward: false), .findNext(forward: false))
        #expect(state.selectedAction?.ref == "2.2", "previous wraps round to the last match")
    }

    @Test func searchLooksInEveryField() {
        var action = Fixtures.action("a9", "9.9", "Plain")
        #expect(!ActionSearch.matches(action, "carers centre"))
        action.progress = "Met the Carers Centre"
        #expect(ActionSearch.matches(action, "carers centre"))
        action.progress = ""
        action.notes = [Note(at: Fixtures.now, text: "ask the IJB")]
        #expect(ActionSearch.matches(action, "ijb"))
        #expect(ActionSearch.matches(action, "march 2027"))
    }

    @Test func hashJumpsToARef() {
        var state = Fixtures.state()
        send(&state, .jumpToRef)
        type(&state, "2.2")
        send(&state, .submit)
        #expect(state.selectedAction?.ref == "2.2")
        send(&state, .jumpToRef)
        type(&state, "7.7")
        send(&state, .submit)
        #expect(state.flash?.isError == true)
        #expect(state.selectedAction?.ref == "2.2")
    }
}
