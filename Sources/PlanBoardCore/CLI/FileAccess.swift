import Foundation

/// Reading and writing the files subcommands work on; writes are atomic.
enum FileAccess {
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    static func read(_ path: String) throws(CommandError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let message = !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) ? "no such file"
                : isFolder.boolValue ? "is a folder, not a file" : "cannot be read (check its permissions)"
            throw .file(path: path, message: message)
        }
        return Array(data)
    }

    /// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it over
    /// `path`, so readers see the old file or the new one, never half of one. The temporary file
    /// is removed if anything fails.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(CommandError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        func fail(_ operation: String) -> CommandError {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return .file(path: path, message: "could not \(operation): \(reason); nothing was written")
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .file(path: path, message: "could not create a file in \(folder.isEmpty ? "." : folder): "
                + "\(String(cString: strerror(errno))); nothing was written")
        }
        var written = 0
        let ok: Bool = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 { if errno == EINTR { continue }; return false }
                written += n
            }
            return true
        }
        guard ok else { close(fd); throw fail("write") }
        guard fsync(fd) == 0 else { close(fd); throw fail("flush to disk") }
        guard close(fd) == 0 else { throw fail("close") }
        guard rename(temporary, path) == 0 else { throw fail("replace the file") }
        let folderFD = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }
}
