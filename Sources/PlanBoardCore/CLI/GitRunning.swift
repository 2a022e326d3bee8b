import Foundation

/// Runs git for `share` and `sync`: injected so the commands' logic can be driven by tests.
protocol GitRunning {
    /// Runs `git ARGUMENTS` in `folder`; the exit status and what it printed (output and errors).
    func git(_ arguments: [String], in folder: String) -> (status: Int32, output: String)
}

/// The real git, started with posix_spawn (Foundation's Process can leave children unreaped on
/// Linux); its output goes through a temporary file.
///
/// A git that has not finished within `timeout` seconds (a remote that never answers) is stopped
/// with everything it started (it runs in a process group of its own), and its output says so.
struct SpawnedGit: GitRunning {
    /// Seconds one git command may take: `PLANBOARD_GIT_TIMEOUT` when set to a whole number, else 60.
    var timeout: Int = getenv("PLANBOARD_GIT_TIMEOUT").flatMap { Int(String(cString: $0)) }.flatMap { $0 > 0 ? $0 : nil } ?? 60
    /// Where the running git's process group is recorded, so a signal can stop it; nil when
    /// nothing else needs to stop it.
    var processes: GitProcesses? = nil

    /// The status a stopped git reports, as `timeout(1)` does.
    static let timedOut: Int32 = 124
    /// The status of a git stopped by a signal to planboard, or whose exit status was lost.
    static let stopped: Int32 = 125

    func git(_ arguments: [String], in folder: String) -> (status: Int32, output: String) {
        let outputPath = NSTemporaryDirectory() + "planboard-git-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // git must never ask for a password or passphrase on the terminal the board is drawing on:
        // it would wait unseen. Without stored credentials it fails, and sync says it could not reach.
        var quiet = ["GIT_TERMINAL_PROMPT=0"]
        if getenv("GIT_SSH_COMMAND") == nil { quiet.append("GIT_SSH_COMMAND=ssh -o BatchMode=yes") }
        let argv = (["/usr/bin/env"] + quiet + ["git", "-C", folder] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        if processes?.isStopped == true { return (Self.stopped, "git was not started: planboard is stopping.") }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argv, environ) == 0 else {
            return (127, "git could not be started: is it installed?")
        }
        if let processes, !processes.started(pid) { kill(-pid, SIGKILL) }
        let waited = Self.wait(for: pid, seconds: timeout)
        processes?.finished(pid)
        let output = FileManager.default.contents(atPath: outputPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
        switch waited {
        case .exited(let status):
            let exited = status & 0x7f == 0
            return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
        case .timedOut:
            return (Self.timedOut, "git did not answer within \(Self.seconds(timeout)) and was stopped.\n" + output)
        case .lost(let reason):
            return (Self.stopped, "git's exit status was lost (\(reason)), so it is taken as failed.\n" + output)
        }
    }

    /// `1 second`, `60 seconds`.
    static func seconds(_ count: Int) -> String { count == 1 ? "1 second" : "\(count) seconds" }

    /// How waiting for git ended.
    private enum Waited {
        /// It exited: its wait status.
        case exited(Int32)
        /// `seconds` passed first: its process group was stopped and it was reaped.
        case timedOut
        /// waitpid failed (the child was reaped elsewhere): its status is unknown, so not success.
        case lost(String)
    }

    private static func wait(for pid: pid_t, seconds: Int) -> Waited {
        var status: Int32 = 0
        let step: useconds_t = 20_000
        var waited: useconds_t = 0
        while true {
            let found = waitpid(pid, &status, WNOHANG)
            if found == pid { return .exited(status) }
            if found == -1 && errno != EINTR { return .lost(String(cString: strerror(errno))) }
            if waited >= useconds_t(seconds) * 1_000_000 { break }
            usleep(step)
            waited += step
        }
        kill(-pid, SIGTERM)
        usleep(200_000)
        kill(-pid, SIGKILL)
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return .timedOut
    }
}
