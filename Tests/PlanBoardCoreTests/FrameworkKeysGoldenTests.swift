import Testing
@testable import PlanBoardCore

/// The screens the framework's keys change: a lapsed override in the detail pane, the period
/// question offered after the value, and the bands question over the heat map.
@Suite struct FrameworkKeysGoldenTests {
    @Test func aLapsedOverrideInTheDetailPane() {
        var state = OverrideLapseTests.overriddenPI4()
        state.size = Size(width: 80, height: 24)
        _ = IndicatorReducerTests.recordValue(&state, "40")
        send(&state, .indicator(.openDetail))
        assertSnapshot(BoardView.render(state), named: "indicator-override-lapsed-80x24")
    }

    @Test func thePeriodOfferedAfterTheValue() {
        var state = IndicatorReducerTests.inView()
        state.size = Size(width: 80, height: 24)
        send(&state, .indicator(.recordValue))
        type(&state, "498")
        send(&state, .submit)
        assertSnapshot(BoardView.render(state), named: "indicator-value-period-80x24")
    }

    @Test func theBandsQuestionOverTheHeatMap() {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 80, height: 24), today: Fixtures.today)
        send(&state, .risk(.open), .risk(.toggleHeatMap), .risk(.editBands))
        assertSnapshot(BoardView.render(state), named: "risk-bands-prompt-80x24")
    }
}
