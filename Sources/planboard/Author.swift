import PlanBoardCore
#if canImport(Glibc)
import Glibc
#endif

/// Who is at the keyboard, resolved once at start-up: `--name`, else `PLANBOARD_NAME`, else git's
/// `user.name` from any config git reads for the plan's folder (the repository's when the plan is
/// in one, else the global and system ones), so history names people as their commits do, else
/// the login name (`AuthorName` keeps the order and says when it is only the login name).
enum Author {
    static func resolve(forPlanAt path: String, option: String? = nil) -> AuthorName {
        let environment = getenv("PLANBOARD_NAME").flatMap { String(validatingCString: $0) }
        return AuthorName.resolve(option: option, environment: environment, git: { gitName(forPlanAt: path) }, login: loginName)
    }

    /// git's `user.name` as git reads it in the folder holding the plan: the repository's config
    /// when the folder is in one, and the global and system configs in any case. When git cannot
    /// read there (no such folder, a repository it refuses as not owned), the global and system ones.
    private static func gitName(forPlanAt path: String) -> String? {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let quoted = "'" + (folder.isEmpty ? "/" : folder).replacingAll("'", with: "'\\''") + "'"
        return run("git -C \(quoted) config user.name 2>/dev/null") ?? run("git config --global user.name 2>/dev/null")
            ?? run("git config --system user.name 2>/dev/null")
    }

    /// The login name: the session's, else the user database's.
    private static func loginName() -> String? {
        if let login = getlogin(), let name = String(validatingCString: login), !name.isEmpty { return name }
        if let entry = getpwuid(getuid()), let name = String(validatingCString: entry.pointee.pw_name) { return name }
        return nil
    }

    /// The first line a shell command prints, or nil when it fails.
    private static func run(_ command: String) -> String? {
        guard let pipe = popen(command, "r") else { return nil }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        guard pclose(pipe) == 0 else { return nil }
        let text = String(decoding: output, as: UTF8.self)
        return text.split(separator: "\n").first.map(String.init)?.trimmingWhitespace()
    }

    /// A seed for new ids' suffixes: the clock's nanoseconds and the process id, different per session.
    static func idSeed() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return UInt64(truncatingIfNeeded: now.tv_sec) &* 1_000_000_007 ^ UInt64(truncatingIfNeeded: now.tv_nsec) << 20
            ^ UInt64(truncatingIfNeeded: getpid())
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
