import Testing
@testable import PlanBoardCore

@Suite struct GroupingTests {
    @Test func vCyclesOutcomeRAGLeadStatusAndTheCursorFollowsItsAction() {
        var state = Fixtures.state()
        send(&state, .move(.down), .move(.down))   // 1.3, red
        send(&state, .cycleGrouping)
        #expect(state.grouping == .rag)
        #expect(state.lanes.map(\.title) == ["Red", "Amber", "Green", "Not rated"])
        #expect(boardRefs(state) == [["1.3"], ["1.1", "2.2"], ["1.2", "2.1"], ["1.4"]])
        #expect(state.selectedAction?.ref == "1.3")
        send(&state, .cycleGrouping)
        #expect(state.lanes.map(\.title) == ["CC Carers Centre", "GP GP Federation", "ED"])
        #expect(boardRefs(state) == [["1.1", "1.2", "1.4", "2.1", "2.2"], ["1.1"], ["1.3"]],
                "1.1 has two leads and shows in both lanes")
        send(&state, .cycleGrouping)
        #expect(state.lanes.map(\.title) == Status.allCases.map(\.word))
        send(&state, .cycleGrouping)
        #expect(state.grouping == .outcome)
        #expect(state.selectedAction?.ref == "1.3")
    }

    @Test func movingACardInTheRAGGroupingRatesItAndAsksWhy() {
        var state = Fixtures.state()
        send(&state, .cycleGrouping)                       // Amber lane, 1.1
        send(&state, .moveToOutcome(offset: -1))
        #expect(state.plan.action("a1")?.rag == .red)
        #expect(state.mode == .board, "rated at once")
        send(&state, .giveReason)
        type(&state, "No progress")
        send(&state, .submit)
        #expect(state.plan.action("a1")?.history.last == Change(at: Fixtures.now, field: .rag, from: "Amber", to: "Red", reason: "No progress"))
        #expect(state.selectedAction?.id == "a1")
        #expect(state.laneIndex == 0)
    }

    @Test func movingACardInTheStatusGroupingSetsTheStatus() {
        var state = Fixtures.state()
        send(&state, .cycleGrouping, .cycleGrouping, .cycleGrouping, .move(.left))   // Not started: 1.3 first
        send(&state, .moveToOutcome(offset: 1))
        #expect(state.plan.action("a3")?.status == .inProgress)
        #expect(state.plan.action("a3")?.history.last?.field == .status)
        send(&state, .undo)
        #expect(state.plan.action("a3")?.status == .notStarted)
    }

    @Test func movingACardInTheLeadGroupingHandsItToTheNextLead() {
        var state = Fixtures.state()
        send(&state, .cycleGrouping, .cycleGrouping)   // lead: CC lane, 1.1 (GP, CC)
        send(&state, .move(.down))                     // 1.2 (CC)
        send(&state, .moveToOutcome(offset: 1))
        #expect(state.plan.action("a2")?.leads == ["GP"])
        #expect(state.plan.action("a2")?.history.last == Change(at: Fixtures.now, field: .leads, from: "CC", to: "GP"))
        send(&state, .moveToFirstCard, .move(.left), .moveToFirstCard)   // CC lane, 1.1
        send(&state, .moveToOutcome(offset: 1))
        #expect(state.plan.action("a1")?.leads == ["GP"], "already GP's: CC is taken off")
    }

    @Test func reorderingIsOnlyForTheOutcomeGrouping() {
        var state = Fixtures.state()
        send(&state, .cycleGrouping)
        let before = state.plan
        send(&state, .reorder(offset: 1))
        #expect(state.plan == before)
    }

    @Test func refsSortAsPeopleReadThem() {
        #expect(RefOrder.compare("1.9", "1.10") == true)
        #expect(RefOrder.compare("2", "10") == true)
        #expect(RefOrder.compare("1.5", "1.5 P") == true)
        #expect(RefOrder.compare("1.5", "1.5") == nil)
    }

    @Test func cardsMarkWhatChangedSinceTheLastMeetingAndWhichWayTheRatingMoved() {
        var plan = Fixtures.plan()
        let ended = Timestamp(day: Day(year: 2026, month: 10, day: 1)!, hour: 12)
        plan.meetings = [Meeting(id: "m1", title: "October", date: ended.day(), startedAt: ended, endedAt: ended)]
        plan.outcomes[0].actions[1].history = [Change(at: Timestamp(day: Day(year: 2026, month: 10, day: 9)!), field: .rag, from: "Red", to: "Green")]
        plan.outcomes[0].actions[0].history = [Change(at: Timestamp(day: Day(year: 2026, month: 10, day: 9)!), field: .rag, from: "Green", to: "Amber")]
        let context = CardMarks.Context(Fixtures.state(plan))
        #expect(CardMarks.text(for: plan.outcomes[0].actions[1], context) == "Δ↑")
        #expect(CardMarks.text(for: plan.outcomes[0].actions[0], context) == "Δ↓")
        #expect(CardMarks.text(for: plan.outcomes[0].actions[2], context) == "")
    }
}
