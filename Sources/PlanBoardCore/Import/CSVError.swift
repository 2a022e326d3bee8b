/// Why a spreadsheet file could not be read as a table, with the row and column to look at.
///
/// Rows and columns count from 1 the way a spreadsheet shows them; `line` is the line of the
/// file, which differs from the row when a cell holds line breaks.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file has no bytes, or only a byte-order mark and blank lines.
    case empty
    /// The file holds NUL or control bytes no spreadsheet writes: probably not a CSV file at all.
    case binary(byteOffset: Int)
    /// The bytes are neither UTF-8 nor a legacy encoding that can be converted without guessing.
    case notUTF8(byteOffset: Int)
    /// A quoted cell is opened and never closed.
    case unterminatedQuote(row: Int, column: Int, line: Int)
    /// Something other than a separator follows a closing quote (`"abc"def`).
    case textAfterClosingQuote(row: Int, column: Int, line: Int)

    public var description: String {
        switch self {
        case .empty:
            "the file is empty. Export the sheet again from the spreadsheet as CSV."
        case .binary(let offset):
            "this is not a text file (a control byte at byte \(offset + 1)). "
                + "Open it in the spreadsheet and use File > Save As > 'CSV UTF-8 (Comma delimited)'."
        case .notUTF8(let offset):
            "the text is not UTF-8 (byte \(offset + 1) cannot be read) and is not a Windows-1252 file either. "
                + "Re-save it from the spreadsheet with File > Save As > 'CSV UTF-8 (Comma delimited)'."
        case .unterminatedQuote(let row, let column, let line):
            "row \(row), column \(column) (line \(line) of the file): a quoted cell is never closed. "
                + "Add the missing \" or export the sheet again."
        case .textAfterClosingQuote(let row, let column, let line):
            "row \(row), column \(column) (line \(line) of the file): text follows the closing quote of a cell. "
                + "Write a quote inside a quoted cell as \"\" or export the sheet again."
        }
    }

    /// The spreadsheet row the problem is on, when there is one.
    public var row: Int? {
        switch self {
        case .unterminatedQuote(let row, _, _), .textAfterClosingQuote(let row, _, _): row
        default: nil
        }
    }

    /// The spreadsheet column the problem is in, when there is one.
    public var column: Int? {
        switch self {
        case .unterminatedQuote(_, let column, _), .textAfterClosingQuote(_, let column, _): column
        default: nil
        }
    }
}
