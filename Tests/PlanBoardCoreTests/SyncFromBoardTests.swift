import Dispatch
import Foundation
import Testing
@testable import PlanBoardCore

/// `Y` on the board: the session saves, runs the sync it was given, and shows the plan git left.
@Suite struct SyncFromBoardTests {
    @Test func syncWaitsForTheSaveRunsAndTakesInWhatCameIn() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })
        var savedBeforeSync: Int?
        session.sharing = {
            savedBeforeSync = store.saves.count
            var theirs = store.plan
            theirs.outcomes[0].actions[1].progress = "From Sam"
            store.changeElsewhere(to: theirs)
            return SyncReport(text: "Sync: Committed: 1.1 → Red 1 change from Sam: 1.2 progress updated")
        }
        session.send(.setRAG(.red))
        session.send(.sync)
        session.waitForSync()
        #expect(savedBeforeSync == 1, "the rating was written before git ran")
        #expect(session.state.plan.outcomes[0].actions[1].progress == "From Sam")
        #expect(session.state.plan.outcomes[0].actions[0].rag == .red)
        #expect(session.state.flash?.text.contains("1 change from Sam") == true)
        #expect(session.state.flash?.isError == false)
        session.send(.undo)
        #expect(session.state.plan.outcomes[0].actions[1].progress != "From Sam", "u goes back, as after a reload")
    }

    @Test func withoutSharingTheBoardSaysSo() {
        let session = BoardSession(state: Fixtures.state(), store: MemoryPlanStore(plan: Fixtures.plan()), clock: { Fixtures.now })
        session.send(.sync)
        #expect(session.state.flash?.isError == true)
        #expect(Keymap.message(for: .char("Y"), in: Mode.board) == .sync)
    }

    @Test func aReadOnlyPlanIsNotSynced() {
        var state = Fixtures.state()
        state.readOnly = "the file is read-only"
        #expect(Reducer.reduce(&state, .sync, now: Fixtures.now).isEmpty)
    }

    @Test func theBoardMovesWhileGitRunsAndRefusesChangesUntilItReports() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        session.sharing = {
            started.signal()
            release.wait()
            return SyncReport(text: "Sync: Nothing new from the others.")
        }
        session.send(.sync)
        #expect(started.wait(timeout: .now() + 10) == .success, "git runs in the background")
        #expect(session.state.syncing)
        #expect(session.state.flash?.text.contains("Syncing through git") == true)
        #expect(BoardView.render(session.state).text.contains("plan.json syncing…"))

        let before = session.state.selectedAction?.id
        session.send(.move(.down))
        #expect(session.state.selectedAction?.id != before, "moving works while git runs")
        session.send(.setRAG(.red))
        #expect(session.state.plan == Fixtures.plan(), "a change waits: the merge would not see it")
        #expect(session.state.flash?.text.contains("changes wait until it reports") == true)
        #expect(session.state.flash?.isError == true)
        session.send(.sync)
        #expect(session.state.flash?.text.contains("Syncing through git") == true, "a second Y is refused too")
        #expect(session.takeFinishedSync() == false, "nothing to take before git finishes")

        release.signal()
        session.waitForSync()
        #expect(!session.state.syncing)
        #expect(session.state.flash?.text == "Sync: Nothing new from the others.")
        session.send(.setRAG(.red))
        #expect(session.state.plan.outcomes[0].actions[1].rag == .red, "changes work again once it reported")
    }

    @Test func aGitThatNeverFinishesIsStoppedAfterItsTimeout() throws {
        let folder = NSTemporaryDirectory() + "planboard-hang-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let start = Date()
        // A git alias that runs a shell command stands in for a remote that never answers.
        let result = SpawnedGit(timeout: 1).git(["-c", "alias.hang=!sleep 30", "hang"], in: folder)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(result.status == SpawnedGit.timedOut)
        #expect(result.output.contains("git did not finish within 1 seconds and was stopped"))
    }
}
