import Testing
@testable import PlanBoardCore

/// The indicators view (`I`) on the example plan, whose five indicators cover every kind: on
/// target, near, off, not yet available (biennial survey) and no data yet.
@Suite struct IndicatorViewTests {
    static let sizes = [Size(width: 120, height: 36), Size(width: 80, height: 24), Size(width: 60, height: 20), Size(width: 50, height: 16)]

    static func example(size: Size) -> BoardState {
        BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: size, today: Fixtures.today)
    }

    @Test(arguments: sizes) func theIndicatorsViewAtEachSize(size: Size) {
        var state = Self.example(size: size)
        send(&state, .indicator(.open), .indicator(.pick(offset: 1)))
        assertSnapshot(BoardView.render(state), named: "indicators-\(size.width)x\(size.height)")
    }

    @Test func anIndicatorsDetailPane() {
        var state = Self.example(size: Size(width: 80, height: 24))
        send(&state, .indicator(.open), .indicator(.openDetail))
        assertSnapshot(BoardView.render(state), named: "indicator-detail-80x24")
    }

    @Test func theOverrideChooser() {
        var state = Self.example(size: Size(width: 80, height: 24))
        send(&state, .indicator(.open), .indicator(.chooseOverride))
        let text = BoardView.render(state).text
        #expect(text.contains("Override PI1's status"))
        #expect(text.contains("a  A ● Near target  (now)"))
    }

    @Test func everyRowShowsItsLatestValueAgainstTargetStatusTrendAndNextDue() throws {
        var state = Self.example(size: Size(width: 120, height: 36))
        send(&state, .indicator(.open))
        let lines = BoardView.render(state).lines
        let pi1 = try #require(lines.first { $0.contains("PI1") })
        #expect(pi1.contains("A ●"))
        #expect(pi1.contains("471 / 480 (Q2 2026/27)"))
        #expect(pi1.contains("↑"), "462 then 471 is better for a higher-is-better count")
        #expect(pi1.hasSuffix("Q3 2026/27 │"), "due next")
        let pi4 = try #require(lines.first { $0.contains("PI4") })
        #expect(pi4.contains("R ●") && pi4.contains("36 / 28") && pi4.contains("↑"), "fewer days is better")
        let pi2 = try #require(lines.first { $0.contains("PI2") })
        #expect(pi2.contains("n/a / 36%"))
        let pi5 = try #require(lines.first { $0.contains("PI5") })
        #expect(pi5.contains("· ○") && pi5.contains("no data / 60%"))
    }

    @Test func anOverriddenStatusIsMarkedAndItsReasonShownInTheDetail() throws {
        var state = Self.example(size: Size(width: 120, height: 36))
        send(&state, .indicator(.open), .indicator(.chooseOverride), .indicator(.override(.onTarget)))
        type(&state, "Q3 figures already above target")
        send(&state, .submit)
        let row = try #require(BoardView.render(state).lines.first { $0.contains("PI1") })
        #expect(row.contains("G ●*"))
        send(&state, .indicator(.openDetail))
        let text = BoardView.render(state).text
        #expect(text.contains("On target * overridden"))
        #expect(text.contains("Q3 figures already above target"))
    }

    @Test func theSparklineScalesValuesAndTargetsTogether() {
        #expect(Sparkline.text([1, 2, 3], low: 1, high: 3) == "▁▅█")
        #expect(Sparkline.text([5, 5], low: 5, high: 5) == "▄▄")
        #expect(Sparkline.text([0, 10], low: 0, high: 20) == "▁▅")
    }

    @Test func theDetailPaneScrollsToItsHistory() {
        var state = Self.example(size: Size(width: 80, height: 24))
        send(&state, .indicator(.open), .indicator(.openDetail))
        #expect(!BoardView.render(state).text.contains("History"))
        send(&state, Keymap.message(for: .end, in: state.mode)!)
        let text = BoardView.render(state).text
        #expect(text.contains("History"), "\(text)")
        #expect(!text.contains("Status  A ●"), "the top has scrolled away")
        send(&state, .indicator(.scroll(lines: -100)))
        #expect(BoardView.render(state).text.contains("Status  A ●"))
    }
}
