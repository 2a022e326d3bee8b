import Dispatch
import Foundation
import Synchronization
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
        session.flush()
        #expect(session.state.plan.outcomes[0].actions[1].progress == "From Sam", "u cannot take the others' work out")
        #expect(store.plan.outcomes[0].actions[1].progress == "From Sam", "nor out of the file the next Y pushes")
        #expect(session.state.plan.outcomes[0].actions[0].rag == .red, "nor the chair's change the sync sent")
        #expect(session.state.flash?.text.contains("Changes from a sync cannot be undone here") == true)
        #expect(session.state.flash?.isError == true)
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
        // The shell git starts writes the pid of the `sleep` it starts in turn: git's grandchild.
        let pidFile = folder + "/sleep.pid"
        let result = SpawnedGit(timeout: 1).git(["-c", "alias.hang=!sleep 30 & echo $! > '\(pidFile)'; wait", "hang"], in: folder)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(result.status == SpawnedGit.timedOut)
        #expect(result.output.contains("git did not answer within 1 second and was stopped."))
        let pid = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Self.isGone(pid), "the sleep git's shell started is stopped too")
    }

    @Test func cancellingASyncStopsGitsWholeProcessGroupAndStartsNoMore() throws {
        let folder = NSTemporaryDirectory() + "planboard-cancel-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pidFile = folder + "/sleep.pid"
        let sync = BackgroundSync()
        let git = SpawnedGit(timeout: 60, processes: sync.processes)
        let later = Mutex<(status: Int32, output: String)?>(nil)
        sync.start {
            let first = git.git(["-c", "alias.hang=!sleep 30 & echo $! > '\(pidFile)'; wait", "hang"], in: folder)
            later.withLock { $0 = git.git(["--version"], in: folder) }
            return SyncReport(text: "status \(first.status)")
        }
        var pid: Int32?
        for _ in 0..<250 where pid == nil {
            usleep(20_000)
            pid = (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        let sleeping = try #require(pid, "git's shell started its sleep")
        #expect(!Self.isGone(sleeping))
        let start = Date()
        sync.cancel()
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(!sync.isRunning || sync.takeResult() != nil, "the sync's thread finished")
        #expect(Self.isGone(sleeping), "the grandchild is stopped with git")
        #expect(later.withLock { $0?.status } == SpawnedGit.stopped, "no git starts after the cancel")
    }

    /// True when `pid` has exited (no such process, or a zombie no one has reaped yet).
    static func isGone(_ pid: Int32) -> Bool {
        for _ in 0..<100 {
            if kill(pid, 0) == -1 && errno == ESRCH { return true }
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
               let close = stat.lastIndex(of: ")"), stat[stat.index(close, offsetBy: 2)] == "Z" { return true }
            usleep(20_000)
        }
        return false
    }
}
