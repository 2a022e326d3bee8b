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

    /// The status a stopped git reports, as `timeout(1)` does.
    static let timedOut: Int32 = 124

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
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argv, environ) == 0 else {
            return (127, "git could not be started: is it installed?")
        }
        guard let status = Self.wait(for: pid, seconds: timeout) else {
            let output = FileManager.default.contents(atPath: outputPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
            return (Self.timedOut, "git did not finish within \(timeout) seconds and was stopped "
                + "(is the shared copy reachable?)\n" + output)
        }
        let output = FileManager.default.contents(atPath: outputPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
    }

    /// git's wait status, or nil after stopping its process group when `seconds` passed first.
    private static func wait(for pid: pid_t, seconds: Int) -> Int32? {
        var status: Int32 = 0
        let step: useconds_t = 20_000
        var waited: useconds_t = 0
        while true {
            let found = waitpid(pid, &status, WNOHANG)
            if found == pid { return status }
            if found == -1 && errno != EINTR { return status }
            if waited >= useconds_t(seconds) * 1_000_000 { break }
            usleep(step)
            waited += step
        }
        kill(-pid, SIGTERM)
        usleep(200_000)
        kill(-pid, SIGKILL)
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return nil
    }
}
