import Foundation
import Testing

/// The real planboard binary running in its own tmux server, at a size we choose, in a scratch folder.
///
/// Each session has its own socket (`tmux -L`), so tests never see each other's panes, and the
/// folder is removed at the end. After the app exits the pane shows `EXIT:<status>`.
final class TmuxSession {
    let folder: URL
    let socket: String
    private(set) var isRunning = false

    /// The planboard built by `swift test` for this package.
    static var binary: URL {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("planboard"),
            root.appendingPathComponent(".build/debug/planboard"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("planboard-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        socket = "planboard-e2e-\(UUID().uuidString.prefix(8))"
    }

    deinit {
        _ = try? tmux(quiet: true, ["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts planboard with `arguments` at `width`×`height`; `environment` is set for it (e.g. TERM).
    func start(_ arguments: [String] = [], width: Int = 120, height: Int = 36, environment: [String: String] = [:]) throws {
        // swift test sets NO_COLOR=1 for its children; the app runs as a user would start it.
        let exports = "unset NO_COLOR; " + environment.map { "export \($0.key)=\(shellQuote($0.value)); " }.joined()
        let command = "cd \(shellQuote(folder.path)) && \(exports)\(shellQuote(Self.binary.path)) "
            + arguments.map(shellQuote).joined(separator: " ") + "; echo \"EXIT:$?\"; sleep 600"
        if isRunning {
            // A second start replaces the first app's pane in the same server (killing the only
            // session would stop the server while the next command connects to it).
            try tmux(quiet: true, ["respawn-pane", "-k", "-t", "main", "sh", "-c", command])
            try tmux(quiet: true, ["clear-history", "-t", "main"])
        } else {
            try tmux(quiet: true, ["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "main", "sh", "-c", command])
        }
        isRunning = true
    }

    /// Types keys as tmux names them (`Down`, `Enter`, `C-r`, `Escape`) or literal text with `literal: true`.
    func send(_ keys: String..., literal: Bool = false) throws {
        for key in keys {
            try tmux(quiet: true, ["send-keys", "-t", "main"] + (literal ? ["-l", key] : [key]))
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Types a whole sequence in one `send-keys`, with no pause between keys, as a chair typing at
    /// speed (or a terminal replaying a buffer) would deliver them. Each item is a tmux key name
    /// (`Enter`, `Down`) or, when it is not one, literal text.
    func typeAtSpeed(_ keys: [String]) throws {
        try tmux(quiet: true, ["send-keys", "-t", "main"] + keys)
    }

    /// Pastes `text` as a terminal does with bracketed paste on (tmux turns each LF into CR).
    /// Starts a meeting at typing speed: `M`, the offered title, `attendees`, and the offered
    /// answers to the remaining questions.
    func startMeeting(attendees: String) throws {
        try typeAtSpeed(["M", "Enter", attendees] + Array(repeating: "Enter", count: 6))
    }

    func paste(_ text: String) throws {
        try tmux(quiet: true, ["set-buffer", "-b", "e2e", "--", text])
        try tmux(quiet: true, ["paste-buffer", "-p", "-d", "-b", "e2e", "-t", "main"])
        Thread.sleep(forTimeInterval: 0.05)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(quiet: true, ["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as text, one line per row.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "main"]) }

    /// The screen with its styles as escape sequences (`capture-pane -e`), for checking colour.
    func styledScreen() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", "main"]) }

    /// Waits until the screen contains `text` (10 s at most); fails the test with the screen if not.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("Timed out waiting for '\(text)'. Screen was:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// The pane's title, which a program can set with an escape sequence (OSC 0 or 2).
    func paneTitle() throws -> String {
        try tmux(["display-message", "-p", "-t", "main", "#{pane_title}"]).trimmingCharacters(in: .newlines)
    }

    /// The exit status the pane printed after planboard ended.
    func waitForExit(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int? {
        let text = try waitFor("EXIT:", sourceLocation: sourceLocation)
        guard let range = text.range(of: "EXIT:") else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    /// planboard's process id (the child of the pane's shell).
    func appPID() throws -> Int32? {
        let shell = try tmux(["list-panes", "-t", "main", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let output = try run("/usr/bin/env", ["ps", "-o", "pid=", "--ppid", shell])
        return output.split(separator: "\n").compactMap { Int32($0.trimmingCharacters(in: .whitespaces)) }.first
    }

    func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The plan file parsed as JSON, for checking what was written.
    func json(_ name: String = "plan.json") throws -> [String: Any] {
        let data = try Data(contentsOf: file(name))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The plan file once `written` holds of it, or as it is after `timeout`: saves run on a
    /// background writer, so the file is written a moment after the screen answers a key, and a
    /// read straight after the screen changed may see the file from before.
    func json(_ name: String = "plan.json", until written: ([String: Any]) -> Bool,
              timeout: TimeInterval = 10) throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let json = try? json(name), written(json) { return json }
            if Date() > deadline { return try json(name) }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// Runs a tmux command on this session's server. `quiet` commands send their output to
    /// /dev/null: `new-session` starts the server, which would hold a pipe open for ever.
    @discardableResult
    private func tmux(quiet: Bool = false, _ arguments: [String]) throws -> String {
        try run("/usr/bin/env", ["tmux", "-L", socket, "-f", "/dev/null"] + arguments, quiet: quiet)
    }

    /// Runs planboard itself (not in tmux) with `arguments` and returns what it printed.
    func runPlanboard(_ arguments: [String]) throws -> String {
        try run(Self.binary.path, arguments)
    }

    /// Runs a program and returns what it printed. posix_spawn and waitpid rather than Foundation's
    /// Process, which on Linux can leave the child unreaped (and `waitUntilExit` waiting) under the
    /// test runner; output goes through a file, as the tmux server keeps inherited pipes open.
    @discardableResult
    private func run(_ executable: String, _ arguments: [String], quiet: Bool = false) throws -> String {
        let outputPath = quiet ? "/dev/null" : folder.path + "/.tmux-output-\(UUID().uuidString)"
        defer { if !quiet { unlink(outputPath) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnError(program: executable, code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return quiet ? "" : ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
    }

    struct SpawnError: Error, CustomStringConvertible {
        let program: String
        let code: Int32
        var description: String { "could not start \(program) (error \(code)); is tmux installed?" }
    }

    private func shellQuote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

/// The actions of a plan JSON, flattened in plan order, for assertions.
func actions(in json: [String: Any]) -> [[String: Any]] {
    let outcomes = json["outcomes"] as? [[String: Any]] ?? []
    return outcomes.flatMap { $0["actions"] as? [[String: Any]] ?? [] }
}
