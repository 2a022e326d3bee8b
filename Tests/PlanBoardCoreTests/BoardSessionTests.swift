import Testing
@testable import PlanBoardCore

/// A terminal that hands over a fixed list of events, then none; it records what was drawn.
private final class ScriptedScreen: TerminalScreen {
    private var events: [TerminalEvent]
    private(set) var draws = 0
    let screenSize: Size

    init(_ events: [TerminalEvent], size: Size = Size(width: 120, height: 36)) {
        self.events = events
        self.screenSize = size
    }

    var isDrained: Bool { events.isEmpty }
    func size() -> Size { screenSize }
    func draw(_ grid: Grid) { draws += 1 }
    func nextEvent() -> TerminalEvent? { events.isEmpty ? nil : events.removeFirst() }
}

/// The whole loop, from keys to saves, with a signal arriving once the scripted keys are used up.
@Suite struct BoardSessionTests {
    let sigterm: Int32 = 15

    /// Runs the session over `keys`, then reports `sigterm` once every key has been handed over.
    func runUntilSignal(_ session: BoardSession, keys: [Key]) -> BoardSession.Ending {
        let screen = ScriptedScreen(keys.map(TerminalEvent.key))
        return session.run(on: screen) { screen.isDrained ? sigterm : nil }
    }

    @Test func aRatingWhoseSaveFailedIsSavedWhenASignalArrives() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        store.failNextSave = .io(path: "dir/plan.json", operation: "write the temporary file", reason: "No space left on device")
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })

        let ending = runUntilSignal(session, keys: [.char("r")])

        #expect(ending == .signal(sigterm))
        #expect(store.saves.count == 1)
        #expect(store.plan.outcomes[0].actions[0].rag == .red)
        #expect(session.state.saveStatus == .saved(Fixtures.now))
        #expect(!session.state.hasUnsavedChanges)
    }

    @Test func aFileChangedOnDiskIsNotOverwrittenWhenASignalArrives() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        // The store names the file as the user gave it, not by its display name.
        let conflict = StoreError.changedOnDisk(path: "dir/plan.json")
        store.failNextSave = conflict
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })

        let ending = runUntilSignal(session, keys: [.char("r")])

        #expect(ending == .signal(sigterm))
        #expect(store.saves.isEmpty)
        #expect(store.plan.outcomes[0].actions[0].rag == .amber)
        #expect(session.state.saveStatus == .failed(conflict))
    }

    @Test func aSaveThatFailsAgainOnSignalIsRecordedAsFailed() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        let full = StoreError.io(path: "plan.json", operation: "write the temporary file", reason: "No space left on device")
        store.failNextSave = full
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })
        let screen = ScriptedScreen([.key(.char("r"))])

        let ending = session.run(on: screen) {
            guard screen.isDrained else { return nil }
            session.flush()  // the first save has failed before the signal arrives
            store.failNextSave = .io(path: "plan.json", operation: "rename", reason: "Read-only file system")
            return sigterm
        }

        #expect(ending == .signal(sigterm))
        #expect(store.saves.isEmpty)
        #expect(session.state.saveStatus == .failed(.io(path: "plan.json", operation: "rename", reason: "Read-only file system")))
    }

    @Test func aFieldBeingEditedIsSavedWhenASignalArrives() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })
        session.send(.editAction)
        session.send(.editField(.progress))
        session.send(.editText(.insert(" Agreed at the board.")))

        let ending = runUntilSignal(session, keys: [])

        #expect(ending == .signal(sigterm))
        #expect(store.plan.outcomes[0].actions[0].progress.hasSuffix("Agreed at the board."))
        #expect(session.keptOnSignal == EditableField.progress.label)
    }

    @Test func aReasonBeingTypedIsKeptWhenASignalArrives() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })

        _ = runUntilSignal(session, keys: [.char("r"), .char("y"), .char("G"), .char("P"), .char(" "), .char("l"), .char("a"), .char("t"), .char("e")])

        let last = store.plan.outcomes[0].actions[0].history.last
        #expect(last?.field == .rag)
        #expect(last?.reason == "GP late")
        #expect(session.keptOnSignal != nil)
    }

    @Test func anEmptyQuestionIsNotAnsweredWhenASignalArrives() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })
        let removedBefore = store.plan.outcomes[0].actions[0].removal

        // X asks why the action is removed; nothing typed yet, so the removal is not carried out.
        _ = runUntilSignal(session, keys: [.char("X")])

        #expect(store.plan.outcomes[0].actions[0].removal == removedBefore)
        #expect(session.keptOnSignal == nil)
    }
}
