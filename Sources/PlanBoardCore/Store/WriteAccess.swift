#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the plan at a path can be written, asked before opening it so that a plan that can
/// only be read opens read-only with the reason shown, rather than being refused or edited in vain.
enum WriteAccess {
    /// Why the existing file at `target` (shown as `shown`) cannot be written, or nil when it can.
    ///
    /// Opening the file for writing (without truncating it) is the test that also holds for root,
    /// who may write any file by its mode but not an immutable one or one on a read-only disk.
    static func problem(with target: String, shown: String) -> String? {
        let fd = open(target, O_WRONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            let code = errno
            guard code != ENOENT else { return nil }
            return "\(shown) cannot be written (\(DiskFile.reason(code)))"
        }
        close(fd)
        let folder = DiskFile.folder(of: target)
        if access(folder, W_OK) != 0 {
            return "its folder \(folder) cannot be written (\(DiskFile.reason(errno)))"
        }
        return nil
    }
}
