/// Imports a plan from a Word document or Excel workbook through the same importer as CSV:
/// the file is read into a table of rows and cells, and `PlanImporter` does the rest, so a
/// table gives the same plan whichever of the three files it came in.
public enum OfficeImporter {
    /// True for bytes that are an office file or an old binary one: a ZIP archive or an OLE2
    /// compound file. CSV text never starts like either.
    public static func recognises(_ bytes: [UInt8]) -> Bool {
        ZipArchive.looksLikeZip(bytes) || OfficeFile.isOLE2(bytes)
    }

    /// The kind a file name promises (`.docx`, `.xlsx` and their macro and template forms, and
    /// the old `.doc` and `.xls`), or nil.
    public static func kind(ofName name: String) -> OfficeKind? {
        let lower = name.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "docx", "docm", "dotx", "dotm", "doc": return .word
        case "xlsx", "xlsm", "xltx", "xltm", "xls": return .excel
        default: return nil
        }
    }

    /// Reads the file's plan table. `expected` is what the file name promised, for the message
    /// when the bytes are not an office file at all.
    public static func read(_ bytes: [UInt8], expected: OfficeKind?, options: OfficeOptions = OfficeOptions(),
                            limits: ZipLimits = .standard) throws(OfficeError) -> OfficeTable {
        if OfficeFile.isOLE2(bytes) { throw OfficeFile.refusal(forOLE2: bytes) }
        guard ZipArchive.looksLikeZip(bytes) else { throw .notAZip(expected: expected ?? .word) }
        var package = try OfficePackage(bytes: bytes, limits: limits)
        let (kind, path) = try package.mainPart()
        switch kind {
        case .word: return try WordPlanDocument.read(&package, documentPath: path, options: options)
        case .excel: return try ExcelPlanSheet.read(&package, workbookPath: path, options: options)
        }
    }

    /// Imports a table read by `read`: the importer's report, with its first line naming the
    /// source, the reader's notes after it, and rows named as the file has them.
    ///
    /// A document's own title (`source.title`) goes in as a title row above the header, where the
    /// importer looks for one, unless the table has rows of its own above its header; `--title`
    /// (`options.title`) still wins, as it does over a sheet's title row.
    public static func importPlan(_ source: OfficeTable, options: ImportOptions) throws(ImportError) -> ImportResult {
        var table = source.table
        var locations = source.rowLocations
        let documentTitle = source.title.flatMap { title in
            table.rows.isEmpty || PlanImporter.findHeader(table.rows) != 0 ? nil : title
        }
        if let documentTitle {
            table.rows.insert([documentTitle], at: 0)
            locations = (locations ?? (1...max(source.table.rows.count, 1)).map { "row \($0)" }).map { $0 }
            locations!.insert("the document's title", at: 0)
        }
        var result = try PlanImporter.importPlan(table: table, options: options)
        if documentTitle != nil, result.report.title == .sheet(row: 1) { result.report.title = .document }
        let location = { (row: Int) -> String in
            guard let locations, row >= 1, row <= locations.count else { return "row \(row)" }
            return locations[row - 1]
        }
        result.report.source = source.hasHeaderRow ? "\(source.source), header on \(location(result.report.headerRow))." : "\(source.source)."
        result.report.notes = source.notes
        if locations != nil {
            result.report.warnings = result.report.warnings.map { warning in
                guard let row = warning.row else { return warning }
                return ImportWarning(row: nil, message: "\(location(row)): \(warning.message)")
            }
        }
        return result
    }
}
