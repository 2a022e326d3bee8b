import Testing
@testable import PlanBoardCore

@Suite struct InfoLineTests {
    @Test func aNarrowScreenInAMeetingStillShowsTheFilterAndGrouping() {
        var state = Fixtures.state(size: Size(width: 60, height: 20))
        startMeeting(&state, attendees: "Jo Baird")
        setFilter(&state, "red amber")
        send(&state, .cycleGrouping)
        let line = BoardView.render(state).lines[1]
        #expect(line.contains("● Meeting"))
        #expect(line.contains("Filter: red amber"), "\(line)")
    }
}

@Suite struct PromptWidthTests {
    @Test func aWideScreenShowsTheWholeQuestion() throws {
        var state = Fixtures.state()
        send(&state, .editFilter)
        guard case .prompt(let prompt) = state.mode else { Issue.record("the filter prompt is open"); return }
        let line = BoardView.render(state).lines[state.size.height - 2]
        #expect(TextWidth.of(prompt.question) < 80, "a question short enough to fit whole at 120 columns")
        #expect(line.contains(prompt.question), "\(line)")
    }
}

@Suite struct StatusLineTests {
    @Test func theReasonFollowsTheChangeItExplains() {
        var action = Fixtures.action("a1", "1.1", "Text", rag: .red)
        action.history = [Change(at: Fixtures.now, field: .rag, from: "Amber", to: "Red", reason: "Staff training stalled")]
        #expect(StatusBar.summary(of: action, utcOffset: 0)
                == "1.1 · Red since 23 Nov 2026 (was Amber) “Staff training stalled” · Not started · CC · March 2027")
    }
}

@Suite struct DeadlineWordingTests {
    @Test(arguments: [(0, "today"), (1, "1 day"), (10, "10 days"), (21, "3 weeks"), (200, "6 months"), (1_461, "4 years")])
    func spansReadAsPeopleSayThem(days: Int, words: String) {
        #expect(DeadlineBadge.days(days) == words)
    }
}
