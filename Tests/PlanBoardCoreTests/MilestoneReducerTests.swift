import Testing
@testable import PlanBoardCore

/// The example on the board with 3.1 (the Short Breaks Fund, three milestones) selected.
private func exampleOn31(author: String = "") -> BoardState {
    var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
    state.author = author
    send(&state, .jumpToRef)
    type(&state, "3.1")
    send(&state, .submit)
    return state
}

private func milestones(_ state: BoardState) -> [Milestone] { state.plan.action("a15")!.milestones }

@Suite struct MilestoneReducerTests {
    @Test func tOpensTheSelectedActionsMilestonesAndEscGoesBack() {
        var state = exampleOn31()
        send(&state, .milestone(.open))
        #expect(state.mode == .milestones(MilestoneList(action: "a15")))
        #expect(state.flash?.text.hasPrefix("3.1: 2 of 3 milestones done") == true)
        send(&state, .milestone(.pick(offset: 9)))
        #expect(state.mode == .milestones(MilestoneList(action: "a15", selected: 2)))
        send(&state, .milestone(.back))
        #expect(state.mode == .board)
    }

    @Test func markingDoneRecordsTheMeetingWhoAndAHistoryEntryAndUndoTakesItBack() throws {
        var state = exampleOn31(author: "Sam Patel")
        startMeeting(&state, title: "Partnership board")
        let meeting = try #require(state.runningMeeting)
        let before = state.plan
        send(&state, .milestone(.open), .milestone(.pick(offset: 2)), .milestone(.toggleDone))
        let done = milestones(state)[2]
        #expect(done.isDone)
        #expect(done.doneAt == Fixtures.now)
        #expect(done.doneIn == meeting.id)
        #expect(done.doneBy == "Sam Patel")
        let entry = try #require(state.plan.action("a15")?.history.last)
        #expect(entry.field == .milestone)
        #expect(entry.to == "‘Evaluation report to the partnership’ completed")
        #expect(entry.meeting == meeting.id)
        #expect(entry.who == "Sam Patel")
        #expect(state.mode.kind == .milestones)
        send(&state, .undo)
        #expect(state.plan == before)
    }

    @Test func aDoneMilestoneReopens() throws {
        var state = exampleOn31()
        send(&state, .milestone(.open), .milestone(.pick(offset: 1)), .milestone(.toggleDone))
        let reopened = milestones(state)[1]
        #expect(!reopened.isDone)
        #expect(reopened.doneAt == nil && reopened.doneIn == nil && reopened.doneBy == nil)
        #expect(state.plan.action("a15")?.history.last?.to == "‘Fund open in all five localities’ reopened")
    }

    @Test func aAddsAMilestoneWithItsDueDateAsWritten() throws {
        var state = exampleOn31()
        send(&state, .milestone(.open), .milestone(.add))
        type(&state, "Second round of grants")
        send(&state, .submit)
        #expect(state.mode.kind == .prompt, "then asks when it is due")
        type(&state, "by June 2027")
        send(&state, .submit)
        let added = try #require(milestones(state).last)
        #expect(milestones(state).count == 4)
        #expect(added.text == "Second round of grants")
        #expect(added.due == "by June 2027")
        #expect(added.id == "m4")
        #expect(!added.isDone)
        #expect(state.mode == .milestones(MilestoneList(action: "a15", selected: 3)), "the new one is highlighted")
        #expect(state.plan.action("a15")?.history.last?.to == "‘Second round of grants’ added, due by June 2027")
    }

    @Test func aDueDatePlanboardCannotReadIsKeptWithAWarning() throws {
        var state = exampleOn31()
        send(&state, .milestone(.open), .milestone(.add))
        type(&state, "Grants paid")
        send(&state, .submit)
        type(&state, "Feburary 2027")
        send(&state, .submit)
        #expect(milestones(state).last?.due == "Feburary 2027", "kept as typed")
        #expect(state.flash?.isError == true)
        #expect(state.flash?.text.hasPrefix("Added, but planboard cannot read “Feburary 2027” as a date") == true)
    }

    @Test func escWhileAddingAddsNothing() {
        var state = exampleOn31()
        let plan = state.plan
        send(&state, .milestone(.open), .milestone(.add))
        type(&state, "Half-typed")
        send(&state, .submit, .cancel)
        #expect(state.plan == plan)
        #expect(state.mode.kind == .milestones)
    }

    @Test func dAsksFirstThenDeletes() throws {
        var state = exampleOn31()
        let plan = state.plan
        send(&state, .milestone(.open), .milestone(.delete))
        #expect(state.mode.kind == .confirmDeleteMilestone)
        send(&state, .milestone(.confirmDelete(false)))
        #expect(state.plan == plan)
        #expect(state.mode.kind == .milestones)
        send(&state, .milestone(.delete), .milestone(.confirmDelete(true)))
        #expect(milestones(state).map(\.text) == ["Fund open in all five localities", "Evaluation report to the partnership"])
        #expect(state.plan.action("a15")?.history.last?.to == "‘One-page application form agreed’ deleted")
        send(&state, .undo)
        #expect(state.plan == plan)
    }

    @Test func anActionWithoutMilestonesSaysHowToAddOne() {
        var state = Fixtures.state()
        send(&state, .milestone(.open), .milestone(.toggleDone))
        #expect(state.flash?.text == "1.1 has no milestones: a adds one.")
        #expect(state.plan == Fixtures.plan())
    }
}

@Suite struct FrameworkCardMarkTests {
    @Test func actionsLinkedToAHighRiskAreMarkedAsPlanRiskSeveritySays() {
        let state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        let context = CardMarks.Context(state)
        for action in state.plan.allActions {
            let serious = state.plan.riskSeverity(linkedTo: action.id)?.isSerious ?? false
            #expect(context.riskLinked.contains(action.id) == serious, "\(action.ref)")
        }
        #expect(context.riskLinked == ["a9", "a15"])
    }

    @Test func aModerateRiskLeavesNoMark() {
        var plan = ExamplePlan.make()
        plan.risks[0].residual = RiskLevel(likelihood: 2, impact: 3)   // 6 Moderate
        let context = CardMarks.Context(BoardState(plan: plan, fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today))
        #expect(!context.riskLinked.contains("a15"))
    }

    @Test func milestonesShowProgressAndAnOverdueOneIsFlagged() {
        let plan = ExamplePlan.make()
        let context = CardMarks.Context(BoardState(plan: plan, fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today))
        let text = { (id: Action.ID) in CardMarks.framework(for: plan.action(id)!, context, selected: false).map(\.text).joined() }
        #expect(text("a9") == "! 1/3⚠", "2.1: a High risk, one of three done, September 2026 passed")
        #expect(text("a15") == "! 2/3")
        #expect(text("a1") == "1/2")
        #expect(text("a2") == "")
        let overdue = CardMarks.framework(for: plan.action("a9")!, context, selected: false).last
        #expect(overdue?.style == .error, "flagged as an overdue deadline is")
    }

    @Test func theCardShowsTheMarks() {
        let state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        let text = BoardView.render(state).text
        #expect(text.contains("2.1 ! 1/3⚠"), "\(text)")
        #expect(text.contains("3.1 ! 2/3"), "\(text)")
    }
}

@Suite struct FrameworkDetailPaneTests {
    @Test func thePaneListsMilestonesAndTheRisksTheActionMitigates() {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        let action = state.plan.action("a9")!
        state.mode = .detail
        let lines = DetailText.lines(for: action, in: state, width: 60).map { $0.map(\.text).joined() }
        #expect(lines.contains("Milestones  1/3 done  ⚠ 1 overdue"))
        #expect(lines.contains("  ✓ Triage by urgency in place · done 24 Jun 2026"))
        #expect(lines.contains("  ○ Two fixed-term assessors in post · due September 2026 ⚠ overdue"))
        #expect(lines.contains("  ○ Waits back within 28 days · due March 2027"))
        #expect(lines.contains("Risks it mitigates"))
        #expect(lines.contains("  R2 Carer support plans wait longer than 28 days  8 High"))
    }
}
