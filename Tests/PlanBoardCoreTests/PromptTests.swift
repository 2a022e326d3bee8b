import Testing
@testable import PlanBoardCore

extension BoardState {
    /// The open prompt, if one is.
    var prompt: Prompt? {
        if case .prompt(let prompt) = mode { return prompt }
        return nil
    }
}

/// One meaning for Enter and Esc in every prompt: Enter does what the prompt is for (its words
/// under the question), Esc goes back to where the chair was with nothing from it recorded.
@Suite struct PromptEscTests {
    @Test(arguments: [0, 1, 2]) func escOnAnyStepOfStartingAMeetingStartsNone(step: Int) throws {
        var state = Fixtures.state()
        send(&state, .startOrEndMeeting)
        for _ in 0..<step {
            type(&state, "x")
            send(&state, .submit)
        }
        type(&state, "half typed")
        #expect(send(&state, .cancel).isEmpty, "nothing written")
        #expect(state.plan.meetings.isEmpty)
        #expect(state.mode == .board)
        #expect(state.flash?.text == "No meeting started.")
    }

    @Test func enterOnTheLastStepStartsTheMeetingWithWhatWasEntered() throws {
        var state = Fixtures.state()
        send(&state, .startOrEndMeeting, .submit)
        type(&state, "Ann Lee")
        send(&state, .submit, .submit, .submit, .submit, .submit)
        let effects = send(&state, .submit)
        let meeting = try #require(state.runningMeeting)
        #expect(meeting.attendees == ["Ann Lee"])
        #expect(meeting.apologies.isEmpty)
        #expect(state.mode == .board)
        #expect(effects == [.save(state.plan)], "the started meeting is written at once")
    }

    @Test(arguments: [0, 1, 2, 3]) func escOnAnyStepOfAnActionPointRecordsNothing(step: Int) throws {
        var state = Fixtures.state()
        send(&state, .recordActionPoint)
        for answer in ["Bring the plan", "GP", "next meeting"].prefix(step) {
            type(&state, answer)
            send(&state, .submit)
        }
        #expect(send(&state, .cancel).isEmpty)
        #expect(state.plan == Fixtures.plan())
        #expect(state.mode == .board)
        #expect(state.flash?.text == "Nothing recorded.")
    }

    @Test func enterOnEmptyOptionalStepsSkipsThem() throws {
        var state = Fixtures.state()
        send(&state, .recordActionPoint)
        type(&state, "Bring the plan")
        send(&state, .submit, .submit)
        type(&state, "next meeting")
        send(&state, .submit, .submit)
        let note = try #require(state.plan.action("a1")?.notes.last)
        #expect(note.text == "Bring the plan")
        #expect(note.owner == nil)
        #expect(note.due == "next meeting")
        #expect(state.plan.outcomes[0].actions.count == 4, "Enter in the yes / no step is no")
    }

    @Test func theYesNoStepTakesOneKeyAndTheNextKeyIsACommandAgain() throws {
        var state = Fixtures.state()
        send(&state, .recordActionPoint)
        type(&state, "Bring the plan")
        send(&state, .submit, .submit, .submit)
        #expect(state.mode.kind == .promptYesNo)
        #expect(Keymap.message(for: .char("y"), in: state.mode) == .answer(yes: true))
        #expect(Keymap.message(for: .char("n"), in: state.mode) == .answer(yes: false))
        #expect(Keymap.message(for: .char("j"), in: state.mode) == nil, "other letters are not typed into it")
        send(&state, .answer(yes: false))
        #expect(state.mode == .board)
        #expect(state.plan.outcomes[0].actions.count == 4)
        #expect(state.plan.action("a1")?.notes.count == 1)
    }

    @Test(arguments: [0, 1, 2]) func escOnAnyStepOfANewLeadAddsNothing(step: Int) throws {
        var state = Fixtures.state()
        send(&state, .openLeadsKey, .addLead)
        for answer in ["SMC", "Sue McCall"].prefix(step) {
            type(&state, answer)
            send(&state, .submit)
        }
        send(&state, .cancel)
        #expect(state.plan.leads.count == 2)
        #expect(state.mode == .leadsKey(selected: 0))
        #expect(state.flash?.text == "Nothing added to the key of leads.")
    }

    @Test func escWhileEditingALeadLeavesItAsItWas() throws {
        var state = Fixtures.state()
        send(&state, .openLeadsKey, .pickLead(offset: 1), .editLead, .submit)
        type(&state, " typo")
        send(&state, .submit, .cancel)
        #expect(state.plan.leads[1] == Lead(initials: "GP", name: "GP Federation", organisation: "NHS"))
        #expect(state.mode == .leadsKey(selected: 1))
    }

    @Test func escOnASearchGoesBackToWhereYouWereAndKeepsTheSearchBefore() throws {
        var state = Fixtures.state()
        send(&state, .startSearch)
        type(&state, "guide")
        send(&state, .submit)
        #expect(state.search == "guide")
        let before = state.selectedAction?.ref
        send(&state, .startSearch)
        type(&state, "voice")
        #expect(state.selectedAction?.ref == "1.2", "the search moves as it is typed")
        send(&state, .cancel)
        #expect(state.selectedAction?.ref == before)
        #expect(state.search == "guide")
        #expect(state.mode == .board)
    }

    @Test func escOnTheFilterKeepsTheFilterAsItWas() throws {
        var state = Fixtures.state()
        setFilter(&state, "red")
        send(&state, .editFilter, .editText(.lineStart), .editText(.deleteToLineEnd))
        type(&state, "green")
        send(&state, .cancel)
        #expect(state.filter.description == "red")
        #expect(boardRefs(state) == [["1.3"], [], []])
    }

    @Test func escOnGoToRefStaysHere() throws {
        var state = Fixtures.state()
        send(&state, .jumpToRef)
        type(&state, "2.2")
        send(&state, .cancel)
        #expect(state.selectedAction?.ref == "1.1")
        send(&state, .jumpToRef)
        type(&state, "2.2")
        send(&state, .submit)
        #expect(state.selectedAction?.ref == "2.2")
    }

    @Test func escOnANoteOrDecisionRecordsNothing() throws {
        var state = Fixtures.state()
        send(&state, .recordNote(.decision))
        type(&state, "Agreed")
        send(&state, .cancel)
        #expect(state.plan == Fixtures.plan())
        #expect(state.flash?.text == "Nothing recorded.")
    }

    @Test func escOnAnOutcomeTitleKeepsIt() throws {
        var state = Fixtures.state()
        send(&state, .renameOutcome)
        type(&state, " and more")
        send(&state, .cancel)
        #expect(state.plan.outcomes[0].title == "Identified and heard")
    }
}

/// The line under each question says what Enter and Esc do in that question.
@Suite struct PromptHintTests {
    /// The hint line while `open` has a prompt up.
    static func hintLine(_ open: (inout BoardState) -> Void) -> String {
        var state = Fixtures.state()
        open(&state)
        return BoardView.render(state).lines[state.size.height - 1]
    }

    @Test func eachPromptSaysItsOwnEnterAndEsc() {
        let lines: [(String, String)] = [
            (Self.hintLine { send(&$0, .startSearch) }, " Enter find (then n / N)  Esc back to where you were"),
            (Self.hintLine { send(&$0, .editFilter) }, " Enter apply the filter  Esc keep the filter as it was"),
            (Self.hintLine { send(&$0, .jumpToRef) }, " Enter go there  Esc stay here"),
            (Self.hintLine { send(&$0, .setRAG(.red), .giveReason) }, " Enter keep the reason  Esc no reason (the change stays)"),
            (Self.hintLine { send(&$0, .recordNote(.decision)) }, " Enter record the decision  Esc record nothing"),
            (Self.hintLine { send(&$0, .startOrEndMeeting) }, " Enter next: attendees  type to replace  Esc no meeting"),
            (Self.hintLine { send(&$0, .startOrEndMeeting, .submit, .submit) }, " Enter next: in attendance (blank: none)  Esc no meeting"),
            (Self.hintLine { send(&$0, .startOrEndMeeting, .submit, .submit, .submit, .submit, .submit, .submit) },
             " Enter start the meeting (blank: none)  Esc no meeting"),
            (Self.hintLine { send(&$0, .recordActionPoint) }, " Enter next: who  Esc record nothing"),
            (Self.hintLine { send(&$0, .recordActionPoint); type(&$0, "x"); send(&$0, .submit) },
             " Enter next: by when (blank: nobody named)  Tab complete initials  Esc record nothing"),
            (Self.hintLine { send(&$0, .recordActionPoint); type(&$0, "x"); send(&$0, .submit, .submit, .submit) },
             " y yes, also a new action  n Enter no, only the action point  Esc record nothing"),
        ]
        for (line, expected) in lines {
            #expect(line.hasPrefix(expected), "\(line)")
        }
        #expect(Set(lines.map(\.0)).count == lines.count, "no two prompts share a hint line")
    }

    @Test func everyPromptsHintsNameKeysBoundInItsMode() {
        var state = Fixtures.state()
        var prompts: [Prompt] = []
        func collect(_ messages: Message...) {
            state = Fixtures.state()
            send(&state, messages)
            if let prompt = state.prompt { prompts.append(prompt) }
        }
        collect(.startSearch)
        collect(.editFilter)
        collect(.jumpToRef)
        collect(.setRAG(.red), .giveReason)
        collect(.recordNote(.note))
        collect(.startOrEndMeeting)
        collect(.recordActionPoint)
        collect(.addOutcome)
        collect(.openLeadsKey, .addLead)
        #expect(prompts.count == 9)
        for prompt in prompts {
            let kind = Mode.prompt(prompt).kind
            let bound = Set(Keymap.bindings(for: kind).flatMap(\.keys))
            for hint in prompt.hints {
                for key in hint.keys { #expect(bound.contains(key), "\(prompt.question): \(hint.label) is not bound") }
            }
            #expect(prompt.hints.first?.label.hasPrefix(prompt.input == .yesNo ? "y" : "Enter") == true)
            #expect(prompt.hints.last?.label == "Esc")
        }
    }
}

/// Sends messages in order (an array, for helpers that collect them).
@discardableResult
func send(_ state: inout BoardState, _ messages: [Message]) -> [Effect] {
    var effects: [Effect] = []
    for message in messages { effects += Reducer.reduce(&state, message, now: Fixtures.now) }
    return effects
}
