/// Picks the sheet to read from a workbook and turns it into the importer's table, with the
/// report's notes on sheets, hidden rows and columns, dates and formulas.
enum ExcelPlanSheet {
    static func read(_ package: inout OfficePackage, workbookPath: String, options: OfficeOptions) throws(OfficeError) -> OfficeTable {
        let workbook = try ExcelWorkbook(package: &package, path: workbookPath)
        let names = workbook.sheets.map(\.name)
        var notes: [String] = []
        let sheet: ExcelWorkbook.Sheet
        if let wanted = options.sheet {
            let key = wanted.trimmingWhitespace().lowercased()
            guard let found = workbook.sheets.first(where: { $0.name.lowercased() == key })
                ?? workbook.sheets.first(where: { $0.name.trimmingWhitespace().lowercased() == key }) else {
                throw .noSuchSheet(wanted, sheets: names)
            }
            sheet = found
        } else {
            guard let first = workbook.sheets.first(where: { !$0.hidden && !$0.isChart }) ?? workbook.sheets.first else {
                throw .missingPart("sheet")
            }
            sheet = first
            let passed = workbook.sheets.prefix { $0 != first }
            for skipped in passed {
                notes.append("Sheet '\(skipped.name)' \(skipped.isChart ? "is a chart" : "is hidden") and was passed over.")
            }
            if workbook.sheets.count > 1 {
                notes.append("The workbook has \(names.count) sheets (\(OfficeError.quoted(names))); read '\(first.name)'. "
                    + "Choose another with --sheet NAME.")
            }
        }
        guard !sheet.isChart else { throw .chartSheet(sheet.name) }
        guard let path = sheet.path, let root = try package.xml(path) else { throw .missingPart("worksheet for sheet '\(sheet.name)'") }
        let read = try ExcelSheet(root, workbook: workbook, skipHidden: options.skipHidden, sheetName: sheet.name)
        guard read.rows.contains(where: { $0.contains { !$0.trimmingWhitespace().isEmpty } }) else {
            throw .emptySheet(sheet.name, sheets: names)
        }

        if !read.hiddenRows.isEmpty || !read.hiddenColumns.isEmpty {
            var parts: [String] = []
            if !read.hiddenRows.isEmpty { parts.append("row\(read.hiddenRows.count == 1 ? "" : "s") \(ranges(read.hiddenRows.map { "\($0)" }, read.hiddenRows))") }
            if !read.hiddenColumns.isEmpty {
                parts.append("column\(read.hiddenColumns.count == 1 ? "" : "s") \(ranges(read.hiddenColumns.map(ExcelCellReference.letters), read.hiddenColumns))")
            }
            let what = parts.joined(separator: " and ")
            notes.append(options.skipHidden
                ? "Left out hidden \(what) (--skip-hidden)."
                : "Hidden in the sheet: \(what). They were read, as Excel's Save As CSV would; add --skip-hidden to leave them out.")
        }
        if read.dateCells > 0, let first = read.firstDate {
            notes.append("\(read.dateCells) cell\(read.dateCells == 1 ? "" : "s") formatted as dates read as the sheet shows them, "
                + "day/month/year (\(first.cell): \(first.text)).")
        }
        if !read.formulasWithoutValue.isEmpty {
            notes.append("Formula cell\(read.formulasWithoutValue.count == 1 ? "" : "s") \(WordPlanTables.list(Array(read.formulasWithoutValue.prefix(8)))) "
                + "\(read.formulasWithoutValue.count > 8 ? "and more " : "")had no saved value and read as blank; open the workbook in Excel, "
                + "let it calculate, save it, and import again.")
        }
        var table = OfficeTable(kind: .excel, table: CSVTable(rows: read.rows), source: "Read sheet '\(sheet.name)' of an Excel workbook", notes: notes)
        table.numbers = read.numbers
        return table
    }

    /// `7, 12–13 and 20` from sorted numbers, shown with `labels`.
    static func ranges(_ labels: [String], _ numbers: [Int]) -> String {
        var pieces: [String] = []
        var i = 0
        while i < numbers.count {
            var j = i
            while j + 1 < numbers.count, numbers[j + 1] == numbers[j] + 1 { j += 1 }
            pieces.append(j > i ? "\(labels[i])–\(labels[j])" : labels[i])
            i = j + 1
        }
        return WordPlanTables.list(pieces)
    }
}
