import CNcurses
import PlanBoardCore
#if canImport(Glibc)
import Glibc
#endif

/// Runs the editor `EditorChoice` picks (`$VISUAL`, `$EDITOR`, else nano; never vi unasked) on a
/// temporary file holding a field's text, with the board suspended: ncurses leaves the screen, the
/// editor has the terminal, then the board returns.
enum ExternalEditor {
    /// The editor for this process's environment.
    static func choice() -> EditorChoice {
        EditorChoice.choose(variable: { getenv($0).map { String(cString: $0) } },
                            isExecutable: { access($0, X_OK) == 0 })
    }

    /// The edited text, or why there is none (the editor could not start or exited with an error).
    static func edit(_ text: String, with choice: EditorChoice) -> ExternalEdit {
        guard case .command(let command, let reason) = choice else { return .noEditor }
        let name = reason == .nanoFound ? "nano" : "the editor"
        var template = Array("\(TemporaryFolder.path)/planboard-XXXXXX.txt".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard fd >= 0 else { return .failed(editor: name) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        let bytes = Array((text + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return .failed(editor: name) }

        def_prog_mode()
        endwin()
        let interruptBefore = receivedSignal.load(ordering: .relaxed)
        let status = run(command: command, file: path)
        // Ctrl-C inside the editor is the editor's business, not a request to quit the board.
        if receivedSignal.load(ordering: .relaxed) == SIGINT { receivedSignal.store(interruptBefore, ordering: .relaxed) }
        reset_prog_mode()
        guard status == 0, let edited = read(path) else { return .failed(editor: reason == .nanoFound ? "nano" : command) }
        return .edited(edited, editor: name)
    }

    /// Spawns `/bin/sh -c 'COMMAND "$1"' planboard FILE` and waits; returns the exit status, or -1.
    private static func run(command: String, file: String) -> Int32 {
        let words: [String] = ["/bin/sh", "-c", command + " \"$1\"", "planboard", file]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { return -1 }
        }
        // WIFEXITED / WEXITSTATUS by hand: the macros are not imported.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }

    private static func read(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The folder for temporary files: `$TMPDIR`, else `/tmp`.
private enum TemporaryFolder {
    static var path: String {
        if let value = getenv("TMPDIR").map({ String(cString: $0) }), !value.isEmpty { return value }
        return "/tmp"
    }
}
