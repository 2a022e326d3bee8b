import Testing
@testable import PlanBoardCore

/// Golden screens of meeting mode: a meeting running, a filter, a grouping.
@Suite struct MeetingViewTests {
    static let sizes = [Size(width: 120, height: 36), Size(width: 80, height: 24)]

    /// A plan whose last meeting ended on 1 October; 1.2 went Red → Green since.
    static func planWithAPastMeeting() -> Plan {
        var plan = Fixtures.plan()
        let ended = Timestamp(day: Day(year: 2026, month: 10, day: 1)!, hour: 12)
        plan.meetings = [Meeting(id: "m1", title: "October review", date: ended.day(), startedAt: ended, endedAt: ended)]
        plan.outcomes[0].actions[1].history = [Change(at: Timestamp(day: Day(year: 2026, month: 10, day: 9)!), field: .rag, from: "Red", to: "Green")]
        return plan
    }

    @Test(arguments: sizes) func aMeetingRunningWithTwoActionsDiscussed(size: Size) {
        var state = Fixtures.state(Self.planWithAPastMeeting(), size: size)
        startMeeting(&state)
        send(&state, .toggleDiscussed, .walkAgenda(forward: true), .toggleDiscussed, .walkAgenda(forward: true))
        let grid = BoardView.render(state)
        #expect(grid.text.contains("● Meeting: Test Partnership — 23 Novem"))
        #expect(grid.text.contains("2 of 6 discussed"))
        #expect(grid.text.contains("1.2 ✓Δ↑"))
        assertSnapshot(grid, named: "meeting-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func aFilterShowsInTheInfoLineAndTheLaneCounts(size: Size) {
        var state = Fixtures.state(size: size)
        setFilter(&state, "red amber")
        assertSnapshot(BoardView.render(state), named: "filter-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func theBoardGroupedByRAG(size: Size) {
        var state = Fixtures.state(size: size)
        send(&state, .cycleGrouping)
        assertSnapshot(BoardView.render(state), named: "grouped-rag-\(size.width)x\(size.height)")
    }

    @Test func endingTheMeetingAsksFirst() {
        var state = Fixtures.state()
        startMeeting(&state)
        send(&state, .startOrEndMeeting)
        let text = BoardView.render(state).text
        #expect(text.contains("End the meeting?"))
        #expect(text.contains("0 of 6 actions"))
    }

    @Test func theDetailPaneNamesTheKindAndMeetingOfEachNote() {
        var state = Fixtures.state()
        startMeeting(&state)
        send(&state, .recordNote(.decision))
        type(&state, "Keep amber until the practices sign up")
        send(&state, .submit, .openDetail)
        let text = DetailText.lines(for: state.selectedAction!, in: state, width: 100)
            .map { $0.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("Decision · meeting of 23 Nov 2026"), "the meeting by its date, not its id")
    }
}
