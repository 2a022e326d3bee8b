import Testing
@testable import PlanBoardCore

/// The action log: action points are tracked from the meeting that raised them until one marks
/// them done, listed by owner and due date on the board (`F`), and minuted as they close.
@Suite struct ActionLogTests {
    static let earlier = Meeting.ID("m1")

    /// A plan whose last meeting (ended in October) left three open action points and one done.
    static func plan() -> Plan {
        var plan = Fixtures.plan()
        let october = Day(year: 2026, month: 10, day: 12)!
        plan.meetings = [Meeting(id: earlier, title: "October review", date: october,
                                 startedAt: Timestamp(day: october, hour: 14), endedAt: Timestamp(day: october, hour: 15))]
        let raised = Timestamp(day: october, hour: 14, minute: 30)
        var done = Note(at: raised, text: "Send the old guide to print", meeting: earlier, kind: .actionPoint, owner: "AB", due: "October 2026")
        done.closedAt = Timestamp(day: october, hour: 14, minute: 50)
        plan.outcomes[0].actions[0].notes = [
            Note(at: raised, text: "Circulate the GP survey", meeting: earlier, kind: .actionPoint, owner: "JB", due: "October 2026"),
            Note(at: raised, text: "A note, not an action point", meeting: earlier),
        ]
        plan.outcomes[1].actions[1].notes = [
            Note(at: raised, text: "Draft the new guide with carers", meeting: earlier, kind: .actionPoint, owner: "ab", due: "March 2027"),
            done,
            Note(at: raised, text: "Find a venue for carers week", meeting: earlier, kind: .actionPoint),
        ]
        return plan
    }

    @Test func listsOpenActionPointsByOwnerThenDueDateWithOverdueFlagged() {
        let log = ActionLog(plan: Self.plan(), today: Fixtures.today)
        #expect(log.entries.map(\.note.text) == ["Draft the new guide with carers", "Circulate the GP survey", "Find a venue for carers week"])
        #expect(log.entries.map(\.isOverdue) == [false, true, false])
        #expect(log.entries.map(\.ref) == ["2.2", "1.1", "2.2"])
        #expect(log.entries[1].raised == Day(year: 2026, month: 10, day: 12)!)
        #expect(log.overdueCount == 1)
    }

    @Test func fOpensTheLogAndItsKeysMoveMarkDoneUndoAndClose() throws {
        var state = Fixtures.state(Self.plan())
        #expect(Keymap.message(for: .char("F"), in: state) == .openActionLog)
        send(&state, .openActionLog)
        #expect(state.mode == .actionLog(selected: 0))
        #expect(Keymap.message(for: .char("j"), in: state) == .pickActionPoint(offset: 1))
        #expect(Keymap.message(for: .enter, in: state) == .markActionPointDone)
        #expect(Keymap.message(for: .char("x"), in: state) == .markActionPointDone)
        #expect(Keymap.message(for: .char("c"), in: state) == .carryActionPointForward)
        #expect(Keymap.message(for: .escape, in: state) == .cancel)
        send(&state, .pickActionPoint(offset: 1), .pickActionPoint(offset: 5))
        #expect(state.mode == .actionLog(selected: 2), "stops at the last row")
        send(&state, .pickActionPoint(offset: -1))
        let effects = send(&state, .markActionPointDone)
        #expect(effects == [.save(state.plan)])
        let survey = try #require(state.plan.action("a1")?.notes.first)
        #expect(survey.closedAt == Fixtures.now && survey.closedIn == nil)
        #expect(ActionLog(plan: state.plan, today: Fixtures.today).count == 2)
        #expect(state.mode == .actionLog(selected: 1))
        send(&state, .undo)
        #expect(state.plan.action("a1")?.notes.first?.closedAt == nil, "u reopens it")
        #expect(ActionLog(plan: state.plan, today: Fixtures.today).count == 3)
        send(&state, .cancel)
        #expect(state.mode == .board)
    }

    @Test func carryingForwardNeedsAMeetingAndIsRecordedOnceInIt() throws {
        var state = Fixtures.state(Self.plan())
        send(&state, .openActionLog)
        let before = state.plan
        #expect(send(&state, .carryActionPointForward).isEmpty)
        #expect(state.plan == before)
        #expect(state.flash?.isError == true)

        send(&state, .cancel)
        startMeeting(&state, attendees: "Jo Baird")
        let meeting = try #require(state.runningMeeting?.id)
        send(&state, .openActionLog, .carryActionPointForward)
        #expect(state.plan.action("a6")?.notes.first?.carriedForwardIn == [meeting])
        #expect(state.mode == .actionLog(selected: 1), "moves on to the next point")
        send(&state, .pickActionPoint(offset: -1), .carryActionPointForward)
        #expect(state.plan.action("a6")?.notes.first?.carriedForwardIn == [meeting], "once per meeting")
    }

    @Test func theNextMeetingsMinutesSayWhichClosedAndWhichWereCarriedForward() throws {
        var state = Fixtures.state(Self.plan())
        startMeeting(&state, attendees: "Jo Baird, Sam Patel")
        #expect(state.flash?.text == "Meeting started. 3 action points open from before: F to mark done or carry forward.")
        let meeting = try #require(state.runningMeeting?.id)
        send(&state, .openActionLog)                          // AB's guide, JB's survey, the venue
        send(&state, .carryActionPointForward)                 // the guide: carried forward, now on the survey
        send(&state, .markActionPointDone)                     // the survey: done
        #expect(state.plan.action("a1")?.notes.first?.closedIn == meeting)
        let minutes = try #require(MinutesReport.markdown(state.plan, meeting: meeting, today: Fixtures.today))
        let progress = try #require(minutes.components(separatedBy: "Progress on actions").dropFirst().first)
        #expect(progress.contains("| 2.2 | Draft the new guide with carers | ab | March 2027 | 12 October 2026 | Carried forward |"))
        #expect(progress.contains("| 1.1 | Circulate the GP survey | JB | October 2026 | 12 October 2026 | Done |"))
        #expect(progress.contains("| 2.2 | Find a venue for carers week |  |  | 12 October 2026 | Open |"))
        #expect(!progress.contains("Send the old guide to print"), "closed before this meeting")
        #expect(!progress.contains("A note, not an action point"))
    }

    @Test func helpListsTheActionLogKeysFromTheKeymap() {
        let help = HelpText.lines(width: 100).map { $0.map(\.text).joined() }.joined(separator: "\n")
        #expect(help.contains("In the action log (F)"))
        #expect(help.contains("The action log: open action points by owner and due date, overdue flagged"))
        #expect(help.contains("Carry it forward: still open, minuted as carried forward"))
    }

    @Test func drawsTheLogOverTheBoard() {
        var state = Fixtures.state(Self.plan(), size: Size(width: 80, height: 24))
        send(&state, .openActionLog, .pickActionPoint(offset: 1))
        assertSnapshot(BoardView.render(state), named: "action-log-80x24")
    }

    @Test func atSixtyColumnsTheKeysTheKeyLineCannotHoldAreOnTheLogsLastRow() {
        var state = Fixtures.state(Self.plan(), size: Size(width: 60, height: 20))
        send(&state, .openActionLog)
        let lines = BoardView.render(state).lines
        let footer = lines[16], keys = lines[19]
        for hint in Keymap.hints(for: state) {
            let cue = hint.label + " " + hint.text
            #expect((footer + "\n" + keys).components(separatedBy: cue).count == 2, "\(cue) once:\n\(footer)\n\(keys)")
        }
        #expect(!footer.contains("…") && footer.hasSuffix("│"), "\(footer)")
        assertSnapshot(BoardView.render(state), named: "action-log-60x20")
    }
}

@Suite struct MeetingStartStepsTests {
    @Test func venueAndNextMeetingAreAskedAfterApologiesAndReachTheMinutes() throws {
        var state = Fixtures.state()
        send(&state, .startOrEndMeeting, .submit)
        type(&state, "Jo Baird, Sam Patel")
        send(&state, .submit, .submit)
        guard case .prompt(let attendance) = state.mode, case .meeting(.inAttendance, _) = attendance.purpose else {
            Issue.record("asks who is in attendance after apologies"); return
        }
        send(&state, .submit)
        guard case .prompt(let declarations) = state.mode, case .meeting(.declarations, _) = declarations.purpose else {
            Issue.record("asks for declarations of interest next"); return
        }
        send(&state, .submit)
        guard case .prompt(let venue) = state.mode, case .meeting(.venue, _) = venue.purpose else {
            Issue.record("asks the venue after the declarations"); return
        }
        type(&state, "Committee Room 2")
        send(&state, .submit)
        guard case .prompt(let next) = state.mode, case .meeting(.nextMeeting, _) = next.purpose else {
            Issue.record("asks the next meeting after the venue"); return
        }
        #expect(state.runningMeeting == nil, "the meeting starts after the last question")
        type(&state, "18 January 2027")
        send(&state, .submit)
        let meeting = try #require(state.runningMeeting)
        #expect(meeting.venue == "Committee Room 2" && meeting.nextMeeting == "18 January 2027")
        #expect(meeting.chair == "Jo Baird")
        send(&state, .recordNote(.decision))
        type(&state, "Agreed")
        send(&state, .submit)
        let minutes = try #require(MinutesReport.markdown(state.plan, meeting: meeting.id, today: Fixtures.today))
        #expect(minutes.contains("**Venue:** Committee Room 2"))
        #expect(minutes.contains("**Present:** Jo Baird (Chair), Sam Patel"))
        #expect(minutes.contains("Date of next meeting\n\n18 January 2027"))
    }

    @Test func enterOnABlankOptionalStepSkipsIt() {
        var state = Fixtures.state()
        send(&state, .startOrEndMeeting, .submit, .submit, .submit, .submit, .submit)
        type(&state, "Town Hall")
        send(&state, .submit, .submit)
        #expect(state.runningMeeting?.venue == "Town Hall")
        #expect(state.runningMeeting?.nextMeeting == "", "Enter on nothing skips the step")
        #expect(state.mode == .board)
    }

    @Test func escOnALaterStepStartsNoMeetingAsEverywhere() {
        var state = Fixtures.state()
        send(&state, .startOrEndMeeting, .submit, .submit, .submit)
        type(&state, "Town Hall")
        send(&state, .cancel)
        #expect(state.runningMeeting == nil)
        #expect(state.flash?.text == "No meeting started.")
    }

    @Test func theNewMeetingFieldsSurviveTheFileAndOldFilesStillRead() throws {
        var plan = ActionLogTests.plan()
        plan.meetings[0].venue = "Civic Centre"
        plan.meetings[0].nextMeeting = "18 January 2027"
        plan.meetings[0].declarations = ["Sam Patel: trustee of the Carers Centre"]
        plan.meetings[0].inAttendance = ["Ann Officer (minutes)"]
        plan.outcomes[0].actions[0].notes[0].closedIn = ActionLogTests.earlier
        plan.outcomes[0].actions[0].notes[0].closedAt = Fixtures.now
        plan.outcomes[0].actions[0].notes[0].carriedForwardIn = [Meeting.ID("m0")]
        let bytes = PlanFile.encode(plan)
        #expect(try PlanFile.decode(bytes, path: "plan.json") == plan)
        let old = PlanFile.encode(ActionLogTests.plan())
        let text = String(decoding: old, as: UTF8.self)
        #expect(!text.contains("\"venue\"") && !text.contains("\"closedIn\"") && !text.contains("\"carriedForwardIn\"") && !text.contains("\"declarations\""),
                "left out while empty, so files without them are written as before")
    }
}

@Suite struct ActionPointInTheDetailPaneTests {
    @Test func theDetailPaneSaysWhetherAnActionPointIsOpenOrDone() {
        var state = Fixtures.state(ActionLogTests.plan())
        send(&state, .move(.right), .move(.down), .openDetail)
        #expect(state.selectedAction?.id == "a6")
        let text = DetailText.lines(for: state.selectedAction!, in: state, width: 100)
            .map { $0.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("Action point · meeting of 12 Oct 2026 · open"), "the meeting by its date, not its id")
        #expect(text.contains("Action point · meeting of 12 Oct 2026 · done 12 Oct 2026"))
    }
}

@Suite struct MinutesShortTitleTests {
    @Test func cutsAtAWordAndDropsTrailingPunctuation() {
        #expect(MinutesReport.shortTitle("Train frontline staff in GP practices, community pharmacies and more", limit: 40)
            == "Train frontline staff in GP practices…")
        #expect(MinutesReport.shortTitle("Short breaks fund") == "Short breaks fund")
        #expect(MinutesReport.shortTitle("First line\nsecond line") == "First line")
    }
}
