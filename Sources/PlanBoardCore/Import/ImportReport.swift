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

/// What an import did: counts, which column became which field, and every warning.
public struct ImportReport: Equatable, Sendable {
    public var outcomesCreated: Int
    public var actionsCreated: Int
    public var rag: RAGCounts
    public var columns: [ColumnChoice]
    public var encoding: SourceEncoding
    public var separator: Character
    /// The row the header was found on.
    public var headerRow: Int
    public var warnings: [ImportWarning]
    /// The first line when the table came from a Word or Excel file rather than CSV text.
    public var source: String? = nil
    /// What the Word or Excel reader did, printed after the first line.
    public var notes: [String] = []

    /// The columns not used, with why.
    public var ignoredColumns: [ColumnChoice] { columns.filter { $0.field == nil } }

    /// The report as printed after `planboard import`.
    public var text: String {
        let separatorName = separator == "\t" ? "tab" : separator == ";" ? "semicolon" : "comma"
        var lines = [
            source ?? "Read \(encoding.label), \(separatorName)-separated, header on row \(headerRow).",
        ] + notes + [
            "Created \(outcomesCreated) outcome\(outcomesCreated == 1 ? "" : "s") and \(actionsCreated) action\(actionsCreated == 1 ? "" : "s").",
            "RAG: \(rag.text).",
            "Columns:",
        ]
        let width = min(30, columns.map { $0.header.count }.max() ?? 0)
        for column in columns {
            let name = column.header.isEmpty ? "(no header)" : column.header
            let shown = name.count > width ? String(name.prefix(width - 1)) + "…" : name
            let padded = shown + String(repeating: " ", count: max(0, width - shown.count))
            let role: String
            switch column.basis {
            case .header: role = column.field!.label
            case .mapped: role = "\(column.field!.label) (--map)"
            case .contents(let reason): role = "\(column.field!.label) (guessed: \(reason))"
            case .ignored(let reason): role = reason.isEmpty ? "ignored" : "ignored (\(reason))"
            }
            lines.append("  \(column.letter.count == 1 ? column.letter + " " : column.letter) \(padded)  → \(role)")
        }
        if warnings.isEmpty {
            lines.append("No warnings.")
        } else {
            lines.append("Warnings (\(warnings.count)):")
            lines += warnings.map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
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
    /// The plan's title when the sheet has no title row above its header.
    public var title: String

    public init(overrides: [ColumnOverride] = [], title: String = "Delivery plan") {
        self.overrides = overrides
        self.title = title
    }
}
