import Testing
@testable import PlanBoardCore

/// Priority areas on the board: the top card's area heads the lane, and a new area's title sits
/// in the gap above its first card.
@Suite struct PriorityAreaBoardTests {
    func stateWithAreas() -> BoardState {
        var plan = Fixtures.plan()
        plan.outcomes[0].actions[0].area = "1.1 Work with GP practices"
        plan.outcomes[0].actions[1].area = "1.1 Work with GP practices"
        plan.outcomes[0].actions[2].area = "1.2 Young carers in schools"
        plan.outcomes[0].actions[3].area = "1.2 Young carers in schools"
        return Fixtures.state(plan)
    }

    @Test func theTopCardsAreaHeadsTheLaneAndANewAreaIsTitledAboveItsFirstCard() {
        let rows = BoardView.render(stateWithAreas()).text.split(separator: "\n", omittingEmptySubsequences: false)
        let divider = rows.first { $0.hasPrefix("├") }
        #expect(divider?.contains(" 1.1 Work with GP practices ") == true, "\(rows.joined(separator: "\n"))")
        let heading = rows.firstIndex { $0.contains(" 1.2 Young carers in schools ") }
        let card = rows.firstIndex { $0.contains("1.3") }
        #expect(heading != nil && card != nil && heading! + 1 == card!, "the title sits right above 1.3")
    }

    @Test func otherGroupingsShowNoAreas() {
        var state = stateWithAreas()
        send(&state, .cycleGrouping)
        #expect(!BoardView.render(state).text.contains("Young carers in schools"))
    }
}
