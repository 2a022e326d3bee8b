#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a file: its identity for the cheap changed-on-disk check, and the
/// permissions and owner a rewrite must keep.
struct FileStatus: Sendable {
    /// Device, inode, size and modification time: if all four match, the file is taken as unchanged.
    struct Identity: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    var identity: Identity
    var mode: mode_t
    var owner: uid_t
    var group: gid_t

    init(_ s: stat) {
        identity = Identity(device: UInt64(s.st_dev), inode: UInt64(s.st_ino), size: Int64(s.st_size),
                            modifiedSeconds: Int(s.st_mtim.tv_sec), modifiedNanoseconds: Int(s.st_mtim.tv_nsec))
        mode = s.st_mode & 0o7777
        owner = s.st_uid
        group = s.st_gid
    }
}

/// The few file operations the store needs, on Glibc directly: `Data.write(options: .atomic)`
/// resets the mode, replaces symlinks and does not fsync the folder.
///
/// Every failure is a `StoreError.io` naming `reportingAs` (the path as the user gave it).
enum DiskFile {
    /// The system's words for an errno value (`No space left on device`).
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// The folder part of a path (`.` for a bare file name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of a path.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Whether `path` leads (through any symlinks) to a regular file.
    static func isRegularFile(_ path: String) -> Bool {
        var s = stat()
        return stat(path, &s) == 0 && s.st_mode & S_IFMT == S_IFREG
    }

    /// Whether `path` itself is a symbolic link.
    static func isSymlink(_ path: String) -> Bool {
        var s = stat()
        return lstat(path, &s) == 0 && s.st_mode & S_IFMT == S_IFLNK
    }

    /// The file's status, or nil when there is no file at `path`.
    static func status(of path: String, reportingAs shown: String) throws(StoreError) -> FileStatus? {
        var s = stat()
        guard stat(path, &s) == 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw .io(path: shown, operation: "look at the file", reason: reason(code))
        }
        return FileStatus(s)
    }

    /// The whole file and its status as of reading, or nil when there is no file at `path`.
    ///
    /// Refuses (`.notAPlanFile`) anything but a regular file, without blocking on a named pipe,
    /// and a file larger than `largestPlan`, before or while reading it.
    static func contents(of path: String, reportingAs shown: String) throws(StoreError) -> (bytes: [UInt8], status: FileStatus)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw .io(path: shown, operation: "open the plan", reason: reason(code))
        }
        defer { _ = close(fd) }
        var s = stat()
        guard fstat(fd, &s) == 0 else { throw .io(path: shown, operation: "look at the plan", reason: reason(errno)) }
        if let kind = notRegular(s.st_mode) { throw .notAPlanFile(path: shown, reason: kind) }
        guard Int64(s.st_size) <= Int64(largestPlan) else { throw tooLarge(shown, size: Int64(s.st_size)) }
        // Not cleared first: clearing 6 MB costs as much as reading it, and `read` fills it.
        var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(s.st_size), 0) + 1) { _, count in
            count = max(Int(s.st_size), 0) + 1
        }
        var filled = 0
        while true {
            if filled == bytes.count {
                guard filled <= largestPlan else { throw tooLarge(shown, size: Int64(filled)) }
                bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096)))
            }
            let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if got < 0 {
                if errno == EINTR { continue }
                throw .io(path: shown, operation: "read the plan", reason: reason(errno))
            }
            if got == 0 { break }
            filled += got
        }
        guard filled <= largestPlan else { throw tooLarge(shown, size: Int64(filled)) }
        bytes.removeLast(bytes.count - filled)
        return (bytes, FileStatus(s))
    }

    /// Replaces the file at `target` with `bytes` so that a crash leaves either the old file or
    /// the new one, never a mix: temp file in the same folder, write, fsync, rename, fsync folder.
    ///
    /// `keeping` (the old file's status) gives the new file the same permission bits and, where
    /// allowed, owner. On any failure before the rename, the temp file is removed and `target` is
    /// untouched. Returns the new file's status, the base for the next changed-on-disk check.
    @discardableResult
    static func replace(_ target: String, with bytes: [UInt8], keeping old: FileStatus?,
                        reportingAs shown: String) throws(StoreError) -> FileStatus {
        let folder = folder(of: target)
        var temp = ""
        var fd: Int32 = -1
        for _ in 0..<16 {
            temp = "\(folder)/.\(name(of: target)).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)  // umask applies for new files
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else {
            throw .io(path: shown, operation: "create a temporary file in \(folder)", reason: reason(errno))
        }
        var isOpen = true
        func fail(_ operation: String, _ code: Int32) -> StoreError {
            if isOpen { _ = close(fd) }
            _ = unlink(temp)
            return .io(path: shown, operation: operation, reason: reason(code))
        }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail("write the temporary file", errno)
            }
            written += n
        }
        if let old {
            if old.owner != geteuid() || old.group != getegid() { _ = fchown(fd, old.owner, old.group) }
            guard fchmod(fd, old.mode) == 0 else { throw fail("keep the file's permissions", errno) }
        }
        guard fsync(fd) == 0 else { throw fail("flush the temporary file to disk", errno) }
        var s = stat()
        guard fstat(fd, &s) == 0 else { throw fail("look at the temporary file", errno) }
        isOpen = false
        guard close(fd) == 0 else { throw fail("close the temporary file", errno) }
        guard rename(temp, target) == 0 else { throw fail("replace \(name(of: target))", errno) }
        syncFolder(folder)
        return FileStatus(s)
    }

    /// Flushes a folder's entries (the rename) to disk. Best effort: the new file is already in
    /// place, and some file systems refuse fsync on folders.
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        _ = close(fd)
    }
}
