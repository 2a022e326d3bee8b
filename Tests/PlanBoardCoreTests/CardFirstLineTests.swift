import Testing
@testable import PlanBoardCore

/// The card's first line keeps the status; marks take the free width, least important dropped first.
@Suite struct CardFirstLineTests {
    /// 1.1a "In development", changed since the last meeting, one of two milestones done.
    private func state() -> BoardState {
        var plan = Fixtures.plan()
        var action = Fixtures.action("a1", "1.1a", "Carer identification in every GP practice", rag: .unrated, status: .inProgress)
        action.statusText = "In development"
        action.history = [Change(at: Fixtures.now, field: .deadline, from: "", to: "March 2027")]
        action.milestones = [Milestone(id: "m1", text: "Drop-in", due: "January 2027", doneAt: Fixtures.now),
                             Milestone(id: "m2", text: "Survey", due: "March 2027")]
        plan.outcomes[0].actions[0] = action
        return Fixtures.state(plan)
    }

    private func firstLine(width: Int) -> String {
        let state = state()
        var grid = Grid(size: Size(width: width, height: 6))
        CardView(action: state.plan.outcomes[0].actions[0], selected: true, today: state.today, marks: CardMarks.Context(state))
            .draw(into: &grid, in: Rect(x: 0, y: 0, width: width, height: 6))
        return grid.lines[0]
    }

    @Test func theStatusStaysWhenMilestonesAreAdded() {
        // 28 cells: the 120×36 card. The status stays whole; its dot gives way to keep Δ, and the
        // milestone fraction, least important, is the mark that goes.
        let line = firstLine(width: 28)
        #expect(line.contains("▶1.1a Δ In development"), "\(line)")
    }

    @Test func marksTakeTheFreeWidthBesideTheStatus() {
        let line = firstLine(width: 40)
        #expect(line.contains("▶1.1a Δ 1/2 · In development"), "\(line)")
    }

    @Test func theLeastImportantMarkGoesFirst() {
        // Room for one of Δ and 1/2: the plain milestone fraction is dropped, Δ kept.
        let line = firstLine(width: 30)
        #expect(line.contains("▶1.1a Δ · In development"), "\(line)")
    }

    @Test func fittingDropsByImportanceAndKeepsOrder() {
        let risk = CardFirstLine.Mark(spans: [Span("!", .plain)], group: .framework, importance: CardFirstLine.Importance.seriousRisk)
        let changed = CardFirstLine.Mark(spans: [Span("Δ", .plain)], group: .meeting, importance: CardFirstLine.Importance.changed)
        let overdue = CardFirstLine.Mark(spans: [Span("1/3", .plain), Span("⚠", .plain)], group: .framework,
                                         importance: CardFirstLine.Importance.milestonesOverdue)
        let all = [changed, risk, overdue]
        #expect(CardFirstLine.fitted(all, room: 9) == all)          // " Δ ! 1/3⚠"
        #expect(CardFirstLine.fitted(all, room: 8) == [risk, overdue])
        #expect(CardFirstLine.fitted(all, room: 6) == [risk])
        #expect(CardFirstLine.fitted(all, room: 1).isEmpty)
    }
}
