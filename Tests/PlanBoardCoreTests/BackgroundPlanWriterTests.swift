import Dispatch
import Synchronization
import Testing
@testable import PlanBoardCore

/// A store whose saves wait at a gate until the test opens it, so a test can look at the board
/// while a write is still under way. It records each write's kind and plan title, in order.
private final class GatedStore: PlanSaving, @unchecked Sendable {
    let displayName = "plan.json"
    private let gate = DispatchSemaphore(value: 0)
    private let started = DispatchSemaphore(value: 0)
    private let written = Mutex<[String]>([])
    private let plans = Mutex<[Plan]>([])
    /// Failures for the next writes, in order (nil: succeed).
    let failures = Mutex<[StoreError?]>([])
    /// A notice the next successful write reports.
    let pendingNotice = Mutex<WriteNotice?>(nil)
    private let notice = Mutex<WriteNotice?>(nil)

    var titles: [String] { written.withLock { $0.map { String($0.split(separator: " ", maxSplits: 1)[1]) } } }
    var writes: [String] { written.withLock { $0 } }
    var lastPlan: Plan? { plans.withLock { $0.last } }
    var failWith: StoreError? {
        get { nil }
        set { failures.withLock { $0 = [newValue] } }
    }

    private func write(_ kind: String, _ plan: Plan) throws(StoreError) {
        started.signal()
        gate.wait()
        let failure = failures.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        if let failure { throw failure }
        written.withLock { $0.append(kind + " " + plan.title) }
        plans.withLock { $0.append(plan) }
        notice.withLock { $0 = pendingNotice.withLock { n in defer { n = nil }; return n } }
    }
    func save(_ plan: Plan) throws(StoreError) { try write("save", plan) }
    func overwrite(_ plan: Plan) throws(StoreError) { try write("overwrite", plan) }
    func saveKeepingTheirs(_ plan: Plan) throws(StoreError) { try write("keepingTheirs", plan) }
    func reload() throws(StoreError) -> Plan { Plan(title: "reloaded") }
    func takeNotice() -> WriteNotice? { notice.withLock { n in defer { n = nil }; return n } }

    /// Waits until a save has reached the gate.
    func waitForWriteToStart() { started.wait() }
    /// Lets `count` saves through.
    func open(_ count: Int = 1) { for _ in 0..<count { gate.signal() } }
}

@Suite struct BackgroundPlanWriterTests {
    @Test func aWriteQueuedBehindARunningOneIsReplacedByTheLatest() {
        let store = GatedStore()
        let writer = BackgroundPlanWriter(store: store)
        writer.submit(.save(Plan(title: "first")))
        store.waitForWriteToStart()
        writer.submit(.save(Plan(title: "second")))
        writer.submit(.save(Plan(title: "third")))
        // Three passes: a writer that failed to replace the queued write still finishes.
        store.open(3)

        #expect(writer.flush() == .saved)
        #expect(store.titles == ["first", "third"])
    }

    @Test func onlyTheLastWriteOfABurstIsReported() {
        let store = GatedStore()
        store.failures.withLock { $0 = [.io(path: "plan.json", operation: "rename", reason: "Input/output error"), nil] }
        let writer = BackgroundPlanWriter(store: store)
        writer.submit(.save(Plan(title: "first")))
        store.waitForWriteToStart()
        #expect(writer.takeResult() == nil, "nothing is reported while the write is under way")
        writer.submit(.save(Plan(title: "second")))
        store.open(2)
        // The first write failed, but the second, newer one succeeded: that is what is on disk.
        #expect(writer.flush() == .saved)
        #expect(writer.takeResult() == nil, "a result is reported once")
        #expect(store.titles == ["second"])
    }

    @Test func aQueuedWriteThatMustKeepTheirsStaysSoWhenReplaced() {
        let store = GatedStore()
        let writer = BackgroundPlanWriter(store: store)
        writer.submit(.save(Plan(title: "first")))
        store.waitForWriteToStart()
        writer.submit(.saveKeepingTheirs(Plan(title: "mine")))
        writer.submit(.save(Plan(title: "mine, then rated")))
        store.open(3)
        #expect(writer.flush() == .saved)
        #expect(store.writes == ["save first", "keepingTheirs mine, then rated"])
    }

    @Test func aNoticeFromEarlierInABurstIsNotLost() {
        let store = GatedStore()
        let writer = BackgroundPlanWriter(store: store)
        store.pendingNotice.withLock { $0 = .recreated(path: "plan.json") }
        writer.submit(.save(Plan(title: "first")))
        store.waitForWriteToStart()
        writer.submit(.save(Plan(title: "second")))
        store.open(3)
        #expect(writer.flush() == .savedWithNotice(.recreated(path: "plan.json")))
    }

    @Test func aFailedWriteIsRetriedAsTheSameKind() {
        let store = GatedStore()
        store.failWith = .io(path: "plan.json", operation: "rename", reason: "Input/output error")
        let writer = BackgroundPlanWriter(store: store)
        writer.submit(.saveKeepingTheirs(Plan(title: "mine")))
        store.open()
        _ = writer.flush()
        #expect(writer.lastFailed == .saveKeepingTheirs(Plan(title: "mine")))
    }

    @Test func aFailedWriteIsReportedWithItsError() {
        let store = GatedStore()
        let full = StoreError.io(path: "plan.json", operation: "write the temporary file", reason: "No space left on device")
        store.failWith = full
        let writer = BackgroundPlanWriter(store: store)
        writer.submit(.save(Plan(title: "first")))
        store.open()
        #expect(writer.flush() == .saveFailed(full))
    }

    @Test func theDriverIsWokenWhenAResultIsReady() {
        let store = GatedStore()
        let writer = BackgroundPlanWriter(store: store)
        let woken = DispatchSemaphore(value: 0)
        writer.onResult = { woken.signal() }
        writer.submit(.save(Plan(title: "first")))
        store.open()
        #expect(woken.wait(timeout: .now() + 5) == .success)
        #expect(writer.takeResult() == .saved)
    }

    @Test func aKeyIsAnsweredBeforeItsSaveIsWritten() {
        let store = GatedStore()
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })

        session.send(.setRAG(.red))

        // The board shows the rating while the file is still being written.
        #expect(session.state.selectedAction?.rag == .red)
        #expect(session.state.saveStatus == .saving)
        store.waitForWriteToStart()
        #expect(store.titles.isEmpty)
        store.open()
        session.flush()
        #expect(store.titles == [Fixtures.plan().title])
        #expect(store.lastPlan?.outcomes[0].actions[0].rag == .red, "the plan written is the rated one")
        #expect(session.state.saveStatus == .saved(Fixtures.now))
    }

    @Test func quittingWaitsForTheWriteAndStaysWhenItFailed() {
        let store = GatedStore()
        store.failWith = .io(path: "plan.json", operation: "rename", reason: "Read-only file system")
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })
        session.send(.setRAG(.red))
        store.waitForWriteToStart()
        store.open()

        session.send(.quit)

        // The failure arrived before the quit was decided, so the user is asked first.
        #expect(!session.isFinished)
        #expect(session.state.mode == .confirmQuit)
    }

    @Test func aConflictArrivingWhileTypingWaitsAndKeepsTheText() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })
        store.changeElsewhere(to: Plan(title: "Theirs"))
        session.send(.setRAG(.red))
        session.send(.editAction)
        session.send(.editField(.progress))
        session.send(.editText(.insert("Venue booked")))
        session.flush()  // the save's result arrives while the field is open

        #expect(session.state.fieldEdit?.editor.text == "Venue booked")
        #expect(session.state.flash?.text.contains("Someone else changed") == true)

        session.send(.submit)
        #expect(session.state.mode == .conflict, "the choice comes once the text is in")
        #expect(session.state.plan.outcomes[0].actions[0].progress == "Venue booked")
    }

    @Test func afterAFailedWriteThatMustKeepTheirsTheNextSaveStillKeepsThem() {
        let store = GatedStore()
        store.failures.withLock { $0 = [.io(path: "plan.json", operation: "write plan.json.theirs", reason: "No space left on device")] }
        let writer = BackgroundPlanWriter(store: store)
        writer.submit(.saveKeepingTheirs(Plan(title: "mine")))
        store.open()
        _ = writer.flush()
        writer.submit(.save(Plan(title: "mine, then rated")))
        store.open()
        #expect(writer.flush() == .saved)
        #expect(store.writes == ["keepingTheirs mine, then rated"])
    }

    @Test func aSyncAfterAFailedSaveDoesNotRunAndSaysWhy() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        store.failNextSave = .io(path: "plan.json", operation: "rename", reason: "Input/output error")
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })
        var synced = false
        session.sharing = { synced = true; return SyncReport(text: "Sent") }
        session.send(.setRAG(.red))
        session.send(.sync)
        #expect(!synced, "git must not commit a plan that lacks the unsaved change")
        #expect(session.state.flash?.text.hasPrefix("Not synced") == true)
        #expect(session.state.plan.outcomes[0].actions[0].rag == .red, "the change stays on the board")
    }
}
