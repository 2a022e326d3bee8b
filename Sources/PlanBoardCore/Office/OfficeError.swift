/// Why a Word or Excel file could not become a plan, each saying what to do about it.
///
/// Nothing is written when one is thrown. Part names (`word/document.xml`) locate problems
/// inside the file for whoever repairs it; the advice is for the officer who has the file.
public enum OfficeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Named .docx/.xlsx but not a ZIP archive, as every Word and Excel file since 2007 is.
    case notAZip(expected: OfficeKind)
    /// A Word 97–2003 binary document (.doc).
    case oldWordDocument
    /// An Excel 97–2003 binary workbook (.xls).
    case oldExcelWorkbook
    /// Another old binary office file (OLE2 container) that is neither of the above.
    case oldOfficeFile
    /// A password-protected (encrypted) Word or Excel file: an OLE2 container holding the
    /// encrypted package, or a ZIP with encrypted entries.
    case passwordProtected
    /// An OpenDocument file from LibreOffice or OpenOffice (.odt, .ods).
    case openDocument(OfficeKind)
    /// A ZIP archive that is neither a Word document nor an Excel workbook.
    case notWordOrExcel(String)
    /// The ZIP archive cannot be read, or was refused (sizes beyond the limits).
    case archive(ZipError)
    /// A part the file must have is missing.
    case missingPart(String)
    /// An XML part is malformed.
    case xml(part: String, XMLError)
    /// The document has no table and no headings with action lists under them.
    case noTable
    /// The document has tables, but none that holds a plan.
    case noPlanTable(tables: Int)
    /// `--table` names a table the document does not have.
    case noSuchTable(Int, tables: Int)
    /// `--lists` found no heading with a list of actions under it.
    case noListPlan(headings: Int)
    /// `--sheet` names a sheet the workbook does not have.
    case noSuchSheet(String, sheets: [String])
    /// The sheet chosen is a chart, not cells.
    case chartSheet(String)
    /// The sheet chosen holds no cells with values.
    case emptySheet(String, sheets: [String])
    /// A row reaches further right than any plan does (`place` is "sheet 'Plan'" or "table 2");
    /// refused before a row that wide is laid out, so a tiny file cannot take gigabytes.
    case tooWide(place: String, row: Int, column: String, limit: Int)
    /// The rows, laid out as wide as their right-most cells, would hold more cells than the limit.
    case tooManyCells(place: String, row: Int, limit: Int)

    public var description: String {
        switch self {
        case .notAZip(let kind):
            return "this is not a \(kind.fileType) file: Word and Excel files since 2007 are ZIP archives and this one is not. "
                + "Open it in \(kind.application) and use File > Save As > \(kind.saveAs), then import that file."
        case .oldWordDocument:
            return "this is an old Word 97–2003 document (.doc), which planboard does not read. "
                + "Open it in Word or LibreOffice Writer and use File > Save As > Word Document (.docx), then import the .docx."
        case .oldExcelWorkbook:
            return "this is an old Excel 97–2003 workbook (.xls), which planboard does not read. "
                + "Open it in Excel or LibreOffice Calc and use File > Save As > Excel Workbook (.xlsx), then import the .xlsx."
        case .oldOfficeFile:
            return "this is an old binary office file (97–2003 format), which planboard does not read. "
                + "Open it in Word or Excel and save it as .docx or .xlsx, then import that file."
        case .passwordProtected:
            return "the file is protected with a password, so its contents cannot be read. "
                + "Open it in Word or Excel, remove the password (File > Info > Protect > Encrypt with Password, clear it), "
                + "save it, and import it again."
        case .openDocument(let kind):
            return "this is an OpenDocument file (\(kind == .word ? ".odt" : ".ods")). "
                + "Open it in LibreOffice and use File > Save As > \(kind.saveAs), then import that file."
        case .notWordOrExcel(let what):
            return "this ZIP archive is not a Word document or an Excel workbook (\(what)). "
                + "Import the plan's .docx, .xlsx or .csv file."
        case .archive(let error):
            switch error {
            case .entryTooLarge, .ratioTooHigh, .totalTooLarge, .tooManyEntries:
                return "the file was refused: \(error). Word and Excel do not write files like this; check where it came from. "
                    + "If it really is the plan, open it in Word or Excel, save it again, and import the new copy."
            default:
                return "the file cannot be read: \(error). Open it in Word or Excel and save it again, then import the new copy."
            }
        case .missingPart(let part):
            return "the file is incomplete: it has no \(part). Open it in Word or Excel and save it again, then import the new copy."
        case .xml(let part, let error):
            return "the file is damaged: \(part), \(error). Open it in Word or Excel and save it again, then import the new copy."
        case .noTable:
            return "the document has no table, and no headings with numbered or action lists under them to read as a plan. "
                + "Put the plan in a Word table (one row per action), or import the spreadsheet it came from."
        case .noPlanTable(let tables):
            return "none of the document's \(tables) table\(tables == 1 ? "" : "s") looks like a plan (a header row naming the "
                + "actions and a lead, deadline, RAG or progress column). Choose one with --table N and name its columns "
                + "with --map, or use --lists to read the document's headings and lists."
        case .noSuchTable(let n, let tables):
            return "--table \(n): the document has \(tables == 0 ? "no tables" : "only \(tables) table\(tables == 1 ? "" : "s") (1 to \(tables))")."
        case .noListPlan(let headings):
            return headings == 0
                ? "the document has no headings to read as outcomes. Give the priorities a Heading style in Word, or put the plan in a table."
                : "none of the document's \(headings) headings has a list of actions under it. "
                    + "Try --action-lists all (every list is an action list) or another --heading-level."
        case .noSuchSheet(let name, let sheets):
            return "--sheet '\(name)': the workbook has no such sheet. Its sheets: \(Self.quoted(sheets))."
        case .chartSheet(let name):
            return "sheet '\(name)' is a chart, not cells. Choose the sheet with the plan's table with --sheet NAME."
        case .emptySheet(let name, let sheets):
            return "sheet '\(name)' is empty. " + (sheets.count > 1
                ? "Choose the sheet with the plan's table with --sheet NAME (sheets: \(Self.quoted(sheets)))."
                : "Check that this is the workbook with the plan.")
        case .tooWide(let place, let row, let column, let limit):
            return "\(place), row \(row) has a cell in column \(column), beyond the \(limit) columns planboard reads "
                + "(no delivery plan is that wide). Delete the cells far to the right of the plan (or copy the plan's "
                + "columns into a new file), save, and import again."
        case .tooManyCells(let place, let row, let limit):
            return "\(place) holds more than \(limit) cells by row \(row) (counting the blanks up to each row's last cell), "
                + "far more than a delivery plan. Delete the rows and columns that are not the plan (or copy the plan "
                + "into a new file), save, and import again."
        }
    }

    static func quoted(_ names: [String]) -> String { names.map { "'\($0)'" }.joined(separator: ", ") }
}

/// Which kind of office file: decides the words of messages and which reader runs.
public enum OfficeKind: Equatable, Sendable {
    case word, excel

    var fileType: String { self == .word ? ".docx" : ".xlsx" }
    var application: String { self == .word ? "Word" : "Excel" }
    var saveAs: String { self == .word ? "Word Document (.docx)" : "Excel Workbook (.xlsx)" }
}
