import Foundation

/// Runs git for `share` and `sync`: injected so the commands' logic can be driven by tests.
protocol GitRunning {
    /// Runs `git ARGUMENTS` in `folder`; the exit status and what it printed (output and errors).
    func git(_ arguments: [String], in folder: String) -> (status: Int32, output: String)
}

/// The real git, started with posix_spawn (Foundation's Process can leave children unreaped on
/// Linux); its output goes through a temporary file.
struct SpawnedGit: GitRunning {
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
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, environ) == 0 else {
            return (127, "git could not be started: is it installed?")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = FileManager.default.contents(atPath: outputPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
    }
}
