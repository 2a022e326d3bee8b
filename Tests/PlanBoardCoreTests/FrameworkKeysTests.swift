import Testing
@testable import PlanBoardCore

/// The keys that move and scroll elsewhere move and scroll in the risk register too, and a key
/// with no meaning in a framework screen says so, as it does on the board.
@Suite struct FrameworkKeysTests {
    static func register(height: Int = 36) -> BoardState {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: height), today: Fixtures.today)
        send(&state, .risk(.open))
        return state
    }

    static func press(_ state: inout BoardState, _ key: Key) {
        if let message = Keymap.message(for: key, in: state) { send(&state, message) }
    }

    static func register(_ state: BoardState) -> RiskRegister? {
        if case .riskRegister(let register) = state.mode { return register }
        return nil
    }

    @Test func endGAndHomeMoveToTheLastAndFirstRisk() {
        var state = Self.register()
        let last = state.plan.risks.count - 1
        Self.press(&state, .end)
        #expect(Self.register(state)?.selected == last)
        Self.press(&state, .home)
        #expect(Self.register(state)?.selected == 0)
        Self.press(&state, .char("G"))
        #expect(Self.register(state)?.selected == last)
    }

    @Test func theRiskDetailScrollsByPagesAndToItsEnds() throws {
        var state = Self.register(height: 20)
        Self.press(&state, .enter)
        #expect(state.mode.kind == .riskDetail)
        Self.press(&state, .pageDown)
        let page = try #require(Self.register(state)?.detailScroll)
        #expect(page > 1, "a page, not a line")
        Self.press(&state, .pageUp)
        #expect(Self.register(state)?.detailScroll == 0)
        Self.press(&state, .char(" "))
        #expect(Self.register(state)?.detailScroll == page, "Space pages down as PgDn does")
        Self.press(&state, .end)
        let bottom = try #require(Self.register(state)?.detailScroll)
        #expect(bottom >= page)
        Self.press(&state, .down)
        #expect(Self.register(state)?.detailScroll == bottom, "End is the bottom")
        Self.press(&state, .home)
        #expect(Self.register(state)?.detailScroll == 0)
    }

    @Test(arguments: ["register", "detail", "heat map", "indicators", "indicator detail", "milestones"])
    func aKeyWithNoMeaningSaysItDoesNothingHere(screen: String) {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        switch screen {
        case "register": send(&state, .risk(.open))
        case "detail": send(&state, .risk(.open), .risk(.toggleDetail))
        case "heat map": send(&state, .risk(.open), .risk(.toggleHeatMap))
        case "indicators": send(&state, .indicator(.open))
        case "indicator detail": send(&state, .indicator(.open), .indicator(.openDetail))
        default: send(&state, .milestone(.open))
        }
        let mode = state.mode
        #expect(Keymap.message(for: .char("%"), in: state) == .unboundKey("%"))
        Self.press(&state, .char("%"))
        #expect(state.flash?.text == "% does nothing here — the keys typed after it were ignored · ? shows the keys")
        #expect(state.mode == mode)
    }
}
