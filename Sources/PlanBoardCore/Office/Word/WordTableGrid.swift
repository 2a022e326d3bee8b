/// A Word table laid out on its grid, merges resolved the way the CSV importer reads merged
/// spreadsheet cells.
///
/// A vertically merged cell (`vMerge` restart, then continue) gives its value to every row it
/// spans, as the blank cells under a merged outcome do in a CSV. A cell spanning several grid
/// columns (`gridSpan`) keeps its value in its first column and leaves the others blank, as
/// Excel's Save As CSV writes a merged range, so a title or section row spanning the table
/// is still one cell. Rows are as long as their own cells reach (the importer reads ragged
/// rows as CSV rows can be), so a table's declared grid cannot make every row wide.
struct WordTableGrid: Equatable, Sendable {
    var rows: [[String]]
    /// For each row: marked as a header row that repeats on every page.
    var repeatedHeader: [Bool]

    /// Throws `tooWide` or `tooManyCells` naming table `number` before laying out a row too wide.
    init(_ table: WordTable, number: Int) throws(OfficeError) {
        var rows: [[String]] = []
        var laidOut = 0
        for (index, row) in table.rows.enumerated() {
            let width = row.skippedBefore + row.cells.dropLast().reduce(0) { $0 + $1.span } + (row.cells.isEmpty ? 0 : 1)
            guard width <= OfficeLayoutLimits.columns else {
                throw .tooWide(place: "Word table \(number)", row: index + 1, column: "\(width)", limit: OfficeLayoutLimits.columns)
            }
            laidOut += width
            guard laidOut <= OfficeLayoutLimits.cells else {
                throw .tooManyCells(place: "Word table \(number)", row: index + 1, limit: OfficeLayoutLimits.cells)
            }
            var cells = Array(repeating: "", count: width)
            var column = row.skippedBefore
            for cell in row.cells {
                switch cell.verticalMerge {
                case .continue:
                    // The value of the merged cell above, at the same grid column.
                    if let above = rows.last, column < above.count { cells[column] = above[column] }
                case .none, .restart:
                    cells[column] = cell.text
                }
                column += cell.span
            }
            rows.append(cells)
        }
        self.rows = rows
        repeatedHeader = table.rows.map(\.isRepeatedHeader)
    }
}
