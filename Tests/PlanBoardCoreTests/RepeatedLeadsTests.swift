import Testing
@testable import PlanBoardCore

/// A lead typed or completed twice is saved once.
@Suite struct RepeatedLeadsTests {
    @Test func savingTheLeadsFieldDropsRepeatsAndBlanksKeepingTheFirst() {
        var state = Fixtures.state()
        openField(&state, .leads)
        send(&state, .editText(.lineStart), .editText(.deleteToLineEnd))
        type(&state, "SMC, HSCP, , hscp ,GP; smc")
        send(&state, .submit)
        let action = state.plan.action("a1")
        #expect(action?.leads == ["SMC", "HSCP", "GP"])
        #expect(action?.history.last?.to == "SMC, HSCP, GP")
    }

    @Test func tabCompletingALeadAlreadyTypedSavesItOnce() {
        var state = Fixtures.state()
        openField(&state, .leads)
        send(&state, .editText(.lineEnd))
        type(&state, ", G")
        send(&state, .editText(.complete), .submit)
        #expect(state.plan.action("a1")?.leads == ["GP", "CC"])
    }
}
