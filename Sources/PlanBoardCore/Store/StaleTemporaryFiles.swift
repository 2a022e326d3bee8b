#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files that saves of a plan left behind when they were killed before their rename
/// (`.plan.json.4242-1234567.tmp`, and the same for the plan's `.bak` and `.theirs`): a large plan
/// leaves megabytes each time. Removed when the plan is opened, once its lock is held, and only
/// those whose writer (the pid in the name) is no longer running. A name with this process's own
/// pid is from an earlier process given the same pid (common in containers): under the lock and
/// before the first save, this process has written none.
enum StaleTemporaryFiles {
    /// The names of the files `replace` writes for the plan at `target`, in the same folder.
    static func isTemporaryFile(_ name: String, of target: String) -> Bool {
        let plan = DiskFile.name(of: target)
        for written in [plan, plan + ".bak", plan + ".theirs"] {
            let prefix = "." + written + "."
            guard name.hasPrefix(prefix), name.hasSuffix(".tmp") else { continue }
            let middle = name.dropFirst(prefix.count).dropLast(4)
            let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 2, Int32(parts[0]) != nil, UInt32(parts[1]) != nil { return true }
        }
        return false
    }

    /// The writer's pid in a temporary file's name.
    static func writer(of name: String) -> Int32? {
        guard let dash = name.lastIndex(of: "-") else { return nil }
        let beforeDash = name[..<dash]
        guard let dot = beforeDash.lastIndex(of: ".") else { return nil }
        return Int32(beforeDash[beforeDash.index(after: dot)...])
    }

    /// Whether process `pid` is running (or may be: one we may not signal counts as running).
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    /// Removes the plan's temporary files whose writers are gone; returns their names. Call it only
    /// holding the plan's lock, before saving. Best effort: a folder that cannot be listed, or a
    /// file that cannot be removed, is left alone.
    @discardableResult
    static func remove(besides target: String) -> [String] {
        let folder = DiskFile.folder(of: target)
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var removed: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard isTemporaryFile(name, of: target), let pid = writer(of: name), pid == getpid() || !isRunning(pid) else {
                continue
            }
            let path = folder + "/" + name
            var s = stat()
            guard lstat(path, &s) == 0, s.st_mode & S_IFMT == S_IFREG, unlink(path) == 0 else { continue }
            removed.append(name)
        }
        return removed
    }
}
