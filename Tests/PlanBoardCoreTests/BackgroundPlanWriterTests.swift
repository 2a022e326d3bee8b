import Dispatch
import Synchronization
import Testing
@testable import PlanBoardCore

/// A store whose saves wait at a gate until the test opens it, so a test can look at the board
/// while a write is still under way. It records the titles of the plans written, in order.
private final class GatedStore: PlanSaving, @unchecked Sendable {
    let displayName = "plan.json"
    private let gate = DispatchSemaphore(value: 0)
    private let started = DispatchSemaphore(value: 0)
    private let written = Mutex<[String]>([])
    var failWith: StoreError?

    var titles: [String] { written.withLock { $0 } }

    func save(_ plan: Plan) throws(StoreError) {
        started.signal()
        gate.wait()
        if let failWith { throw failWith }
        written.withLock { $0.append(plan.title) }
    }
    func overwrite(_ plan: Plan) throws(StoreError) { try save(plan) }
    func saveKeepingTheirs(_ plan: Plan) throws(StoreError) { try save(plan) }
    func reload() throws(StoreError) -> Plan { Plan(title: "reloaded") }

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
        store.open(2)

        #expect(writer.flush() == .saved)
        #expect(store.titles == ["first", "third"])
    }

    @Test func onlyTheLastWriteOfABurstIsReported() {
        let store = GatedStore()
        let writer = BackgroundPlanWriter(store: store)
        writer.submit(.save(Plan(title: "first")))
        store.waitForWriteToStart()
        #expect(writer.takeResult() == nil, "nothing is reported while the write is under way")
        writer.submit(.save(Plan(title: "second")))
        store.open(2)
        #expect(writer.flush() == .saved)
        #expect(writer.takeResult() == nil, "a result is reported once")
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
}
