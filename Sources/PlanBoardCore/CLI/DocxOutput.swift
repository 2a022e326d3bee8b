/// Where a .docx export goes: to `-o FILE`, or beside the plan when no file is named, since a
/// Word document is no use on a terminal.
enum DocxOutput {
    /// Writes `bytes` to `target`, or to `plan` with its extension replaced by `suffix`
    /// (`plan.json` → `plan-report.docx`: never `plan.docx`, which is often the Word document the
    /// plan was imported from), and says where on `notice` (standard error): `Wrote FILE.`, or
    /// `Replaced FILE.` when it was there.
    ///
    /// A file of the default name that is already there may hold an officer's edits, so it is
    /// replaced only with `force`; a file named by `-o` was asked for and is replaced, saying so.
    static func write(_ bytes: [UInt8], target: String?, plan: String, suffix: String, force: Bool,
                      notice: (String) -> Void) throws(CommandError) {
        let path = target ?? defaultPath(plan: plan, suffix: suffix)
        let existed = FileAccess.exists(path)
        if existed && target == nil && !force {
            throw .file(path: path, message: "already exists; not replaced, nothing was written. "
                + "Use --force to replace it, or -o FILE to write elsewhere")
        }
        try WrittenFile.write(bytes, to: path, notice: notice)
    }

    /// `plan.json` with `suffix` in place of `.json`: `plan-report.docx`.
    static func defaultPath(plan: String, suffix: String) -> String {
        String(ImportCommand.defaultTarget(for: plan).dropLast(".json".count)) + suffix
    }
}
