import Foundation
import Synchronization

/// The process groups of the git commands one sync has started, so that a signal can stop git
/// and everything it started (a hook, ssh, a merge driver) before planboard exits and lets go
/// of the plan's lock. Once stopped, no further git is started for that sync.
public final class GitProcesses: Sendable {
    private let shared = Mutex<(groups: Set<pid_t>, stopped: Bool)>(([], false))

    public init() {}

    /// Records a git just started in its own process group; false when the sync was stopped
    /// meanwhile (the caller then stops that group itself).
    func started(_ group: pid_t) -> Bool {
        shared.withLock { state in
            guard !state.stopped else { return false }
            state.groups.insert(group)
            return true
        }
    }

    /// Forgets a git that has been reaped.
    func finished(_ group: pid_t) {
        _ = shared.withLock { $0.groups.remove(group) }
    }

    /// True once `stopAll` has run: no more git is started.
    var isStopped: Bool { shared.withLock { $0.stopped } }

    /// Stops every running git's whole process group: TERM, then after `grace` seconds KILL to
    /// whatever of a group is left. The git's own thread reaps it (and then calls `finished`).
    public func stopAll(grace: Double = 0.5) {
        let groups = shared.withLock { state -> Set<pid_t> in
            state.stopped = true
            return state.groups
        }
        guard !groups.isEmpty else { return }
        for group in groups { kill(-group, SIGTERM) }
        let deadline = Date().addingTimeInterval(grace)
        while Date() < deadline, !shared.withLock({ $0.groups.isEmpty }) { usleep(20_000) }
        for group in groups where kill(-group, 0) == 0 { kill(-group, SIGKILL) }
    }
}
