/// A table read out of a Word or Excel file, in the shape the CSV importer already takes, with
/// what the report should say about where it came from.
public struct OfficeTable: Equatable, Sendable {
    /// Which kind of file it came from.
    public var kind: OfficeKind
    /// The rows, header and any title rows included, as `PlanImporter` reads them.
    public var table: CSVTable
    /// `sheet 'Plan' of an Excel workbook`: how the report's first line names the source.
    public var source: String
    /// The document's own title (a Title paragraph, the document's properties), or nil; a title
    /// row of the table's own, and `--title`, win over it.
    public var title: String?
    /// Lines for the report: what was read and how, and what was left out or could be chosen.
    public var notes: [String]
    /// Where each row came from when rows are not the file's own rows (`table 2, row 3`);
    /// nil when row numbers are the file's (a sheet's row numbers).
    public var rowLocations: [String]?
    /// False when the rows were built by the reader (a plan read from headings and lists), so
    /// the report names no header row.
    public var hasHeaderRow: Bool = true
    /// The full numbers behind cells whose text rounds them (Excel's `0%`, `#,##0`), by row and
    /// column of `table`: the framework importer takes figures from these, the plan importer the text.
    public var numbers = CellNumbers()

    public init(kind: OfficeKind, table: CSVTable, source: String, title: String? = nil, notes: [String] = [], rowLocations: [String]? = nil) {
        self.kind = kind
        self.table = table
        self.source = source
        self.title = title
        self.notes = notes
        self.rowLocations = rowLocations
    }
}
