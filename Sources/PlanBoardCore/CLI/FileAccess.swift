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
