#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a plan's path must be before planboard reads or writes through it: a regular file (or a
/// symbolic link to one, or nothing yet, to be created), of a size a plan can have.
extension DiskFile {
    /// The largest plan file read, 256 MiB: a 10,000-action plan is about 7 MB, so anything near
    /// this is not a plan (a device or a runaway file would otherwise be read until memory ran out).
    static let largestPlan = 256 << 20

    /// The real file behind the plan's `path` (through any symlinks), or `path` itself when there
    /// is no file yet. Refuses, before anything is locked or created beside it, a path to anything
    /// but a regular file, and a symbolic link that leads nowhere (a save would replace the link
    /// with a regular file).
    static func planTarget(for path: String, reportingAs shown: String) throws(StoreError) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            let target = String(cString: real)
            var s = stat()
            if stat(target, &s) == 0, let kind = notRegular(s.st_mode) { throw .notAPlanFile(path: shown, reason: kind) }
            return target
        }
        let code = errno
        guard isSymlink(path) else {
            if code == ENOENT { return path }
            throw .io(path: shown, operation: "find the plan", reason: reason(code))
        }
        guard code == ENOENT else {
            throw .notAPlanFile(path: shown, reason: "is a symbolic link that cannot be followed (\(reason(code))): "
                                + "fix the link, or give the path of the plan file itself")
        }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &buffer, buffer.count - 1)
        let destination = length > 0 ? String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
        throw .notAPlanFile(path: shown, reason: "is a symbolic link to \(destination), which does not exist: restore that "
                            + "file or fix the link (planboard will not replace the link with a new plan)")
    }

    /// What a file of mode `mode` is, as the end of "plan.json …", when it is not a regular file.
    static func notRegular(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "is a folder, not a plan file: give the path of the plan's .json file"
        case S_IFIFO: "is a named pipe (FIFO), not a plan file: planboard reads plans only from regular files"
        case S_IFCHR, S_IFBLK: "is a device, not a plan file: planboard reads plans only from regular files"
        case S_IFSOCK: "is a socket, not a plan file: planboard reads plans only from regular files"
        default: "is not a regular file: planboard reads plans only from regular files"
        }
    }

    static func tooLarge(_ shown: String, size: Int64) -> StoreError {
        .notAPlanFile(path: shown, reason: "is \(size >> 20) MB, more than a plan file can be (\(largestPlan >> 20) MB; "
                      + "10,000 actions take about 7 MB): check that it is the plan")
    }
}
