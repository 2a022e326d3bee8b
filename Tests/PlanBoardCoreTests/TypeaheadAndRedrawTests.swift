import Testing
@testable import PlanBoardCore

/// A terminal holding keys typed ahead, as ncurses does: a refused key's `discardTypeahead`
/// drops them, `redrawAll` is counted, and its size can change between two reads (a resize).
final class TypeaheadScreen: TerminalScreen {
    private var events: [TerminalEvent]
    var screenSize: Size
    private(set) var discards = 0
    private(set) var fullRedraws = 0
    private(set) var drawn: [Grid] = []
    /// Keys dropped by `discardTypeahead`, to check what was thrown away.
    private(set) var dropped: [TerminalEvent] = []
    /// Changes `screenSize` once this many events were handed over (a resize with no KEY_RESIZE).
    var resizeAfter: (events: Int, to: Size)?
    private var handedOver = 0

    init(_ events: [TerminalEvent], size: Size = Size(width: 120, height: 36)) {
        self.events = events
        self.screenSize = size
    }

    var isDrained: Bool { events.isEmpty }
    func size() -> Size { screenSize }
    func draw(_ grid: Grid) { drawn.append(grid) }
    func nextEvent() -> TerminalEvent? {
        guard !events.isEmpty else { return nil }
        handedOver += 1
        if let resize = resizeAfter, handedOver == resize.events { screenSize = resize.to }
        return events.removeFirst()
    }
    func discardTypeahead() {
        discards += 1
        dropped += events.filter { if case .key = $0 { true } else { false } }
        events.removeAll { if case .key = $0 { true } else { false } }
    }
    func redrawAll() { fullRedraws += 1 }
}

@Suite struct TypeaheadAndRedrawTests {
    static func keys(_ text: String) -> [TerminalEvent] { text.map { TerminalEvent.key(.char($0)) } }

    static func session(_ state: BoardState) -> (BoardSession, MemoryPlanStore) {
        let store = MemoryPlanStore(plan: state.plan)
        return (BoardSession(state: state, store: store, clock: { Fixtures.now }), store)
    }

    static func run(_ session: BoardSession, _ screen: TypeaheadScreen) {
        _ = session.run(on: screen) { screen.isDrained ? 15 : nil }
    }

    static func inRegister() -> BoardState {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        state.author = "Sam Patel"
        send(&state, .risk(.open))
        return state
    }

    // MARK: a refused key discards the keys typed after it

    @Test func anUnboundKeyDiscardsTheTypingAheadAndSaysSo() {
        var state = BoardState(plan: Fixtures.plan(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        let effects = send(&state, .unboundKey("z"))
        #expect(effects == [.discardTypeahead])
        #expect(state.flash?.text == "z does nothing here — the keys typed after it were ignored · ? shows the keys")
    }

    @Test func yWithNothingToExplainInTheRegisterDiscardsTheTypingAhead() {
        var state = Self.inRegister()
        let effects = send(&state, .giveReason)
        #expect(effects == [.discardTypeahead])
        #expect(state.flash?.text.hasSuffix("the keys typed after it were ignored.") == true)
        #expect(state.mode.kind == .riskRegister)
    }

    @Test func aReasonTypedAfterYInTheRegisterRunsNoCommand() {
        // The trial: y, then the reason at speed; `u`, `d` and the rest must not act.
        let state = Self.inRegister()
        let (session, store) = Self.session(state)
        let screen = TypeaheadScreen(Self.keys("y") + Self.keys("updated with IJB risk policy"))
        Self.run(session, screen)
        #expect(screen.discards == 1)
        #expect(screen.dropped.count == "updated with IJB risk policy".count)
        #expect(session.state.plan == state.plan, "nothing typed after the refused y changed the plan")
        #expect(store.saves.isEmpty)
        #expect(session.state.mode.kind == .riskRegister)
        #expect(session.state.flash?.text.contains("the keys typed after it were ignored") == true)
    }

    @Test func anUnboundKeyOnTheBoardDropsTheKeysAfterIt() {
        let state = BoardState(plan: Fixtures.plan(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        let (session, store) = Self.session(state)
        // `%` is bound to nothing on the board; `r` after it would rate the card Red.
        let screen = TypeaheadScreen(Self.keys("%r"))
        Self.run(session, screen)
        #expect(screen.dropped == Self.keys("r"))
        #expect(session.state.plan == state.plan)
        #expect(store.saves.isEmpty)
    }

    @Test func keysThatAreBoundAreNeverDiscarded() {
        let state = BoardState(plan: Fixtures.plan(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        let (session, _) = Self.session(state)
        let screen = TypeaheadScreen(Self.keys("jjr"))
        Self.run(session, screen)
        #expect(screen.discards == 0)
        #expect(session.state.selectedAction?.rag == .red)
    }

    // MARK: T offers y why?, and the minutes carry the reason

    @Test func aToleranceChangeOffersWhyAndTheMinutesCarryTheReason() throws {
        var state = IndicatorReducerTests.inView()
        send(&state, .indicator(.close))
        startMeeting(&state, attendees: "Jo Baird")
        send(&state, .indicator(.open), .indicator(.pick(offset: 3)), .indicator(.setTolerance))
        _ = ToleranceKeyTests.answer(&state, "15")
        #expect(state.flash?.text.hasSuffix("y: why?") == true, "\(String(describing: state.flash))")
        #expect(Keymap.hints(for: state).contains { $0.label == "y" }, "the key line offers y")
        send(&state, .giveReason)
        #expect(state.prompt?.question == "Why PI4 tolerance 10% → 15%?")
        type(&state, "IJB risk appetite agreed in October")
        let effects = send(&state, .submit)
        #expect(effects.contains(.save(state.plan)))
        let entry = try #require(state.plan.indicators[3].history.last)
        #expect(entry.field == .tolerance && entry.reason == "IJB risk appetite agreed in October")
        let meeting = try #require(state.runningMeeting?.id)
        let lines = IndicatorMinutes.lines(state.plan, meeting: meeting).map(\.text)
        #expect(lines.count == 1 && lines[0].hasPrefix("tolerance changed from 10% to 15% of the target"))
        #expect(lines[0].contains("IJB risk appetite agreed in October"), "\(lines)")
    }

    @Test func theToleranceReasonGoesWithAnUndo() {
        var state = IndicatorReducerTests.inView()
        send(&state, .indicator(.pick(offset: 3)), .indicator(.setTolerance))
        _ = ToleranceKeyTests.answer(&state, "15")
        send(&state, .undo)
        let effects = send(&state, .giveReason)
        #expect(state.prompt == nil, "nothing to explain after an undo")
        #expect(effects == [.discardTypeahead])
    }

    // MARK: the end-meeting question shows

    @Test(arguments: [Size(width: 120, height: 36), Size(width: 60, height: 20)])
    func theEndMeetingQuestionIsOnTheStatusLineThroughTheSession(size: Size) throws {
        let state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: size, today: Fixtures.today)
        let (session, _) = Self.session(state)
        let start: [TerminalEvent] = [.key(.char("M")), .key(.enter), .key(.enter), .key(.enter), .key(.enter),
                                      .key(.enter), .key(.enter), .key(.enter)]
        let screen = TypeaheadScreen(start + [.key(.char("m")), .key(.char("M"))], size: size)
        Self.run(session, screen)
        #expect(session.state.mode == .confirmEndMeeting)
        let grid = try #require(screen.drawn.last)
        let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let statusLine = rows[size.height - 2]
        #expect(statusLine.hasPrefix(" End the meeting? 1 of 26 actions discussed."), "\(grid.text)")
        #expect(rows[size.height - 1].contains("y end the meeting"))
        #expect(grid.text.contains("┌ End the meeting?"), "the dialog says more")
    }

    // MARK: resizes and Ctrl-L

    @Test func aResizeReportedLateIsTakenBeforeTheNextDraw() throws {
        let state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 60, height: 20), today: Fixtures.today)
        let (session, _) = Self.session(state)
        // The terminal grows as `Z` is read; no resize event ever comes (lost in an escape sequence).
        let screen = TypeaheadScreen([.key(.char("Z"))], size: Size(width: 60, height: 20))
        screen.resizeAfter = (1, Size(width: 120, height: 36))
        Self.run(session, screen)
        #expect(session.state.size == Size(width: 120, height: 36))
        let grid = try #require(screen.drawn.last)
        #expect(grid.size == Size(width: 120, height: 36))
        #expect(grid.text.contains("Risk register"))
        #expect(screen.fullRedraws == 1, "a frame for a new size repaints every cell")
    }

    @Test func aStaleResizeEventTakesTheTerminalsSizeNow() {
        let state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 60, height: 20), today: Fixtures.today)
        let (session, _) = Self.session(state)
        // Two resizes at once: the first event's size is already out of date when it is read.
        let screen = TypeaheadScreen([.resize(Size(width: 80, height: 24))], size: Size(width: 120, height: 36))
        Self.run(session, screen)
        #expect(session.state.size == Size(width: 120, height: 36))
        #expect(screen.drawn.last?.size == Size(width: 120, height: 36))
    }

    @Test func ctrlLRedrawsTheWholeScreenInEveryMode() {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        for kind in Mode.Kind.allCases
        where Keymap.bindings(for: kind).contains(where: { $0.keys.contains(.ctrl("l")) && $0.message != .redrawScreen }) {
            Issue.record("\(kind) binds Ctrl-L to something else")
        }
        #expect(Keymap.message(for: .ctrl("l"), in: state) == .redrawScreen)
        send(&state, .startSearch)
        #expect(state.mode.takesText, "typing a search")
        #expect(Keymap.message(for: .ctrl("l"), in: state) == .redrawScreen)
        send(&state, .cancel, .risk(.open))
        #expect(Keymap.message(for: .ctrl("l"), in: state) == .redrawScreen)
        send(&state, .showHelp)
        #expect(Keymap.message(for: .ctrl("l"), in: state) == .redrawScreen)
        let before = state
        #expect(send(&state, .redrawScreen) == [.redrawScreen])
        #expect(state == before, "a redraw changes nothing but the screen")
    }

    @Test func ctrlLThroughTheSessionRepaintsEverything() {
        let state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        let (session, _) = Self.session(state)
        let screen = TypeaheadScreen([.key(.char("e")), .key(.ctrl("l"))])
        Self.run(session, screen)
        #expect(screen.fullRedraws == 1)
        #expect(screen.discards == 0)
    }
}
