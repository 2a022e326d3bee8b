import Testing
@testable import PlanBoardCore

/// `Ctrl-R redo` is cued beside `u undo` on the screens that cue undo, and the key works there.
@Suite struct RedoHintTests {
    @Test(arguments: [Mode.Kind.milestones, .riskRegister, .indicators])
    func redoIsCuedAfterUndo(kind: Mode.Kind) throws {
        let hints = Keymap.hints(for: kind)
        let undo = try #require(hints.firstIndex { $0.label == "u" })
        #expect(hints[undo + 1].label == "Ctrl-R" && hints[undo + 1].text == "redo")
        #expect(Keymap.bindings(for: kind).contains { $0.keys.contains(.ctrl("r")) && $0.message == .redo }, "the cued key is bound")
    }

    @Test func theMilestonesFooterShowsRedoAt120() {
        var state = Fixtures.state(ExamplePlan.make())
        send(&state, .milestone(.open))
        let text = BoardView.render(state).text
        #expect(text.contains("u undo  Ctrl-R redo"), "\(text)")
    }
}
