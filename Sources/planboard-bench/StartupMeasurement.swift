#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanBoardCore

/// Times the real `planboard` process from launch to its first card on screen, as a user meets
/// it: the app runs on a pseudo-terminal of 120×36, and the clock stops when the first card's
/// text arrives on the terminal. Then it is sent `q` and waited for.
enum StartupMeasurement {
    /// Why a launch could not be measured.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Milliseconds from spawning `program path` to `marker` appearing in what it draws (the
    /// first card), and to `wholeMarker` appearing (the header's count, drawn once the whole plan
    /// is read: a large plan's first screen is drawn from a preview before that).
    static func launch(_ program: String, path: String, marker: String,
                       wholeMarker: String) throws(Failure) -> (firstCard: Double, wholeBoard: Double) {
        // posix_openpt and friends are not visible from Swift's Glibc; these are what they do.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
              ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0 else {
            throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        defer { close(master) }
        let slavePath = "/dev/pts/\(number)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_addopen(&actions, descriptor, slavePath, O_RDWR, 0)
        }
        posix_spawn_file_actions_addclose(&actions, master)
        let words: [String] = [program, path]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "LINES=36", "COLUMNS=120", "HOME=/tmp",
                           "PATH=/usr/bin:/bin"]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }

        let start = nanosecondsNow()
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "could not start \(program): \(String(cString: strerror(spawned)))")
        }
        let wanted = Array(marker.utf8), wantedWhole = Array(wholeMarker.utf8)
        var seen: [UInt8] = []
        var found: UInt64?
        var foundWhole: UInt64?
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
        let deadline = start + 20_000_000_000
        while found == nil || foundWhole == nil, nanosecondsNow() < deadline {
            guard poll(&fds, 1, 200) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            seen += buffer[0..<count]
            let now = nanosecondsNow()
            if found == nil, contains(seen, wanted) { found = now }
            if foundWhole == nil, contains(seen, wantedWhole) { foundWhole = now }
        }
        _ = "q".withCString { write(master, $0, 1) }
        // Keep reading so the app never blocks on a full terminal while it quits.
        while poll(&fds, 1, 2_000) > 0, buffer.withUnsafeMutableBytes({ read(master, $0.baseAddress, $0.count) }) > 0 {}
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard let found, let foundWhole else {
            let missing = found == nil ? marker : wholeMarker
            throw Failure(description: "\(program) never showed “\(missing)” (it printed \(seen.count) bytes)")
        }
        return (Double(found - start) / 1_000_000, Double(foundWhole - start) / 1_000_000)
    }

    /// What the header shows once the whole plan is read: `of 10000`, the count of its actions.
    static func wholeMarker(for plan: Plan) -> String {
        "of \(plan.allActions.filter { !$0.isRemoved }.count)"
    }

    /// A word of the first card that the app writes in one piece: the longest of the action's
    /// first three words.
    static func marker(for plan: Plan) -> String? {
        guard let action = plan.outcomes.first(where: { !$0.actions.isEmpty })?.actions.first else { return nil }
        let words: [Substring] = action.text.split(separator: " " as Character)
        var longest = ""
        for word in words.prefix(3) where word.count > longest.count { longest = String(word) }
        return longest
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
