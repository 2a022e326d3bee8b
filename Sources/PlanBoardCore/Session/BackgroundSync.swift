import Dispatch
import Synchronization

/// Runs one sync through git at a time off the main loop and keeps its report until the session
/// takes it, waking the terminal when it is ready, so the board answers keys while git runs.
final class BackgroundSync: @unchecked Sendable {
    private let group = DispatchGroup()
    private let report = Mutex<SyncReport?>(nil)
    private let running = Mutex(false)
    private let callback = Mutex<(@Sendable () -> Void)?>(nil)
    /// The git commands the sync has running: the work records them here (see `Sharing.sync`),
    /// so `cancel` can stop them.
    let processes = GitProcesses()

    /// Called from the sync's thread when its report is ready (the terminal's wake-up).
    var onResult: (@Sendable () -> Void)? {
        get { callback.withLock { $0 } }
        set { callback.withLock { $0 = newValue } }
    }

    /// True from `start` until the report has been taken.
    var isRunning: Bool { running.withLock { $0 } }

    /// Starts `work` on a background thread. The session calls it only while no sync runs (the
    /// board refuses `Y` meanwhile); `work` touches nothing the main loop uses.
    func start(_ work: @escaping () -> SyncReport) {
        running.withLock { $0 = true }
        let job = UncheckedJob(work: work)
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            let done = job.work()
            self.report.withLock { $0 = done }
            self.group.leave()
            self.callback.withLock { $0 }?()
        }
    }

    /// The report of a sync that finished since the last look, or nil.
    func takeResult() -> SyncReport? {
        let done = report.withLock { value -> SyncReport? in
            defer { value = nil }
            return value
        }
        if done != nil { running.withLock { $0 = false } }
        return done
    }

    /// Waits until the running sync (if any) has finished, then takes its report.
    func wait() -> SyncReport? {
        group.wait()
        return takeResult()
    }

    /// Stops the sync under way, if any, with every process git started (TERM, then KILL to the
    /// whole process group), and waits up to `seconds` for its thread to reap them and finish.
    /// For a signal: planboard must not exit, releasing the lock, while git still changes the
    /// plan's folder. No git is started by this session's syncs afterwards.
    func cancel(seconds: Double = 3) {
        processes.stopAll()
        guard isRunning else { return }
        _ = group.wait(timeout: .now() + seconds)
    }

    /// The driver's closure crosses to the sync's thread once and is only called there.
    private struct UncheckedJob: @unchecked Sendable {
        let work: () -> SyncReport
    }
}
