import Testing
@testable import PlanBoardCore

/// Presses keys as the terminal would send them, each looked up in the keymap for the mode it
/// finds: `press(&state, "rja")`. `⏎` is Enter, `⎋` Esc, `↓` `↑` arrows.
func press(_ state: inout BoardState, _ keys: String) {
    for ch in keys {
        let key: Key = switch ch {
        case "⏎": .enter
        case "⎋": .escape
        case "↓": .down
        case "↑": .up
        default: .char(ch)
        }
        if let message = Keymap.message(for: key, in: state) { send(&state, message) }
    }
}

/// Rates the selected action and gives the reason with `y`, as the chair does.
func rate(_ state: inout BoardState, _ rag: RAG, why reason: String) {
    send(&state, .setRAG(rag), .giveReason)
    type(&state, reason)
    send(&state, .submit)
}

/// Keys typed at meeting speed land where the chair meant them: a rating never waits for text.
@Suite struct RatingThenMoveTests {
    @Test func rJARatesTwoActionsAndStoresNoReason() {
        var state = Fixtures.state()
        press(&state, "rja")
        #expect(state.plan.action("a1")?.rag == .red)
        #expect(state.plan.action("a2")?.rag == .amber)
        #expect(state.plan.allActions.flatMap(\.history).allSatisfy { $0.reason == nil })
        #expect(state.selectedAction?.ref == "1.2")
        #expect(state.mode == .board)
    }

    @Test func rJKGEnterIsARatingAMoveBackAnotherRatingAndTheDetailPane() {
        var state = Fixtures.state()
        press(&state, "rjkg⏎")
        let a1 = state.plan.action("a1")!
        #expect(a1.rag == .green)
        #expect(a1.history.map(\.to) == ["Red", "Green"])
        #expect(a1.history.allSatisfy { $0.reason == nil }, "no reason “jkg”")
        #expect(state.mode == .detail)
    }

    @Test func gWMEnterInAMeetingRatesWalksAndMarks() {
        var state = Fixtures.state()
        startMeeting(&state)
        press(&state, "wgwm")
        #expect(state.plan.action("a1")?.rag == .green)
        #expect(state.runningMeeting?.discussed == ["a2"], "the walk went on to 1.2 and m marked it")
    }

    @Test func yGivesTheReasonForTheLastChangeEvenAfterMoving() {
        var state = Fixtures.state()
        press(&state, "rjj")
        #expect(Keymap.hints(for: state).map(\.label).contains("y"), "the hint line offers why while it is valid")
        press(&state, "y")
        #expect(state.prompt?.question == "Why 1.1 RAG Amber → Red?")
        type(&state, "Practices not signed up")
        send(&state, .submit)
        #expect(state.plan.action("a1")?.history.last?.reason == "Practices not signed up")
        #expect(state.selectedAction?.ref == "1.3", "giving the reason does not move the selection")
        press(&state, "y")
        #expect(state.prompt?.editor.text == "Practices not signed up", "y again edits the reason given")
        send(&state, .cancel)
        #expect(state.plan.action("a1")?.history.last?.reason == "Practices not signed up", "Esc keeps it as it was")
    }

    @Test func theOfferMovesToTheNextChangeAndAnUndoEndsIt() {
        var state = Fixtures.state()
        press(&state, "rja")
        press(&state, "y")
        #expect(state.prompt?.question == "Why 1.2 RAG Green → Amber?")
        send(&state, .cancel, .undo)
        press(&state, "y")
        #expect(state.prompt?.question == "Note on 1.2:", "nothing left to explain: y opens a note")
        #expect(state.flash?.text.hasPrefix("No change to explain") == true)
        send(&state, .cancel)
        #expect(!Keymap.hints(for: state).map(\.label).contains("y"))
    }

    @Test func notesAndMarksDoNotEndTheOffer() {
        var state = Fixtures.state()
        startMeeting(&state)
        press(&state, "rm")
        send(&state, .recordNote(.decision))
        type(&state, "Escalate to the IJB")
        send(&state, .submit)
        press(&state, "y")
        #expect(state.prompt?.question == "Why 1.1 RAG Amber → Red?")
    }

    @Test func aStatusAndALaneMoveOfferWhyToo() {
        var state = Fixtures.state()
        press(&state, "sdy")
        #expect(state.prompt?.question == "Why 1.1 status In progress → Delayed?")
        type(&state, "Waiting for the NHS IT")
        send(&state, .submit)
        #expect(state.plan.action("a1")?.history.last?.reason == "Waiting for the NHS IT")
        send(&state, .cycleGrouping)   // by RAG: 1.1 is in the Amber lane
        press(&state, "Ly")
        #expect(state.plan.action("a1")?.rag == .green)
        #expect(state.prompt?.question == "Why 1.1 RAG Amber → Green?")
    }
}

@Suite struct StatusChooserTests {
    @Test func aLetterSetsTheStatusAtOnceAsOneChange() {
        var state = Fixtures.state()
        press(&state, "scj")
        #expect(state.plan.action("a1")?.status == .complete)
        #expect(state.plan.action("a1")?.history.count == 1)
        #expect(state.selectedAction?.ref == "1.2", "the next key is a command again")
    }

    @Test func arrowsAndEnterPickTheHighlightedStatus() {
        var state = Fixtures.state()
        press(&state, "s↓↓")
        #expect(state.mode == .chooseStatus(StatusChoice(action: "a1", highlighted: .delayed, returnTo: .board)))
        press(&state, "↓↓↓⏎")
        #expect(state.plan.action("a1")?.status == .complete, "the highlight stops at the last")
        #expect(state.plan.action("a1")?.history == [Change(at: Fixtures.now, field: .status, from: "In progress", to: "Complete")])
    }

    @Test func sAndSOpenTheSameListNothingCycles() {
        #expect(Keymap.message(for: .char("s"), in: .board) == .chooseStatus)
        #expect(Keymap.message(for: .char("S"), in: .board) == .chooseStatus)
        #expect(Keymap.message(for: .char("s"), in: .detail) == .chooseStatus)
    }

    @Test func escChangesNothingAndTheSameStatusRecordsNothing() {
        var state = Fixtures.state()
        press(&state, "s⎋")
        #expect(state.mode == .board)
        press(&state, "sp")
        #expect(state.plan == Fixtures.plan())
        #expect(state.flash?.text == "1.1 is already In progress.")
    }

    @Test func fromTheDetailPaneItReturnsThere() {
        var state = Fixtures.state()
        press(&state, "⏎so")
        #expect(state.mode == .detail)
        #expect(state.plan.action("a1")?.status == .ongoing)
    }

    @Test func theMinutesShowOneStatusChangePerDecision() throws {
        var state = Fixtures.state()
        startMeeting(&state)
        press(&state, "msd")
        press(&state, "sc")
        let minutes = try #require(MinutesReport.markdown(state.plan, meeting: "m1", today: Fixtures.today))
        #expect(minutes.contains("In progress → Delayed"))
        #expect(minutes.contains("Delayed → Complete"))
        #expect(!minutes.contains("On-going"), "no step the chair did not choose")
    }
}

@Suite struct SelectionStaysTests {
    @Test func anActionPointAddedAsANewActionLeavesTheSelectionOnTheActionDiscussed() throws {
        var state = Fixtures.state()
        startMeeting(&state)
        press(&state, "jm")
        send(&state, .recordActionPoint)
        type(&state, "Report back on venues")
        send(&state, .submit)
        type(&state, "CC")
        send(&state, .submit, .submit)
        press(&state, "y")
        #expect(state.plan.outcomes[0].actions.count == 5, "added as a new action")
        #expect(state.selectedAction?.ref == "1.2")
        press(&state, "m")
        #expect(state.runningMeeting?.discussed == [], "the next m unmarks 1.2, not a new card")
    }

    @Test func markingDiscussedUnderTheTodoFilterKeepsTheCardTillTheCursorMoves() throws {
        var state = Fixtures.state()
        startMeeting(&state)
        setFilter(&state, "todo")
        press(&state, "m")
        #expect(state.selectedAction?.ref == "1.1", "recording does not move the selection")
        send(&state, .recordNote(.decision))
        type(&state, "Agreed")
        send(&state, .submit)
        #expect(state.plan.action("a1")?.notes.count == 1, "so the next key acts on 1.1")
        press(&state, "g")
        #expect(state.plan.action("a1")?.rag == .green)
        press(&state, "j")
        #expect(state.selectedAction?.ref == "1.2")
        #expect(boardRefs(state) == [["1.2", "1.3", "1.4"], ["2.1", "2.2"], []], "once the cursor moves on the filter applies")
    }

    @Test func aRatingTheFilterWouldHideKeepsTheCardSelected() {
        var state = Fixtures.state()
        setFilter(&state, "amber")
        press(&state, "g")
        #expect(state.selectedAction?.ref == "1.1")
        press(&state, "y")
        type(&state, "Done early")
        send(&state, .submit)
        #expect(state.selectedAction?.ref == "1.1")
        press(&state, "l")
        #expect(boardRefs(state) == [[], ["2.2"], []])
    }
}

@Suite struct FirstWalkStepTests {
    @Test func theFirstWOfAMeetingGoesToTheTopOfTheAgenda() {
        var state = Fixtures.state()
        press(&state, "j")
        startMeeting(&state)
        press(&state, "w")
        #expect(state.selectedAction?.ref == "1.1", "not 1.3, the one after the selection")
        press(&state, "w")
        #expect(state.selectedAction?.ref == "1.2")
    }

    @Test func theTopMayBeTheSelectedAction() {
        var state = Fixtures.state()
        startMeeting(&state)
        press(&state, "w")
        #expect(state.selectedAction?.ref == "1.1", "1.1 is first and not yet discussed")
        #expect(state.flash?.text == "1.1: 6 not yet discussed (ref order).")
    }

    @Test func theTopFollowsTheAgendaOrderAndSkipsWhatIsDiscussed() {
        var state = Fixtures.state()
        send(&state, .toggleAgendaOrder)   // reds first: 1.3, then ambers 1.1 and 2.2
        press(&state, "G")
        startMeeting(&state)
        press(&state, "w")
        #expect(state.selectedAction?.ref == "1.3")
        press(&state, "mw")
        #expect(state.selectedAction?.ref == "1.1")
    }

    @Test func aMeetingStartedAgainStartsAtTheTopAgain() {
        var state = Fixtures.state()
        startMeeting(&state)
        press(&state, "wwmM")
        send(&state, .endMeetingConfirmed)
        press(&state, "jj")
        startMeeting(&state)
        press(&state, "w")
        #expect(state.selectedAction?.ref == "1.1")
    }
}

/// Words typed after `y` never run as commands, even when there is nothing left to explain.
@Suite struct ReasonAfterUndoTests {
    @Test func aReasonTypedAfterAnUndoBecomesANoteNotCommands() {
        var state = Fixtures.state()
        let removedBefore = state.plan.allActions.filter(\.isRemoved).count
        send(&state, .setRAG(.red), .undo, .giveReason)
        for c in "delayed by staffing" { send(&state, .editText(.insert(String(c)))) }
        send(&state, .submit)
        let action = state.plan.outcomes[0].actions[0]
        #expect(action.notes.last?.text == "delayed by staffing")
        #expect(action.notes.last?.kind == .note)
        #expect(state.plan.allActions.filter(\.isRemoved).count == removedBefore)
        #expect(state.mode == .board)
    }
}
