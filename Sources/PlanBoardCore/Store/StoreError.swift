/// Why a plan could not be read or written, in words that tell the user what to do.
///
/// Every case names the file as the user gave it; cases about the file's contents also give the
/// 1-based line and column (columns count characters, not bytes) so an editor can jump there.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file changed on disk since it was loaded; saving would overwrite someone else's work.
    case changedOnDisk(path: String)
    /// Another planboard (this process or another) holds the plan's lock; `holder` says who
    /// (`pid 4242, user sam on host ward7, since 14:02`).
    case locked(path: String, holder: String)
    /// A system call failed: `operation` says what was being done (`write the temporary file`),
    /// `reason` is the system's explanation (`No space left on device`).
    case io(path: String, operation: String, reason: String)
    /// The path does not lead to a plan file planboard can read: a folder, a named pipe, a device,
    /// a file far too large, or a symbolic link to nothing. `reason` says which and what to do
    /// (`is a named pipe (FIFO), not a plan file: …`).
    case notAPlanFile(path: String, reason: String)
    /// The file has no content, or only spaces and line breaks. `backup` is a backup to restore
    /// from (`plan.json.bak`), set only when one exists.
    case empty(path: String, backup: String? = nil)
    /// The file holds a byte sequence that is not UTF-8 text, first at this line and column.
    case notUTF8(path: String, line: Int, column: Int)
    /// The file is not well-formed JSON (or is cut short); `detail` says what was expected there.
    /// `backup` is a backup to restore from, set only when one exists.
    case malformed(path: String, line: Int, column: Int, detail: String, backup: String? = nil)
    /// The JSON is well-formed but a value is wrong: a RAG of `"purple"`, a missing `title`.
    /// `field` is the value's place in the plan (`outcomes[1].actions[3].rag`, indices from 0).
    case invalidValue(path: String, line: Int, column: Int, field: String, detail: String)
    /// The file has no `schemaVersion`, so it is not (yet) a planboard plan file.
    case missingSchemaVersion(path: String)
    /// The file was written by a newer planboard whose format this one does not know.
    case newerSchema(path: String, found: Int, supported: Int)

    public var description: String {
        switch self {
        case .changedOnDisk(let path):
            "\(path) was changed by someone else since it was opened; not saved. Reload to see their version."
        case .locked(let path, let holder):
            "\(path) is open in another planboard (\(holder)). Close that one first, "
                + "or look at it meanwhile with planboard --read-only \(path)."
        case .io(let path, let operation, let reason):
            "\(path): could not \(operation): \(reason). Check that the folder exists, that you may write to it "
                + "and that the disk is not full; the plan file was left as it was."
        case .notAPlanFile(let path, let reason):
            "\(path) \(reason)."
        case .empty(let path, let backup):
            "\(path) is empty. Restore it from \(backup.map { "\($0) or " } ?? "")version control or another copy, "
                + "or delete it to start a new plan."
        case .notUTF8(let path, let line, let column):
            "\(path) line \(line), column \(column): this is not UTF-8 text. "
                + "Open the file in a text editor and save it again as UTF-8."
        case .malformed(let path, let line, let column, let detail, let backup):
            "\(path) line \(line), column \(column): not valid JSON: \(Self.clause(detail)). "
                + "Fix it in a text editor\(backup.map { ", or restore \($0)" } ?? "")."
        case .invalidValue(let path, let line, let column, let field, let detail):
            "\(path) line \(line), column \(column): \(field.isEmpty ? "" : field + ": ")\(Self.clause(detail)). "
                + "Fix that value in a text editor."
        case .missingSchemaVersion(let path):
            "\(path) has no \"schemaVersion\", so it is not a planboard plan. If it is one written by hand, "
                + "add \"schemaVersion\": \(PlanFile.schemaVersion) to its top-level object."
        case .newerSchema(let path, let found, let supported):
            "\(path) was written by a newer planboard (schema \(found)); this version reads schema \(supported)"
                + " — upgrade planboard."
        }
    }

    /// The same error advising to restore `backup` (`plan.json.bak`) where restoring helps: for an
    /// empty or malformed file. Give it only a backup that exists.
    public func advisingRestore(from backup: String) -> StoreError {
        switch self {
        case .empty(let path, _): .empty(path: path, backup: backup)
        case .malformed(let path, let line, let column, let detail, _):
            .malformed(path: path, line: line, column: column, detail: detail, backup: backup)
        default: self
        }
    }

    /// `detail` without a full stop at its end, as the message adds its own.
    private static func clause(_ detail: String) -> String {
        var text = Substring(detail)
        while text.last == "." { text = text.dropLast() }
        return String(text)
    }
}
