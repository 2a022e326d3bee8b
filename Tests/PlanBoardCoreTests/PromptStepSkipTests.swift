import Testing
@testable import PlanBoardCore

/// Esc in a prompt of several questions: the first calls it off, a later one skips just that question.
@Suite struct PromptStepSkipTests {
    @Test func escOnTheTitleStartsNoMeeting() throws {
        var state = Fixtures.state()
        send(&state, .startOrEndMeeting, .cancel)
        #expect(state.plan.meetings.isEmpty)
        #expect(state.mode == .board)
        #expect(state.flash?.text == "No meeting started.")
    }

    @Test func escOnAttendeesSkipsThemAndAsksForApologies() throws {
        var state = Fixtures.state()
        send(&state, .startOrEndMeeting, .editText(.lineStart), .editText(.deleteToLineEnd))
        type(&state, "Board review")
        send(&state, .submit)
        type(&state, "half typed")
        send(&state, .cancel)
        guard case .prompt(let prompt) = state.mode, case .meeting(.apologies, let draft) = prompt.purpose else {
            Issue.record("Esc on attendees should go on to apologies, not \(state.mode)")
            return
        }
        #expect(draft.title == "Board review")
        #expect(draft.attendees.isEmpty)
    }

    @Test func escOnApologiesAndTheStepsAfterStartsTheMeetingWithWhatWasEntered() throws {
        var state = Fixtures.state()
        send(&state, .startOrEndMeeting, .submit)
        type(&state, "Ann Lee")
        send(&state, .submit)
        type(&state, "half typed")
        send(&state, .cancel)
        guard case .prompt(let prompt) = state.mode, case .meeting(.venue, _) = prompt.purpose else {
            Issue.record("Esc on apologies should go on to the venue, not \(state.mode)")
            return
        }
        send(&state, .cancel)
        let effects = send(&state, .cancel)
        let meeting = try #require(state.runningMeeting)
        #expect(meeting.attendees == ["Ann Lee"])
        #expect(meeting.apologies.isEmpty)
        #expect(state.mode == .board)
        #expect(effects == [.save(state.plan)], "the started meeting is written at once")
    }

    @Test func escOnTheFirstQuestionOfAnActionPointRecordsNothing() throws {
        var state = Fixtures.state()
        send(&state, .recordActionPoint)
        type(&state, "Bring the plan")
        send(&state, .cancel)
        #expect(state.plan.action("a1")?.notes.isEmpty == true)
        #expect(state.flash?.text == "Nothing recorded.")
    }

    @Test func escOnWhoSkipsTheOwnerAndKeepsTheActionPoint() throws {
        var state = Fixtures.state()
        send(&state, .recordActionPoint)
        type(&state, "Bring the plan")
        send(&state, .submit)
        type(&state, "G")
        send(&state, .cancel)
        type(&state, "next meeting")
        send(&state, .submit, .submit)
        let note = try #require(state.plan.action("a1")?.notes.last)
        #expect(note.text == "Bring the plan")
        #expect(note.owner == nil)
        #expect(note.due == "next meeting")
    }

    @Test func escOnTheLastQuestionOfAnActionPointRecordsItAsANoteOnly() throws {
        var state = Fixtures.state()
        send(&state, .recordActionPoint)
        type(&state, "Bring the plan")
        send(&state, .submit)
        type(&state, "GP")
        send(&state, .submit, .cancel, .cancel)
        let note = try #require(state.plan.action("a1")?.notes.last)
        #expect(note.text == "Bring the plan")
        #expect(note.owner == "GP")
        #expect(note.due == nil)
        #expect(state.plan.outcomes[0].actions.count == 4, "Esc is not a yes to adding a new action")
        #expect(state.mode == .board)
    }

    @Test func escOnTheInitialsOfANewLeadAddsNothing() throws {
        var state = Fixtures.state()
        send(&state, .openLeadsKey, .addLead)
        type(&state, "SMC")
        send(&state, .cancel)
        #expect(state.plan.leads.count == 2)
        #expect(state.mode == .leadsKey(selected: 0))
    }

    @Test func escOnALeadsOrganisationSavesTheInitialsAndName() throws {
        var state = Fixtures.state()
        send(&state, .openLeadsKey, .addLead)
        type(&state, "SMC")
        send(&state, .submit)
        type(&state, "Sue McCall")
        send(&state, .submit)
        type(&state, "half")
        let effects = send(&state, .cancel)
        #expect(state.plan.leads.last == Lead(initials: "SMC", name: "Sue McCall"))
        #expect(effects == [.save(state.plan)])
        #expect(state.mode == .leadsKey(selected: 2))
    }

    @Test func escOnTheNameWhileEditingALeadKeepsItsName() throws {
        var state = Fixtures.state()
        send(&state, .openLeadsKey, .pickLead(offset: 1), .editLead, .submit)
        type(&state, " typo")
        send(&state, .cancel, .editText(.lineEnd))
        type(&state, " Scotland")
        send(&state, .submit)
        #expect(state.plan.leads[1] == Lead(initials: "GP", name: "GP Federation", organisation: "NHS Scotland"))
    }

    @Test func thePromptsEscHintSaysTheFirstQuestionCancels() throws {
        let esc = Keymap.hints(for: .prompt).first { $0.label == "Esc" }
        #expect(esc?.text.contains("cancel") == true)
    }
}
