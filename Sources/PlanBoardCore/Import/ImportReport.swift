/// Something the importer did that the user should check, with the spreadsheet row it came from.
public struct ImportWarning: Equatable, Sendable, CustomStringConvertible {
    /// The spreadsheet row (the header is usually row 1); nil for the file as a whole.
    public var row: Int?
    public var message: String

    public init(row: Int?, message: String) {
        self.row = row
        self.message = message
    }

    public var description: String { row.map { "row \($0): \(message)" } ?? message }
}

/// What an import did: counts, which column became which field, how the title, refs, statuses
/// and key of leads were made, and every warning.
public struct ImportReport: Equatable, Sendable {
    /// Where the plan's title came from.
    public enum TitleSource: Equatable, Sendable {
        /// A title row above the header (its row number).
        case sheet(row: Int)
        /// `--title`; the sheet's own title row, if it had one, is given for comparison.
        case option(sheet: String?)
        /// The document's own title (a Word document's Title paragraph or properties).
        case document
        /// The file's name, as it is, for want of anything better.
        case fileName
        /// Neither: "Delivery plan".
        case standard
    }

    public var outcomesCreated: Int
    public var actionsCreated: Int
    public var rag: RAGCounts
    public var columns: [ColumnChoice]
    public var encoding: SourceEncoding
    public var separator: Character
    /// The row the header was found on.
    public var headerRow: Int
    public var warnings: [ImportWarning]
    /// The plan's title and where it came from.
    public var planTitle: String
    public var title: TitleSource
    /// How refs were kept, lettered or numbered.
    var refs: RefNumbering.Summary
    /// The key of leads built from the leads column (names blank, for the officer to fill in).
    public var leads: [Lead]
    /// Blank ref cells that took the ref above them (merged cells).
    public var refsCarriedDown: Int
    /// Actions the sheet gave no status, whose status was read from their rating.
    public var statusesFromRating: Int
    /// The first line when the table came from a Word or Excel file rather than CSV text.
    public var source: String? = nil
    /// What the Word or Excel reader did, printed after the first line.
    public var notes: [String] = []

    init(outcomesCreated: Int, actionsCreated: Int, rag: RAGCounts, columns: [ColumnChoice], encoding: SourceEncoding,
         separator: Character, headerRow: Int, warnings: [ImportWarning], planTitle: String = "", title: TitleSource = .standard,
         refs: RefNumbering.Summary = .init(), leads: [Lead] = [], refsCarriedDown: Int = 0, statusesFromRating: Int = 0) {
        self.outcomesCreated = outcomesCreated
        self.actionsCreated = actionsCreated
        self.rag = rag
        self.columns = columns
        self.encoding = encoding
        self.separator = separator
        self.headerRow = headerRow
        self.warnings = warnings
        self.planTitle = planTitle
        self.title = title
        self.refs = refs
        self.leads = leads
        self.refsCarriedDown = refsCarriedDown
        self.statusesFromRating = statusesFromRating
    }

    /// The columns not used, with why.
    public var ignoredColumns: [ColumnChoice] { columns.filter { $0.field == nil } }

    /// The report as printed after `planboard import`.
    public var text: String {
        let separatorName = separator == "\t" ? "tab" : separator == ";" ? "semicolon" : "comma"
        var lines = [
            source ?? "Read \(encoding.label), \(separatorName)-separated, header on row \(headerRow).",
        ] + notes + [
            "Created \(outcomesCreated) outcome\(outcomesCreated == 1 ? "" : "s") and \(actionsCreated) action\(actionsCreated == 1 ? "" : "s").",
            "Title: ‘\(planTitle)’, \(titleText)",
            "RAG: \(rag.text).",
        ]
        if statusesFromRating > 0 {
            lines.append("Status: \(statusesFromRating) rated action\(statusesFromRating == 1 ? "" : "s") had no status in the sheet; "
                + "read as In progress, as a rating says work is under way.")
        }
        lines.append("Refs: \(refsText)")
        lines.append("Leads: \(leadsText)")
        lines += ReportColumnsText.lines(columns, header: \.header, letter: \.letter, role: { column in
            switch column.basis {
            case .header: column.field!.label
            case .mapped: "\(column.field!.label) (--map)"
            case .contents(let reason): "\(column.field!.label) (guessed: \(reason))"
            case .ignored(let reason): reason.isEmpty ? "ignored" : "ignored (\(reason))"
            }
        }, warnings: warnings.map { "\($0)" })
        return lines.joined(separator: "\n")
    }

    private var titleText: String {
        switch title {
        case .sheet(let row): "from the title row (row \(row))."
        case .option(let sheet?): "from --title (the sheet's title row says ‘\(sheet)’)."
        case .option(nil): "from --title."
        case .document: "the document's own title."
        case .fileName: "the file's name (no title row above the header)."
        case .standard: "for want of a title row above the header."
        }
    }

    private var refsText: String {
        var parts: [String] = []
        if refs.keptAsWritten > 0 { parts.append("\(refs.keptAsWritten) as written") }
        if refs.lettered > 0 {
            parts.append("\(refs.lettered) shared a \(refs.refColumnIsArea ? "priority area's number" : "ref") and have a letter each "
                + "(1.1a, 1.1b…; # finds both forms)")
        }
        if refs.fromArea > 0 {
            parts.append("\(refs.fromArea) had none and take their priority area's number, with a letter each where "
                + "several share it (1.1a, 1.1b…; # finds both forms)")
        }
        if refs.numbered > 0 { parts.append("\(refs.numbered) had none and are numbered within their outcome (1.1, 1.2…)") }
        var text = parts.joined(separator: "; ") + "."
        if refs.refColumnIsArea { text += " The ref column repeats, so it is read as the priority area." }
        if refsCarriedDown > 0 {
            text += " \(refsCarriedDown) blank ref cell\(refsCarriedDown == 1 ? "" : "s") took the ref above (merged cells)."
        }
        return text
    }

    private var leadsText: String {
        guard !leads.isEmpty else { return "none named." }
        let initials = leads.map(\.initials).filter(LeadList.isInitials)
        var text = "\(leads.count) found, put in the plan's key of leads"
        if !initials.isEmpty {
            let shown = initials.prefix(12).joined(separator: ", ") + (initials.count > 12 ? "…" : "")
            text += "; give the initials their names with i on the board (\(shown))"
        }
        return text + "."
    }
}

/// A plan made from a spreadsheet, and the report of how it was made.
public struct ImportResult: Equatable, Sendable {
    public var plan: Plan
    public var report: ImportReport
}

/// Choices for an import that the file itself cannot tell.
public struct ImportOptions: Equatable, Sendable {
    /// `--map` choices.
    public var overrides: [ColumnOverride]
    /// The plan's title as given (`--title`), which beats a title row in the sheet; nil if not given.
    public var title: String?
    /// The source file's name without its extension, the title when nothing better is found.
    public var sourceName: String?

    public init(overrides: [ColumnOverride] = [], title: String? = nil, sourceName: String? = nil) {
        self.overrides = overrides
        self.title = title
        self.sourceName = sourceName
    }
}
