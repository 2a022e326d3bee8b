import Testing
@testable import PlanBoardCore

/// A plan that cannot be written opens to be read: looking works, changing is refused and said.
@Suite struct ReadOnlyPlanTests {
    func readOnlyState() -> BoardState {
        var state = Fixtures.state()
        state.readOnly = "plan.json cannot be written (read-only file system)"
        return state
    }

    @Test func aRatingIsRefusedAndNothingIsSaved() {
        var state = readOnlyState()
        let before = state.plan
        let effects = send(&state, .setRAG(.red))
        #expect(effects.isEmpty)
        #expect(state.plan == before)
        #expect(state.flash?.text.hasPrefix("Read-only: plan.json cannot be written") == true)
        #expect(state.flash?.isError == true)
    }

    @Test func editingIsRefusedBeforeTheEditorOpens() {
        var state = readOnlyState()
        send(&state, .editAction)
        #expect(state.mode == .board)
        send(&state, .giveReason)
        #expect(state.mode == .board, "no note prompt whose answer could not be kept")
        send(&state, .removeAction)
        #expect(state.mode == .board)
    }

    @Test func lookingStillWorks() {
        var state = readOnlyState()
        let first = state.selectedAction?.id
        send(&state, .move(.down))
        #expect(state.selectedAction?.id != first)
        send(&state, .openDetail)
        #expect(state.mode == .detail)
        #expect(send(&state, .closePane, .quit) == [.quit])
    }

    @Test func theHeaderSaysReadOnly() {
        let text = BoardView.render(readOnlyState()).text
        #expect(text.split(separator: "\n").first?.contains("plan.json READ-ONLY") == true)
    }
}

/// The bottom line of a read-only board offers only keys that work there.
@Suite struct ReadOnlyHintTests {
    @Test func theKeyLineLeavesOutKeysThatWouldChangeThePlan() {
        var state = Fixtures.state()
        let labels = Keymap.hints(for: state).map(\.label)
        state.readOnly = "plan.json cannot be written (read-only file system)"
        let readOnly = Keymap.hints(for: state).map(\.label)
        #expect(labels.contains("r a g x"), "the rating keys are offered normally: \(labels)")
        #expect(!readOnly.contains("r a g x"), "\(readOnly)")
        #expect(!readOnly.contains("e") && !readOnly.contains("n"), "\(readOnly)")
        #expect(readOnly.contains("?") && readOnly.contains("q"))
    }
}
