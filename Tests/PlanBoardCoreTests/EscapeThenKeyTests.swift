import Testing
@testable import PlanBoardCore

/// A terminal that hands over a fixed list of events, then none.
private final class KeysScreen: TerminalScreen {
    private var events: [TerminalEvent]
    init(_ keys: [Key]) { events = keys.map(TerminalEvent.key) }
    var isDrained: Bool { events.isEmpty }
    func size() -> Size { Size(width: 120, height: 36) }
    func draw(_ grid: Grid) {}
    func nextEvent() -> TerminalEvent? { events.isEmpty ? nil : events.removeFirst() }
}

/// Esc then `j` pressed quickly reach planboard as Alt-j (ncurses' 25 ms escape delay): where
/// nothing binds Alt-j it is the two keys the chair pressed, Esc and then `j`.
@Suite struct EscapeThenKeyTests {
    static func run(_ keys: [Key], from state: BoardState) -> BoardSession {
        let session = BoardSession(state: state, store: MemoryPlanStore(plan: state.plan), clock: { Fixtures.now })
        let screen = KeysScreen(keys)
        _ = session.run(on: screen) { screen.isDrained ? 15 : nil }
        return session
    }

    static func board() -> BoardState {
        BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
    }

    @Test func escThenJInTheIndicatorsViewClosesItThenMovesDownTheBoard() {
        var onBoard = Self.board()
        send(&onBoard, .move(.down))
        let session = Self.run([.char("I"), .alt("j")], from: Self.board())
        #expect(session.state.mode == .board, "Esc closed the indicators view")
        #expect(session.state.selectedAction?.id == onBoard.selectedAction?.id, "then j moved down on the board")
    }

    @Test func escThenJInTheIndicatorDetailClosesThePaneThenPicksTheNextIndicator() {
        let session = Self.run([.char("I"), .enter, .alt("j")], from: Self.board())
        guard case .indicators(let browse) = session.state.mode else {
            Issue.record("still in the indicators view, not \(session.state.mode)")
            return
        }
        #expect(browse.detailOpen == false)
        #expect(browse.selected == 1)
    }

    @Test func anAltKeyTheEditorBindsStaysThatKey() {
        var state = Self.board()
        send(&state, .editAction, .editField(.progress))
        #expect(state.mode.takesText)
        #expect(Keymap.unfolded(.alt("b"), in: state) == [.alt("b")], "Alt-b is a word left while editing")
        #expect(Keymap.unfolded(.alt("\r"), in: state) == [.alt("\r")])
    }

    @Test func anUnboundAltKeyIsEscThenTheKey() {
        let state = Self.board()
        #expect(Keymap.unfolded(.alt("j"), in: state) == [.escape, .char("j")])
        #expect(Keymap.unfolded(.alt("\r"), in: state) == [.escape, .enter])
        #expect(Keymap.unfolded(.char("j"), in: state) == [.char("j")])
        #expect(Keymap.unfolded(.alt("\u{1B}"), in: state) == [.escape, .escape], "Esc Esc is two Escs")
        #expect(Keymap.unfolded(.alt("\t"), in: state) == [.escape, .tab])
        #expect(Keymap.unfolded(.alt("\u{13}"), in: state) == [.escape, .ctrl("s")])
    }

    @Test func escEscEscThenIFromTheHeatMapOpensTheIndicators() {
        var state = Self.board()
        send(&state, .risk(.open), .risk(.toggleHeatMap))
        // As ncurses reads "Escape Escape Escape I" sent at once: Alt-Esc, then Alt-I.
        let session = Self.run([.alt("\u{1B}"), .alt("I")], from: state)
        #expect(session.state.mode.kind == .indicators, "heat map → register → board → I: \(session.state.mode)")
    }

    /// Keys as the session takes them (each unfolded on the screen it lands on), with no signal
    /// at the end (a session ended by one keeps a typed answer as Enter would).
    static func press(_ state: inout BoardState, _ keys: [Key]) {
        for key in keys {
            for unfolded in Keymap.unfolded(key, in: state) {
                if let message = Keymap.message(for: unfolded, in: state) { send(&state, message) }
            }
        }
    }

    /// Alt sends Esc and the key: in a question it must not cancel what was typed and then act
    /// on the board (Alt-x would drop the answer and clear a rating).
    @Test func anAltKeyInAPromptKeepsTheAnswerAndThePlan() {
        var state = IndicatorReducerTests.inView()
        let before = state.plan
        Self.press(&state, [.char("v"), .char("4"), .alt("x"), .alt("j")])
        #expect(state.plan == before)
        #expect(state.promptText == "4", "the answer typed so far is kept")
        #expect(state.mode.kind == .prompt)
    }

    /// Alt-y in the field editor must not be Esc ("discard changes?") answered with y.
    @Test func anAltKeyInTheEditorKeepsTheText() {
        var state = Fixtures.state()
        openField(&state, .progress)
        type(&state, "kept")
        Self.press(&state, [.alt("y")])
        #expect(state.fieldEdit?.editor.text == "kept")
        #expect(state.mode.kind == .editingText)
    }
}
