import Foundation
import Testing
@testable import PlanBoardCore

/// The example on the board with 3.1 selected: its workstream, outcome 3, has two milestones
/// (`Short breaks services statement published` done, `Short breaks directory online` open).
private func exampleOn31(author: String = "") -> BoardState {
    var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
    state.author = author
    send(&state, .jumpToRef)
    type(&state, "3.1")
    send(&state, .submit)
    return state
}

private func outcome3(_ state: BoardState) -> Outcome { state.plan.outcomes.first { $0.id == "o3" }! }

/// Milestones of a workstream (an outcome): the file, the keys, the lane header, the pane, the
/// minutes, the summary and the reports.
@Suite struct WorkstreamMilestoneFileTests {
    static func planWithWorkstream() -> Plan {
        var plan = Plan.everyFieldSet
        let at = Timestamp(day: Fixtures.today, hour: 10, minute: 5)
        plan.outcomes[0].milestones = [
            Milestone(id: "m1", text: "Carers' census published", due: "June 2026", doneAt: at, doneIn: "m1", doneBy: "Sam"),
            Milestone(id: "m2", text: "Hub open", due: "by June 2027"),
        ]
        plan.outcomes[0].history = [Change(at: at, field: .milestone, from: "‘Carers' census published’ open",
                                           to: "‘Carers' census published’ completed", meeting: "m1", who: "Sam")]
        return plan
    }

    @Test func outcomeMilestonesAndTheirHistoryReadBackAsWritten() throws {
        let plan = Self.planWithWorkstream()
        let bytes = PlanFile.encode(plan)
        let read = try PlanFile.decode(bytes, path: "plan.json")
        #expect(read == plan)
        #expect(read.outcomes[0].milestones[0].doneBy == "Sam")
        #expect(read.outcomes[0].history.first?.meeting == "m1")
        #expect(PlanFile.encode(read) == bytes)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\n      \"milestones\" : ["), "at the outcome's own level")
    }

    @Test func anOutcomeWithoutMilestonesWritesNeitherKeySoOlderFilesStayAsTheyWere() throws {
        let text = String(decoding: PlanFile.encode(.everyFieldSet), as: UTF8.self)
        let outcomes = try #require(text.range(of: "\"outcomes\""))
        // The outcome's own keys would sit at its indentation; actions' `history` is deeper.
        #expect(!text[outcomes.lowerBound...].contains("\n      \"milestones\""))
        #expect(!text[outcomes.lowerBound...].contains("\n      \"history\""))
        let old = try PlanFile.decode(PlanFile.encode(.everyFieldSet), path: "plan.json")
        #expect(old.outcomes.allSatisfy { $0.milestones.isEmpty && $0.history.isEmpty })
    }

    @Test func twoMilestonesOfOneOutcomeWithOneIdAreRefusedNamingTheLine() throws {
        var plan = Self.planWithWorkstream()
        plan.outcomes[0].milestones[1].id = "m1"
        do {
            _ = try PlanFile.decode(PlanFile.encode(plan), path: "plan.json")
            Issue.record("a duplicate milestone id was read")
        } catch {
            let text = "\(error)"
            #expect(text.contains("outcomes[0].milestones[1].id"), "\(text)")
            #expect(text.contains("another milestone"), "\(text)")
        }
    }
}

@Suite struct WorkstreamMilestoneMergeTests {
    static func base() -> Plan {
        var plan = PlanMergeTests.base()
        plan.outcomes[0].milestones = [Milestone(id: "m1", text: "Census designed", due: "June 2026")]
        return plan
    }

    static func add(_ plan: inout Plan, _ id: Milestone.ID, _ text: String, at: Timestamp) {
        plan.outcomes[0].milestones.append(Milestone(id: id, text: text))
        plan.outcomes[0].history.append(Change(at: at, field: .milestone, from: "", to: "‘\(text)’ added"))
    }

    @Test func addedOnBothSidesUnderOneIdBothAreKeptTheLaterRenumberedAndSaidSo() {
        let base = Self.base()
        var ours = base, theirs = base
        Self.add(&ours, "m2", "Census sent", at: PlanMergeTests.noon)
        Self.add(&theirs, "m2", "Results published", at: PlanMergeTests.morning)
        for merged in [PlanMergeTests.merge(base, ours, theirs), PlanMergeTests.merge(base, theirs, ours)] {
            let milestones = merged.plan.outcomes[0].milestones
            #expect(milestones.count == 3)
            #expect(milestones.first { $0.text == "Results published" }?.id == "m2", "added first, keeps its id")
            #expect(milestones.first { $0.text == "Census sent" }?.id == "m3")
            #expect(merged.notices.contains("Workstream ‘Outcome 1’: both copies have a milestone m2 (‘Census sent’ and "
                                            + "‘Results published’): both kept, ‘Census sent’ is now m3.")
                    || merged.notices.contains("Workstream ‘Outcome 1’: both copies have a milestone m2 (‘Results published’ and "
                                               + "‘Census sent’): both kept, ‘Census sent’ is now m3."), "\(merged.notices)")
            #expect(merged.plan.outcomes[0].history.map(\.to) == ["‘Results published’ added", "‘Census sent’ added"],
                    "both copies' entries, in time order")
        }
    }

    @Test func doneInOneCopyIsDoneWithTheOtherCopysNewDate() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.outcomes[0].milestones[0].doneAt = PlanMergeTests.noon
        ours.outcomes[0].milestones[0].doneBy = "Sam"
        theirs.outcomes[0].milestones[0].due = "July 2026"
        let merged = PlanMergeTests.merge(base, ours, theirs)
        let milestone = merged.plan.outcomes[0].milestones[0]
        #expect(milestone.isDone && milestone.doneBy == "Sam" && milestone.due == "July 2026")
        #expect(merged.notices.isEmpty && merged.conflicts.isEmpty)
    }

    @Test func aMeetingBothCopiesStartedUnderOneIdIsRenamedInTheWorkstreamToo() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.meetings.append(Meeting(id: "m9", title: "Ours", date: Fixtures.today, startedAt: PlanMergeTests.morning))
        theirs.meetings.append(Meeting(id: "m9", title: "Theirs", date: Fixtures.today, startedAt: PlanMergeTests.noon))
        theirs.outcomes[0].milestones[0].doneAt = PlanMergeTests.noon
        theirs.outcomes[0].milestones[0].doneIn = "m9"
        theirs.outcomes[0].history.append(Change(at: PlanMergeTests.noon, field: .milestone, from: "", to: "‘Census designed’ completed",
                                                 meeting: "m9"))
        let merged = PlanMergeTests.merge(base, ours, theirs).plan
        let renamed = merged.meetings.first { $0.title == "Theirs" }!.id
        #expect(renamed != "m9")
        #expect(merged.outcomes[0].milestones[0].doneIn == renamed)
        #expect(merged.outcomes[0].history.last?.meeting == renamed)
    }
}

@Suite struct WorkstreamMilestoneReducerTests {
    @Test func ctrlTOpensTheSelectedCardsWorkstreamAndEscGoesBack() {
        var state = exampleOn31()
        #expect(Keymap.message(for: .ctrl("t"), in: state.mode) == .milestone(.openWorkstream))
        send(&state, .milestone(.openWorkstream))
        #expect(state.mode == .milestones(MilestoneList(owner: .outcome("o3"))))
        #expect(state.flash?.text.hasPrefix("Workstream ‘Outcome 3’: 1 of 2 milestones done") == true)
        #expect(Keymap.message(for: .ctrl("t"), in: state.mode) == .milestone(.back))
        send(&state, .milestone(.back))
        #expect(state.mode == .board)
    }

    @Test func theKeyIsFreeOnTheBoardInASearchAndInThePane() {
        for kind in [Mode.Kind.board, .boardFound, .detail] {
            let bound = Keymap.bindings(for: kind).filter { $0.keys.contains(.ctrl("t")) }
            #expect(bound.map(\.message) == [.milestone(.openWorkstream)], "\(kind)")
        }
        #expect(Keymap.message(for: .char("T"), in: .board) == .renameOutcome, "T still renames the outcome")
    }

    @Test func onAnEmptyLaneItOpensTheLanesOwn() {
        var plan = ExamplePlan.make()
        plan.outcomes.append(Outcome(id: "o5", number: "5", title: "Empty"))
        var state = BoardState(plan: plan, fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        state.laneIndex = 4
        state.cardIndex = 0
        #expect(state.selectedAction == nil)
        send(&state, .milestone(.openWorkstream))
        #expect(state.mode == .milestones(MilestoneList(owner: .outcome("o5"))))
        #expect(state.flash?.text == "Workstream ‘Outcome 5’ has no milestones yet: a adds one.")
    }

    @Test func markingDoneInAMeetingIsRecordedOnTheOutcomeWithWhoAndTheMeetingAndUndoTakesItBack() throws {
        var state = exampleOn31(author: "Sam Patel")
        startMeeting(&state, title: "Partnership board")
        let meeting = try #require(state.runningMeeting)
        let before = state.plan
        send(&state, .milestone(.openWorkstream), .milestone(.pick(offset: 1)), .milestone(.toggleDone))
        let done = outcome3(state).milestones[1]
        #expect(done.isDone && done.doneAt == Fixtures.now && done.doneIn == meeting.id && done.doneBy == "Sam Patel")
        let entry = try #require(outcome3(state).history.last)
        #expect(entry.field == .milestone)
        #expect(entry.to == "‘Short breaks directory online’ completed")
        #expect(entry.meeting == meeting.id && entry.who == "Sam Patel")
        #expect(state.flash?.text == "Outcome 3 ‘A life alongside caring’: milestone ‘Short breaks directory online’ completed", "worded as the minutes will word it")
        #expect(state.plan.action("a15") == before.action("a15"), "the card's own milestones are untouched")
        #expect(state.mode.kind == .milestones)
        send(&state, .undo)
        #expect(state.plan == before)
        #expect(state.mode.kind == .milestones, "the list stays open")
    }

    @Test func addingAsksTextThenDueAndDeletingAsksFirst() throws {
        var state = exampleOn31()
        let before = state.plan
        send(&state, .milestone(.openWorkstream), .milestone(.add))
        type(&state, "Breaks bookable online")
        send(&state, .submit)
        type(&state, "September 2027")
        send(&state, .submit)
        let added = try #require(outcome3(state).milestones.last)
        #expect(added.text == "Breaks bookable online" && added.due == "September 2027" && added.id == "m3")
        #expect(state.mode == .milestones(MilestoneList(owner: .outcome("o3"), selected: 2)))
        #expect(outcome3(state).history.last?.to == "‘Breaks bookable online’ added, due September 2027")

        send(&state, .milestone(.delete))
        #expect(state.mode.kind == .confirmDeleteMilestone)
        let screen = BoardView.render(state).text
        #expect(screen.contains("goes from the workstream"), "\(screen)")
        send(&state, .milestone(.confirmDelete(true)))
        #expect(outcome3(state).milestones.map(\.id) == ["m1", "m2"])
        #expect(outcome3(state).history.last?.to == "‘Breaks bookable online’ deleted")
        send(&state, .undo, .undo)
        #expect(state.plan == before)
    }

    @Test func aReadOnlyPlanRefusesTheChange() {
        var state = exampleOn31()
        state.readOnly = "plan.json is read-only"
        let before = state.plan
        send(&state, .milestone(.openWorkstream), .milestone(.toggleDone))
        #expect(state.plan == before)
    }
}

@Suite struct WorkstreamMilestoneViewTests {
    static func example(_ size: Size) -> BoardState {
        BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: size, today: Fixtures.today)
    }

    /// The lanes' title lines (their top borders), each cut at the lane's corner.
    static func laneTitleLines(_ state: BoardState) -> [String] {
        let rows = BoardView.render(state).text.split(separator: "\n").map(String.init)
        guard let top = rows.first(where: { $0.contains("┌") }) else { return [] }
        return top.split(separator: "┌").map { String($0) }
    }

    @Test func theLaneHeaderShowsProgressAndFlagsAnOverdueOne() {
        let state = Self.example(Size(width: 120, height: 36))
        let header = Self.laneTitleLines(state).first { $0.hasPrefix(" 1 Identified") } ?? ""
        #expect(header == " 1 Identified and heard 1/3⚠┐", "the whole title, the mark tight against it")
        #expect(Self.laneTitleLines(state).contains { $0.hasPrefix(" 3 A life") && $0.hasSuffix(" ─ 1/2 ┐") },
                "outcome 3: one of two, none overdue, its long title cut to leave the mark room")
        let mark = LaneMilestoneMark.line(for: state.plan.outcomes[0], today: Fixtures.today, focused: false)
        #expect(mark.map(\.text).joined() == "1/3⚠")
        #expect(mark.last?.style == .error, "flagged as an overdue deadline is")
        #expect(LaneMilestoneMark.line(for: state.plan.outcomes[1], today: Fixtures.today, focused: false).isEmpty,
                "outcome 2 has none")
    }

    @Test func theTitleIsKeptWholeWhenItCanBeAndTheMarkDroppedWholeWhenTheLaneIsTooNarrow() {
        let mark: StyledLine = [Span("1/3", .dim), Span("⚠", .error)]
        let text = { (fitted: (title: String, mark: StyledLine)) in fitted.title + "|" + fitted.mark.map(\.text).joined() }
        #expect(text(LaneMilestoneMark.fitted(title: "4 Young carers", mark: mark, laneWidth: 30)) == "4 Young carers| 1/3⚠ ")
        #expect(text(LaneMilestoneMark.fitted(title: "1 Identified and heard", mark: mark, laneWidth: 30)) == "1 Identified and heard|1/3⚠")
        #expect(text(LaneMilestoneMark.fitted(title: "3 A life alongside caring", mark: mark, laneWidth: 30)) == "3 A life alongside…| 1/3⚠ ")
        #expect(text(LaneMilestoneMark.fitted(title: "3 A life alongside caring", mark: mark, laneWidth: 19)) == "3 A lif…| 1/3⚠ ")
        #expect(text(LaneMilestoneMark.fitted(title: "3 A life alongside caring", mark: mark, laneWidth: 18)) == "3 A life alon…|")
        #expect(text(LaneMilestoneMark.fitted(title: "3 A life alongside caring", mark: [], laneWidth: 30)) == "3 A life alongside caring|")
    }

    @Test func otherGroupingsShowNoWorkstreamMark() {
        var state = Self.example(Size(width: 120, height: 36))
        send(&state, .cycleGrouping)
        #expect(state.grouping != .outcome)
        #expect(!Self.laneTitleLines(state).isEmpty)
        #expect(!Self.laneTitleLines(state).contains { $0.contains("1/3⚠") || $0.contains("1/2") })
    }

    @Test func theDetailPaneListsTheWorkstreamsMilestones() {
        var state = Self.example(Size(width: 120, height: 36))
        state.mode = .detail
        let action = state.plan.outcomes[0].actions[0]
        let lines = DetailText.lines(for: action, in: state, width: 90).map { $0.map(\.text).joined() }
        #expect(lines.contains("Workstream milestones  Outcome 1 · 1/3 done  ⚠ 1 overdue"), "\(lines)")
        #expect(lines.contains("  ✓ Carer questions added to the council's annual survey · done 18 Mar 2026"))
        #expect(lines.contains("  ○ Carer-aware badge held by every GP practice · due October 2026 ⚠ overdue"))
        let other = DetailText.lines(for: state.plan.outcomes[1].actions[0], in: state, width: 90).map { $0.map(\.text).joined() }
        #expect(!other.contains { $0.hasPrefix("Workstream milestones") }, "outcome 2 has none")
    }

    @Test(arguments: [Size(width: 120, height: 36), Size(width: 80, height: 24), Size(width: 50, height: 16)])
    func theLaneHeader(size: Size) {
        let state = Self.example(size)
        assertSnapshot(BoardView.render(state), named: "workstream-lane-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Size(width: 120, height: 36), Size(width: 80, height: 24), Size(width: 50, height: 16)])
    func theWorkstreamsList(size: Size) {
        var state = Self.example(size)
        send(&state, .milestone(.openWorkstream), .milestone(.pick(offset: 1)))
        assertSnapshot(BoardView.render(state), named: "workstream-milestones-\(size.width)x\(size.height)")
    }
}

@Suite struct WorkstreamMilestoneOutputTests {
    /// The example after a meeting in which outcome 3's open milestone was completed.
    static func afterAMeeting() throws -> (plan: Plan, meeting: Meeting.ID) {
        var state = exampleOn31(author: "Sam Patel")
        startMeeting(&state, title: "Partnership board")
        let meeting = try #require(state.runningMeeting?.id)
        send(&state, .milestone(.openWorkstream), .milestone(.pick(offset: 1)), .milestone(.toggleDone), .milestone(.back))
        return (state.plan, meeting)
    }

    @Test func theMinutesHaveAWorkstreamMilestonesItem() throws {
        let (plan, meeting) = try Self.afterAMeeting()
        let markdown = try #require(MinutesReport.markdown(plan, meeting: meeting, today: Fixtures.today))
        #expect(markdown.contains(". Workstream milestones\n\n- **Outcome 3 ‘A life alongside caring’:** milestone ‘Short breaks directory online’ completed\n"),
                "\(markdown)")
        #expect(markdown.contains("; 1 workstream milestone entry."))
        let html = try #require(MinutesReport.html(plan, meeting: meeting, today: Fixtures.today))
        #expect(html.contains("<strong>Outcome 3 ‘A life alongside caring’:</strong> milestone ‘Short breaks directory online’ completed"))
        let docx = try #require(DocxMinutes.render(plan, meeting: meeting, today: Fixtures.today))
        let lines = DocxMinutesTests.lines(try DocxReportTests.part(docx, "word/document.xml"))
        #expect(lines.contains("Outcome 3 ‘A life alongside caring’: milestone ‘Short breaks directory online’ completed"), "\(lines)")
    }

    @Test func theChangesSinceADayIncludeTheWorkstreams() throws {
        let (plan, _) = try Self.afterAMeeting()
        let changes = plan.changes(since: Fixtures.today)
        let entry = try #require(changes.first { $0.ref == "Outcome 3" })
        #expect(entry.actionText == "Workstream: A life alongside caring")
        // Worded for a committee, as an action's milestone is (`Milestone ‘Launch survey’ completed`).
        #expect(entry.summary == "Milestone ‘Short breaks directory online’ completed")
        #expect(entry.who == "Sam Patel")
        let markdown = MarkdownReport.render(plan, today: Fixtures.today, options: ReportOptions(since: Fixtures.today))
        #expect(markdown.contains("| Outcome 3 | Workstream: A life alongside caring | Milestone ‘Short breaks directory online’ completed |"))
    }

    @Test func minutesOfAMeetingThatTouchedNoWorkstreamHaveNoSuchItem() throws {
        var state = exampleOn31()
        startMeeting(&state, title: "Partnership board")
        let meeting = try #require(state.runningMeeting?.id)
        let markdown = try #require(MinutesReport.markdown(state.plan, meeting: meeting, today: Fixtures.today))
        #expect(!markdown.contains("Workstream"))
    }

    @Test func theSummaryCountsWorkstreamMilestonesWithTheActions() throws {
        let plan = ExamplePlan.make()
        let text = PlanSummary(plan, today: Fixtures.today).json
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        // Actions: 1/3 (1 overdue), 2/3, 1/2; workstreams: 1/3 (1 overdue), 1/2.
        #expect(object["milestones"] as? [String: Int] == ["total": 13, "done": 6, "overdue": 2])
    }

    @Test func reportsListAWorkstreamsMilestonesUnderItsOutcomeHeading() throws {
        let plan = ExamplePlan.make()
        let markdown = MarkdownReport.render(plan, today: Fixtures.today)
        let section = try #require(markdown.range(of: "## Outcome 1: Identified and heard"))
        let next = try #require(markdown.range(of: "## Outcome 2:"))
        let outcome1 = markdown[section.upperBound..<next.lowerBound]
        #expect(outcome1.contains("**Workstream milestones:** 1 of 3 done, 1 overdue."))
        #expect(outcome1.contains("| Carer-aware badge held by every GP practice | October 2026 | **Overdue** |"))
        #expect(outcome1.contains("| Carer questions added to the council's annual survey | March 2026 | Done 18 Mar 2026 |"))
        #expect(!markdown[next.lowerBound...].contains("Carer-aware badge"), "listed once, under its own outcome")

        let html = HTMLReport.render(plan, today: Fixtures.today)
        let htmlOutcome1 = try #require(html.range(of: "<h2>Outcome 1: Identified and heard</h2>"))
        let htmlOutcome2 = try #require(html.range(of: "<h2>Outcome 2: Supported in my caring role</h2>"))
        let htmlSection = html[htmlOutcome1.upperBound..<htmlOutcome2.lowerBound]
        #expect(htmlSection.contains("<h3>Workstream milestones</h3>"))
        #expect(htmlSection.contains("<tr class=\"overdue\"><td>Carer-aware badge held by every GP practice</td><td>October 2026</td><td>Overdue</td></tr>"))

        let docx = try DocxReportTests.part(DocxReport.render(plan, today: Fixtures.today), "word/document.xml")
        let tables = DocxReportTests.tables(docx)
        let workstream = try #require(tables.first { $0.first == ["Milestone", "Due by", "State"] })
        #expect(workstream.dropFirst().map(\.first) == ["Carer questions added to the council's annual survey",
                                                        "Carer-aware badge held by every GP practice", "First carers' census published"])
    }
}
