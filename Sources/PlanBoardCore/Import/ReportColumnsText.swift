/// The end of every import report: which column became what, then the warnings. One layout for
/// plan imports and framework sheets, so the two reports read alike.
enum ReportColumnsText {
    /// `Columns:` with one line per column (`  B  Action   → action (the text)`), then `No
    /// warnings.` or the warnings, one a line. `role` says what a column became.
    static func lines<Column>(_ columns: [Column], header: (Column) -> String, letter: (Column) -> String,
                              role: (Column) -> String, warnings: [String]) -> [String] {
        var lines = ["Columns:"]
        let width = min(30, columns.map { header($0).count }.max() ?? 0)
        for column in columns {
            let name = header(column).isEmpty ? "(no header)" : header(column)
            let shown = name.count > width ? String(name.prefix(width - 1)) + "…" : name
            let padded = shown + String(repeating: " ", count: max(0, width - shown.count))
            let letters = letter(column)
            lines.append("  \(letters.count == 1 ? letters + " " : letters) \(padded)  → \(role(column))")
        }
        if warnings.isEmpty {
            lines.append("No warnings.")
        } else {
            lines.append("Warnings (\(warnings.count)):")
            lines += warnings.map { "  \($0)" }
        }
        return lines
    }
}
