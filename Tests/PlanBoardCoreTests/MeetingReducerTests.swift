import Testing
@testable import PlanBoardCore

/// Starts a meeting through its prompts, answering each with the given text (venue and next
/// meeting left blank unless given).
func startMeeting(_ state: inout BoardState, title: String? = nil, attendees: String = "", apologies: String = "",
                  inAttendance: String = "", declarations: String = "", venue: String = "", nextMeeting: String = "") {
    send(&state, .startOrEndMeeting)
    if let title {
        send(&state, .editText(.lineStart), .editText(.deleteToLineEnd))
        type(&state, title)
    }
    send(&state, .submit)
    type(&state, attendees)
    send(&state, .submit)
    type(&state, apologies)
    send(&state, .submit)
    type(&state, inAttendance)
    send(&state, .submit)
    type(&state, declarations)
    send(&state, .submit)
    type(&state, venue)
    send(&state, .submit)
    type(&state, nextMeeting)
    send(&state, .submit)
}

extension BoardState {
    var promptText: String? {
        if case .prompt(let prompt) = mode { return prompt.editor.text }
        return nil
    }
}

@Suite struct MeetingReducerTests {
    @Test func startingAMeetingPrefillsTheTitleWithTheOwnerAndToday() {
        var state = Fixtures.state()
        send(&state, .startOrEndMeeting)
        #expect(state.promptText == "Test Partnership — 23 November 2026")
        send(&state, .submit)
        type(&state, "Ann Lee, Raj Patel")
        send(&state, .submit)
        type(&state, "Jo Smith")
        send(&state, .submit)
        type(&state, "Kim Ray (clerk)")
        send(&state, .submit)
        type(&state, "Raj Patel: trustee of the Carers Centre; Ann Lee: none")
        send(&state, .submit, .submit)
        let effects = send(&state, .submit)
        let meeting = try! #require(state.plan.meetings.first)
        #expect(meeting.id == "m1")
        #expect(meeting.title == "Test Partnership — 23 November 2026")
        #expect(meeting.date == Fixtures.today)
        #expect(meeting.attendees == ["Ann Lee", "Raj Patel"])
        #expect(meeting.apologies == ["Jo Smith"])
        #expect(meeting.inAttendance == ["Kim Ray (clerk)"])
        #expect(meeting.declarations == ["Raj Patel: trustee of the Carers Centre", "Ann Lee: none"])
        #expect(meeting.isRunning)
        #expect(state.runningMeeting?.id == "m1")
        #expect(effects == [.save(state.plan)])
        #expect(state.mode == .board)
    }

    @Test func escOnTheFirstStepStartsNoMeeting() {
        var state = Fixtures.state()
        send(&state, .startOrEndMeeting, .cancel)
        #expect(state.plan.meetings.isEmpty)
        #expect(state.mode == .board)
    }

    @Test func onlyOneMeetingRunsAndEndingAsksFirst() {
        var state = Fixtures.state()
        startMeeting(&state)
        send(&state, .toggleDiscussed)
        send(&state, .startOrEndMeeting)
        #expect(state.mode == .confirmEndMeeting)
        send(&state, .cancel)
        #expect(state.runningMeeting != nil)
        send(&state, .startOrEndMeeting)
        _ = Reducer.reduce(&state, .endMeetingConfirmed, now: Timestamp(day: Fixtures.today, hour: 16))
        #expect(state.runningMeeting == nil)
        #expect(state.plan.meetings.count == 1)
        #expect(state.plan.meetings[0].endedAt == Timestamp(day: Fixtures.today, hour: 16))
        send(&state, .undo)
        #expect(state.runningMeeting?.id == "m1", "u brings the meeting back to running")
    }

    @Test func everyKindOfChangeWhileAMeetingRunsIsTaggedWithIt() {
        var state = Fixtures.state()
        startMeeting(&state)
        rate(&state, .red, why: "Slipped: practices not signed up")
        send(&state, .chooseStatus, .setStatus(.ongoing))
        openField(&state, .deadline)
        send(&state, .editText(.deleteToLineStart))
        type(&state, "June 2027")
        send(&state, .submit)
        send(&state, .recordNote(.decision))
        type(&state, "The board agreed to keep it red")
        send(&state, .submit)
        send(&state, .moveToOutcome(offset: 1))
        let a1 = try! #require(state.plan.action("a1"))
        #expect(a1.history.count == 5)
        #expect(a1.history.allSatisfy { $0.meeting == "m1" })
        #expect(a1.history[0].reason == "Slipped: practices not signed up")
        #expect(a1.notes.map(\.meeting) == ["m1"])
        #expect(a1.notes[0].kind == .decision)

        send(&state, .move(.up), .removeAction, .giveReason)
        type(&state, "Merged")
        send(&state, .submit)
        #expect(state.plan.allActions.filter(\.isRemoved).flatMap(\.history).allSatisfy { $0.meeting == "m1" })
    }

    @Test func changesAfterTheMeetingEndsAreNotTagged() {
        var state = Fixtures.state()
        startMeeting(&state)
        send(&state, .startOrEndMeeting, .endMeetingConfirmed, .setRAG(.red))
        #expect(state.plan.action("a1")?.history.last?.meeting == nil)
    }

    @Test func markingDiscussedKeepsTheOrderTakenAndToggles() {
        var state = Fixtures.state()
        send(&state, .toggleDiscussed)
        #expect(state.flash?.text == "No meeting is running: M starts one.")
        startMeeting(&state)
        send(&state, .move(.down), .move(.down), .toggleDiscussed)   // 1.3
        send(&state, .move(.up), .toggleDiscussed)                   // 1.2
        send(&state, .move(.up), .toggleDiscussed)                   // 1.1
        #expect(state.runningMeeting?.discussed == ["a3", "a2", "a1"])
        send(&state, .move(.down), .toggleDiscussed)
        #expect(state.runningMeeting?.discussed == ["a3", "a1"])
    }

    @Test func walkingTheAgendaSkipsWhatWasDiscussedInRefOrderOrRedsFirst() {
        var state = Fixtures.state()
        startMeeting(&state)
        send(&state, .toggleDiscussed, .walkAgenda(forward: true))
        #expect(state.selectedAction?.ref == "1.2")
        send(&state, .toggleDiscussed, .walkAgenda(forward: true))
        #expect(state.selectedAction?.ref == "1.3")
        send(&state, .walkAgenda(forward: false))
        #expect(state.selectedAction?.ref == "2.2", "backwards wraps round, skipping 1.1 and 1.2")

        send(&state, .toggleAgendaOrder, .moveToFirstCard, .move(.left))
        #expect(state.agendaOrder == .redsFirst)
        send(&state, .walkAgenda(forward: true))
        // Agenda reds first: 1.3 (red), 1.1, 2.2 (amber), 1.4 (unrated), 1.2, 2.1 (green).
        #expect(state.selectedAction?.ref == "2.2")
    }

    @Test func anActionPointIsANoteWithOwnerAndDueAndCanAlsoBeANewAction() {
        var state = Fixtures.state()
        startMeeting(&state)
        send(&state, .recordActionPoint)
        type(&state, "Bring the detailed plan")
        send(&state, .submit)
        type(&state, "g")
        send(&state, .editText(.complete))
        #expect(state.promptText == "GP, ")
        send(&state, .submit)
        type(&state, "next meeting")
        send(&state, .submit)
        type(&state, "y")
        send(&state, .submit)
        let a1 = try! #require(state.plan.action("a1"))
        let note = try! #require(a1.notes.last)
        #expect(note.kind == .actionPoint)
        #expect(note.text == "Bring the detailed plan")
        #expect(note.owner == "GP")
        #expect(note.due == "next meeting")
        #expect(note.meeting == "m1")
        let added = try! #require(state.plan.outcomes[0].actions.last)
        #expect(added.ref == "1.5")
        #expect(added.text == "Bring the detailed plan")
        #expect(added.leads == ["GP"])
        #expect(added.deadline == "next meeting")
        #expect(added.history.first?.meeting == "m1")
        #expect(state.selectedAction?.id == "a1", "the selection stays on the action discussed")
        send(&state, .undo)
        #expect(state.plan.action("a1")?.notes.isEmpty == true)
        #expect(state.plan.outcomes[0].actions.count == 4, "one undo step takes both back")
    }

    @Test func anActionPointWithoutYesIsOnlyANote() {
        var state = Fixtures.state()
        send(&state, .recordActionPoint)
        type(&state, "Ask the schools")
        send(&state, .submit, .submit, .submit, .submit)
        #expect(state.plan.action("a1")?.notes.last?.owner == nil)
        #expect(state.plan.outcomes[0].actions.count == 4)
    }
}

@Suite struct AgendaOrderTests {
    @Test func switchingToRedsFirstGoesToTheFirstRedNotYetDiscussed() {
        var state = Fixtures.state()
        startMeeting(&state, attendees: "Jo Baird")
        send(&state, .move(.right), .move(.down))
        #expect(state.selectedAction?.ref == "2.2")
        send(&state, .toggleAgendaOrder)
        #expect(state.selectedAction?.ref == "1.3", "the only red, at the top of the reds-first agenda")
        send(&state, .walkAgenda(forward: true))
        #expect(state.selectedAction?.rag == .amber, "then the ambers")
    }

    @Test func oneDiscussedCountEverywhereKeepingRemovedButNotPurgedActions() {
        var state = Fixtures.state()
        startMeeting(&state, attendees: "Jo Baird")
        send(&state, .toggleDiscussed, .move(.down), .toggleDiscussed)
        #expect(state.discussedCount == 2)
        send(&state, .removeAction, .giveReason)
        type(&state, "Merged into 1.1")
        send(&state, .submit)
        #expect(state.discussedCount == 2, "discussed, then removed: still discussed, as the minutes say")
        #expect(BoardView.render(state).lines[1].contains("2 of 5 discussed"))
        send(&state, .startOrEndMeeting)
        #expect(BoardView.render(state).text.contains("2 of 5 actions"))
        send(&state, .cancel, .toggleRemoved, .moveToFirstCard, .move(.down), .purgeAction, .purgeConfirmed)
        #expect(state.plan.action("a2") == nil)
        #expect(state.discussedCount == 1, "a purged action is gone from the count")
        #expect(BoardView.render(state).lines[1].contains("1 of 5 discussed"))
    }
}
