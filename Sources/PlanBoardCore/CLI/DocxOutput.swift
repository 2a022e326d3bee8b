/// Where a .docx export goes: to `-o FILE`, or beside the plan when no file is named, since a
/// Word document is no use on a terminal.
enum DocxOutput {
    /// Writes `bytes` to `target`, or to `plan` with its extension replaced by `suffix`
    /// (`plan.json` → `plan-report.docx`: never `plan.docx`, which is often the Word document the
    /// plan was imported from), and says where.
    static func write(_ bytes: [UInt8], target: String?, plan: String, suffix: String,
                      output: (String) -> Void) throws(CommandError) {
        let path = target ?? (String(ImportCommand.defaultTarget(for: plan).dropLast(".json".count)) + suffix)
        try FileAccess.writeAtomically(bytes, to: path)
        output("Wrote \(path).\n")
    }
}
