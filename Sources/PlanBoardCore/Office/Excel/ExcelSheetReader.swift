/// One worksheet read as the text its cells show, laid out from cell A1 so row numbers and
/// column letters in the import report are the sheet's own.
///
/// Shared, inline and rich-text strings give their text; formulas give their last calculated
/// value (what Excel saved with them); numbers are shown through their format (dates as
/// day/month/year). A merged range's value applies to every row of the range, in its first
/// column, as blank cells under a merged outcome do in a CSV. Hidden rows and columns are
/// read and listed, or left blank with `skipHidden`.
struct ExcelSheet: Equatable {
    var rows: [[String]]
    /// The full numbers behind number cells whose format rounds them (`0%`, `#,##0`).
    var numbers: CellNumbers
    /// Hidden rows and columns (from 1) within the cells used.
    var hiddenRows: [Int]
    var hiddenColumns: [Int]
    /// Cells holding a formula with no saved value (`F5`).
    var formulasWithoutValue: [String]
    /// Cells holding a date, and the first of them with the text it became, for the report.
    var dateCells: Int
    var firstDate: (cell: String, text: String)?

    static func == (a: ExcelSheet, b: ExcelSheet) -> Bool {
        a.rows == b.rows && a.numbers == b.numbers && a.hiddenRows == b.hiddenRows && a.hiddenColumns == b.hiddenColumns
            && a.formulasWithoutValue == b.formulasWithoutValue && a.dateCells == b.dateCells
    }

    /// Throws `tooWide` or `tooManyCells` naming sheet `sheetName` before laying out a row too wide.
    init(_ root: XMLElement, workbook: ExcelWorkbook, skipHidden: Bool, sheetName: String) throws(OfficeError) {
        var cells: [Int: [Int: String]] = [:]
        var exact: [Int: [Int: Double]] = [:]
        var hiddenRowSet = Set<Int>()
        var formulas: [String] = []
        var dates = 0
        var firstDate: (cell: String, text: String)?
        var rowNumber = 0
        for row in root.child("sheetData")?.children("row") ?? [] {
            rowNumber = row.attribute("r").flatMap { Int($0) }.map { min(max($0, 1), ExcelCellReference.maxRow) } ?? rowNumber + 1
            if ["1", "true"].contains(row.attribute("hidden") ?? "") { hiddenRowSet.insert(rowNumber) }
            var column = 0
            for cell in row.children("c") {
                if let reference = cell.attribute("r").flatMap(ExcelCellReference.init) {
                    column = reference.column
                } else {
                    column += 1
                }
                guard column <= ExcelCellReference.maxColumn else { continue }
                let (text, isDate, missingValue) = Self.value(of: cell, workbook: workbook)
                if let number = Self.exactNumber(of: cell, workbook: workbook) { exact[rowNumber, default: [:]][column] = number }
                let name = ExcelCellReference.letters(column) + "\(rowNumber)"
                if missingValue { formulas.append(name) }
                if isDate {
                    dates += 1
                    if firstDate == nil { firstDate = (name, text) }
                }
                guard !text.isEmpty else { continue }
                guard column <= OfficeLayoutLimits.columns else {
                    throw .tooWide(place: "sheet '\(sheetName)'", row: rowNumber, column: ExcelCellReference.letters(column),
                                   limit: OfficeLayoutLimits.columns)
                }
                cells[rowNumber, default: [:]][column] = text
            }
        }

        // Merged ranges: the top-left value down every row of the range, in its first column.
        let lastUsedRow = cells.keys.max() ?? 0
        for merge in root.child("mergeCells")?.children("mergeCell") ?? [] {
            guard let (first, last) = merge.attribute("ref").flatMap(ExcelCellReference.range),
                  let value = cells[first.row]?[first.column], last.row > first.row else { continue }
            for r in stride(from: first.row + 1, through: min(last.row, lastUsedRow), by: 1) where cells[r]?[first.column] == nil {
                cells[r, default: [:]][first.column] = value
                if let number = exact[first.row]?[first.column] { exact[r, default: [:]][first.column] = number }
            }
        }

        let height = cells.keys.max() ?? 0
        let width = cells.values.compactMap { $0.keys.max() }.max() ?? 0
        // Hidden column ranges, merged first so marking them costs no more than the sheet is wide.
        var ranges: [(Int, Int)] = []
        for col in root.child("cols")?.children("col") ?? [] where ["1", "true"].contains(col.attribute("hidden") ?? "") {
            guard let lo = col.attribute("min").flatMap({ Int($0) }), let hi = col.attribute("max").flatMap({ Int($0) }),
                  lo <= width, hi >= lo else { continue }
            ranges.append((max(lo, 1), min(hi, width)))
        }
        var hiddenColumnSet = Set<Int>()
        var next = 1
        for (lo, hi) in ranges.sorted(by: { $0.0 < $1.0 }) where hi >= next {
            for c in max(lo, next)...hi { hiddenColumnSet.insert(c) }
            next = hi + 1
        }
        hiddenRows = hiddenRowSet.filter { $0 <= height && cells[$0] != nil }.sorted()
        hiddenColumns = hiddenColumnSet.filter { c in cells.values.contains { $0[c] != nil } }.sorted()

        var laidOut = 0
        for r in cells.keys.sorted() {
            laidOut += cells[r]?.keys.max() ?? 0
            if laidOut > OfficeLayoutLimits.cells {
                throw .tooManyCells(place: "sheet '\(sheetName)'", row: r, limit: OfficeLayoutLimits.cells)
            }
        }
        var grid: [[String]] = []
        grid.reserveCapacity(height)
        for r in stride(from: 1, through: height, by: 1) {
            guard let row = cells[r], let rowWidth = row.keys.max() else { grid.append([]); continue }
            if skipHidden && hiddenRowSet.contains(r) { grid.append([]); continue }
            var values = Array(repeating: "", count: rowWidth)
            for (c, text) in row where !(skipHidden && hiddenColumnSet.contains(c)) { values[c - 1] = text }
            grid.append(values)
        }
        rows = grid
        var numbers = CellNumbers()
        for (r, row) in exact where r <= height && !(skipHidden && hiddenRowSet.contains(r)) {
            for (c, number) in row where cells[r]?[c] != nil && !(skipHidden && hiddenColumnSet.contains(c)) {
                numbers[r - 1, c - 1] = number
            }
        }
        self.numbers = numbers
        formulasWithoutValue = formulas
        dateCells = dates
        self.firstDate = firstDate
    }

    /// The full number of a number cell whose format rounds it, in the units its text shows; nil
    /// for text, dates and numbers shown whole.
    static func exactNumber(of cell: XMLElement, workbook: ExcelWorkbook) -> Double? {
        guard (cell.attribute("t") ?? "n") == "n", let stored = cell.child("v")?.text,
              let number = Double(stored.trimmingWhitespace()) else { return nil }
        return workbook.format(style: cell.attribute("s").flatMap { Int($0) }).exactNumber(number)
    }

    /// A cell's text, whether a number format made it a date, and whether it is a formula that
    /// was saved without its value.
    static func value(of cell: XMLElement, workbook: ExcelWorkbook) -> (String, Bool, Bool) {
        let type = cell.attribute("t") ?? "n"
        let stored = cell.child("v")?.text
        let formula = cell.child("f") != nil
        switch type {
        case "s":
            guard let index = stored.flatMap({ Int($0.trimmingWhitespace()) }), index >= 0, index < workbook.sharedStrings.count else {
                return ("", false, false)
            }
            return (workbook.sharedStrings[index], false, false)
        case "inlineStr":
            return (cell.child("is").map(ExcelWorkbook.stringItem) ?? "", false, false)
        case "str", "e":
            return (ExcelWorkbook.decodeEscapes(stored ?? ""), false, formula && stored == nil)
        case "b":
            guard let stored else { return ("", false, formula) }
            return (stored.trimmingWhitespace() == "1" ? "TRUE" : "FALSE", false, false)
        case "d":
            // An ISO 8601 date written as text (strict files); shown as day/month/year.
            guard let stored, let day = Day(isoText: String(stored.prefix(10))) else { return (stored ?? "", false, false) }
            return (ExcelNumberFormat.ukDate(day), true, false)
        default:
            guard let stored, let number = Double(stored.trimmingWhitespace()) else { return ("", false, formula && stored == nil) }
            let format = workbook.format(style: cell.attribute("s").flatMap { Int($0) })
            let isDate = if case .date = format { true } else { false }
            return (format.text(number, date1904: workbook.date1904), isDate, false)
        }
    }
}
