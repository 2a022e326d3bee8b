/// Keeps a spreadsheet from running plan text as a formula (CSV injection), the way OWASP
/// recommends: a cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return (or
/// their full-width forms) gets a leading apostrophe, and `restored` takes exactly that one off.
///
/// Apostrophes already at the start are counted through, so the pair is exact: text that really
/// starts `'=` is written `''=` and read back as `'=`; any other leading apostrophe is left alone.
public enum FormulaGuard {
    /// The characters a spreadsheet reads as the start of a formula.
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// The cell to write for `text`: `'=SUM(A1)` for `=SUM(A1)`, `text` itself when it is safe.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.drop(while: { $0 == "'" }).first, triggers.contains(first) else { return text }
        return "'" + text
    }

    /// The text a cell written by `neutralised` stands for: one leading apostrophe taken off when
    /// apostrophes and then a trigger start the cell; any other cell as it is.
    public static func restored(_ cell: String) -> String {
        guard cell.unicodeScalars.first == "'",
              let first = cell.unicodeScalars.drop(while: { $0 == "'" }).first, triggers.contains(first) else { return cell }
        return String(cell.unicodeScalars.dropFirst())
    }
}
