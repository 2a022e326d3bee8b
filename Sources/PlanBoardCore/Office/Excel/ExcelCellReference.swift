/// A cell address in A1 style (`B12`), rows and columns counted from 1 as Excel shows them.
struct ExcelCellReference: Equatable, Hashable, Sendable {
    var row: Int
    var column: Int

    /// Excel's own limits; anything beyond is not a cell.
    static let maxRow = 1_048_576
    static let maxColumn = 16_384

    /// Reads `B12` or `$B$12`; nil for anything else.
    init?(_ text: String) {
        var column = 0, row = 0
        var sawLetter = false, sawDigit = false
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit else { return nil }
                column = column * 26 + Int((c | 0x20) - UInt8(ascii: "a")) + 1
                sawLetter = true
                if column > Self.maxColumn { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                row = row * 10 + Int(c - UInt8(ascii: "0"))
                sawDigit = true
                if row > Self.maxRow { return nil }
            default: return nil
            }
        }
        guard sawLetter, sawDigit, row >= 1 else { return nil }
        self.row = row
        self.column = column
    }

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// `A`, `AB`.
    static func letters(_ column: Int) -> String { ColumnLetters.of(column) }

    /// The first and last cells of `A1:C3` (a single cell is its own range).
    static func range(_ text: String) -> (first: ExcelCellReference, last: ExcelCellReference)? {
        let parts = text.split(separator: ":")
        guard let first = parts.first.flatMap({ ExcelCellReference(String($0)) }) else { return nil }
        guard parts.count == 2 else { return parts.count == 1 ? (first, first) : nil }
        guard let last = ExcelCellReference(String(parts[1])) else { return nil }
        return (ExcelCellReference(row: min(first.row, last.row), column: min(first.column, last.column)),
                ExcelCellReference(row: max(first.row, last.row), column: max(first.column, last.column)))
    }
}
