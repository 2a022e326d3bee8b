import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and writing the files subcommands work on; writes are atomic.
enum FileAccess {
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The largest file a subcommand reads (a plan, a CSV, a Word or Excel file): plans are
    /// kilobytes, so anything near this is the wrong file, and reading it whole would be slow.
    static let largestSource = 256 << 20

    /// The whole file at `path`. Refuses, before reading, anything but a regular file (a folder,
    /// a device such as /dev/zero, a named pipe) and a file larger than `limit` bytes.
    static func read(_ path: String, limit: Int = largestSource) throws(CommandError) -> [UInt8] {
        var s = stat()
        if stat(path, &s) == 0 {
            let kind = s.st_mode & S_IFMT
            if kind == S_IFDIR { throw .file(path: path, message: "is a folder, not a file") }
            guard kind == S_IFREG else {
                throw .file(path: path, message: "is not a regular file (a device, named pipe or socket); give the path of a saved file")
            }
            guard Int64(s.st_size) <= Int64(limit) else { throw tooLarge(path, limit: limit) }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let message = !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) ? "no such file"
                : isFolder.boolValue ? "is a folder, not a file" : "cannot be read (check its permissions)"
            throw .file(path: path, message: message)
        }
        guard data.count <= limit else { throw tooLarge(path, limit: limit) }
        return Array(data)
    }

    private static func tooLarge(_ path: String, limit: Int) -> CommandError {
        .file(path: path, message: "is larger than the \(ZipError.megabytes(UInt64(limit))) planboard reads; "
            + "plans are far smaller, so check that this is the right file")
    }

    /// Writes `bytes` in place of `path` the way the plan store does (temporary file beside it,
    /// fsync, rename, fsync the folder; an existing file's permissions kept), so readers see the
    /// old file or the new one, never half of one. Nothing is left behind if a step fails.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(CommandError) {
        do {
            let existing = try DiskFile.status(of: path, reportingAs: path)
            try DiskFile.replace(path, with: bytes, keeping: existing, reportingAs: path)
        } catch .io(_, let operation, let reason) {
            throw .file(path: path, message: "could not \(operation): \(reason); nothing was written. "
                + "Check that the folder exists and that you may write to it.")
        } catch {
            throw .file(path: path, message: "\(error); nothing was written")
        }
    }
}
