import Testing
@testable import PlanBoardCore

/// Golden screens of the risk register, its heat map and detail, and an action's milestones, on the example plan.
@Suite struct RiskViewTests {
    static let sizes = [Size(width: 120, height: 36), Size(width: 80, height: 24), Size(width: 60, height: 20), Size(width: 50, height: 16)]

    static func example(_ size: Size) -> BoardState {
        BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: size, today: Fixtures.today)
    }

    @Test(arguments: sizes) func theRegister(size: Size) {
        var state = Self.example(size)
        send(&state, .risk(.open), .risk(.pick(offset: 1)))
        assertSnapshot(BoardView.render(state), named: "risk-register-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func theHeatMap(size: Size) {
        var state = Self.example(size)
        send(&state, .risk(.open), .risk(.toggleHeatMap))
        assertSnapshot(BoardView.render(state), named: "risk-heat-map-\(size.width)x\(size.height)")
    }

    @Test func aRisksDetail() {
        var state = Self.example(Size(width: 80, height: 24))
        send(&state, .risk(.open), .risk(.toggleDetail))
        assertSnapshot(BoardView.render(state), named: "risk-detail-80x24")
    }

    @Test func choosingALevelToChange() {
        var state = Self.example(Size(width: 80, height: 24))
        send(&state, .risk(.open), .risk(.changeLevel))
        assertSnapshot(BoardView.render(state), named: "risk-choose-level-80x24")
    }

    @Test func anActionsMilestones() {
        var state = Self.example(Size(width: 80, height: 24))
        send(&state, .move(.right), .milestone(.open), .milestone(.pick(offset: 1)))
        assertSnapshot(BoardView.render(state), named: "milestones-80x24")
    }

    @Test func theRegisterWordsEveryLevelWithItsBandSoItReadsWithoutColour() {
        var state = Self.example(Size(width: 120, height: 36))
        send(&state, .risk(.open))
        let text = BoardView.render(state).text
        #expect(text.contains("12 High"))
        #expect(text.contains("9 High"))
        #expect(text.contains("4 Moderate"))
        #expect(text.contains("October 2026 ⚑ overdue"), "the flag says overdue in a word when the titles need the room")
        #expect(!text.contains("February 2027 ⚑"), "R1's review is still to come")
    }

    @Test func theHeatMapCellsCarryCountsAndBandLetters() {
        var state = Self.example(Size(width: 120, height: 36))
        send(&state, .risk(.open), .risk(.toggleHeatMap))
        let text = BoardView.render(state).text
        #expect(text.contains("[1 H]"), "the highlighted 3×3 cell holds R1: \(text)")
        #expect(text.contains("L3 × I3 = 9 High: 1 risk"))
        #expect(text.contains("R1 Short Breaks Fund not renewed after March 2027"))
        send(&state, .risk(.moveCell(likelihood: 2, impact: 2)))
        let empty = BoardView.render(state).text
        #expect(empty.contains("[0 V]"))
        #expect(empty.contains("L5 × I5 = 25 Very high: 0 risks"))
    }
}
