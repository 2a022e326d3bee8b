#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who holds a plan's lock: written into the lock file so a second planboard can say who to ask.
struct LockHolder: Equatable, Sendable {
    var pid: Int32
    var user: String
    var host: String
    var since: Timestamp

    /// This process, now.
    static func current() -> LockHolder {
        var name = [UInt8](repeating: 0, count: 256)
        let host = name.withUnsafeMutableBufferPointer { buffer in
            gethostname(UnsafeMutableRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self),
                        buffer.count - 1)
        } == 0 ? String(decoding: name.prefix { $0 != 0 }, as: UTF8.self) : "unknown"
        let user = getpwuid(geteuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } }
            ?? getenv("USER").map { String(cString: $0) } ?? "uid \(geteuid())"
        return LockHolder(pid: getpid(), user: user, host: host,
                          since: Timestamp(secondsSince1970: Int64(time(nil))))
    }

    /// The lock file's text: one `key value` line each for pid, user, host and since.
    var fileText: String { "pid \(pid)\nuser \(user)\nhost \(host)\nsince \(since)\n" }

    /// Reads `fileText` back; nil when the file is empty or not in that form.
    init?(fileText: String) {
        var fields: [Substring: Substring] = [:]
        for line in fileText.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            fields[line[..<space]] = line[line.index(after: space)...]
        }
        guard let pid = fields["pid"].flatMap({ Int32($0) }), let user = fields["user"], let host = fields["host"],
              let since = fields["since"].flatMap({ Timestamp(isoText: String($0)) }) else { return nil }
        self.init(pid: pid, user: String(user), host: String(host), since: since)
    }

    init(pid: Int32, user: String, host: String, since: Timestamp) {
        self.pid = pid
        self.user = user
        self.host = host
        self.since = since
    }

    /// `pid 4242, user sam on host ward7, since 14:02` (the date too when not today), in local time.
    /// User and host come from a file anyone can write: they are quoted as `Excerpt` quotes, so
    /// control characters show as symbols and a long name is cut.
    func summary(now: Timestamp, utcOffset: Int) -> String {
        let when = since.day(utcOffset: utcOffset) == now.day(utcOffset: utcOffset)
            ? since.clockText(utcOffset: utcOffset)
            : "\(since.day(utcOffset: utcOffset).shortText) \(since.clockText(utcOffset: utcOffset))"
        return "pid \(pid), user \(Excerpt.of(user, limit: 64)) on host \(Excerpt.of(host, limit: 64)), since \(when)"
    }

    /// The machine's offset from UTC at `moment`, in seconds (for showing `since` in local time).
    static func localOffset(at moment: Timestamp) -> Int {
        var seconds = time_t(moment.secondsSince1970)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }
}

/// An exclusive `flock` on a hidden file beside the plan (`.plan.json.lock`), so a second planboard
/// on the same plan is refused with the holder named instead of editing alongside; and one on the
/// plan file itself, so the same file reached by another name (a hard link) is refused too.
///
/// `flock` belongs to the open file description, so it conflicts between processes and between two
/// opens in one process, and the kernel drops it if the process dies: a stale lock file never blocks.
/// The file is left in place on release, since unlinking it would race with a new holder. A save
/// puts a new file in the plan's place, so the store calls `follow` to lock that one in turn.
final class PlanLock {
    let lockPath: String
    private var fd: Int32
    /// The plan file itself, locked by its identity (device and inode) rather than its name; -1
    /// when there is no file yet, or its file system cannot lock it (the name's lock still holds).
    private var fileFD: Int32 = -1

    private init(lockPath: String, fd: Int32) {
        self.lockPath = lockPath
        self.fd = fd
    }

    /// Whether this lock is still held (false after `release()`).
    var isHeld: Bool { fd >= 0 }

    /// The lock file for a plan at `planPath`: `.NAME.lock` in the same folder.
    static func lockPath(for planPath: String) -> String {
        "\(DiskFile.folder(of: planPath))/.\(DiskFile.name(of: planPath)).lock"
    }

    /// Takes the lock for the plan at `planPath`, or throws `.locked` naming who holds it.
    static func acquire(for planPath: String, reportingAs shown: String) throws(StoreError) -> PlanLock {
        let lockPath = lockPath(for: planPath)
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .io(path: shown, operation: "create the lock file \(lockPath)", reason: DiskFile.reason(errno))
        }
        guard Self.takeLock(fd) == 0 else {
            let code = errno
            let text = code == EWOULDBLOCK ? contents(of: fd) : ""
            _ = close(fd)
            guard code == EWOULDBLOCK else {
                throw .io(path: shown, operation: "lock the plan", reason: DiskFile.reason(code))
            }
            let now = LockHolder.current().since
            let holder = LockHolder(fileText: text)?.summary(now: now, utcOffset: LockHolder.localOffset(at: now))
                ?? "who holds it is not recorded yet"
            throw .locked(path: shown, holder: holder)
        }
        let lock = PlanLock(lockPath: lockPath, fd: fd)
        guard lock.lockFile(at: planPath) else {
            throw .locked(path: shown, holder: "under another name: this file is also reached by another path, a hard link")
        }
        let text = Array(LockHolder.current().fileText.utf8)
        guard ftruncate(fd, 0) == 0, pwrite(fd, text, text.count, 0) == text.count else {
            throw .io(path: shown, operation: "write the lock file \(lockPath)", reason: DiskFile.reason(errno))
        }
        return lock
    }

    /// Locks the file now at `planPath` (a save has just put it there), letting go of the one before.
    func follow(_ planPath: String) {
        guard isHeld else { return }
        _ = lockFile(at: planPath)
    }

    /// Locks the plan file at `planPath` itself; false when another holder has that very file.
    /// Anything that stops the lock but that (no file yet, not a regular file, a file system
    /// without locks) leaves the name's lock alone to guard it.
    private func lockFile(at planPath: String) -> Bool {
        let file = open(planPath, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard file >= 0 else { return true }
        var s = stat()
        guard fstat(file, &s) == 0, s.st_mode & S_IFMT == S_IFREG else {
            _ = close(file)
            return true
        }
        guard Self.takeLock(file) == 0 else {
            let code = errno
            _ = close(file)
            return code != EWOULDBLOCK
        }
        if fileFD >= 0 { _ = close(fileFD) }
        fileFD = file
        return true
    }

    /// `flock(fd, LOCK_EX | LOCK_NB)`, tried again for up to 100 ms while it would block: a child
    /// another thread is starting (git, an editor) holds a copy of every open file until its exec,
    /// so a lock this process has just let go of can look taken for a moment. A real holder holds
    /// on, and is still refused.
    private static func takeLock(_ fd: Int32) -> Int32 {
        for _ in 0..<10 {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return 0 }
            guard errno == EWOULDBLOCK else { return -1 }
            usleep(10_000)
        }
        let result = flock(fd, LOCK_EX | LOCK_NB)
        return result
    }

    /// Releases the lock; safe to call more than once.
    func release() {
        if fileFD >= 0 {
            _ = close(fileFD)
            fileFD = -1
        }
        guard fd >= 0 else { return }
        _ = flock(fd, LOCK_UN)
        _ = close(fd)
        fd = -1
    }

    deinit { release() }

    private static func contents(of fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 1024)
        let n = pread(fd, &buffer, buffer.count, 0)
        return n > 0 ? String(decoding: buffer[..<n], as: UTF8.self) : ""
    }
}
