/// What `import --into` did, printed like a plan import's report: what the sheet was read as,
/// which column became what, each indicator or risk added, updated or unchanged, and every
/// warning with its row and column.
public struct FrameworkImportReport: Equatable, Sendable {
    /// One indicator or risk of the sheet and what became of it.
    public struct Entry: Equatable, Sendable {
        public enum Action: Equatable, Sendable { case added, updated, unchanged }
        public var row: Int
        /// `PI1 Adult carers with a carer support plan`.
        public var name: String
        public var action: Action
        /// Periods read (added) or changes recorded (updated).
        public var changes: Int
        /// Each change applied, from → to: `PAC2 2022/23 value: 4,510 → 4,702`.
        public var applied: [String] = []
        /// Each difference not applied because the board or a meeting recorded the plan's value:
        /// `PAC2 2022/23: 4,702 (recorded in the meeting of 29 Nov 2026) → not yet available: kept; use --force to take the sheet's`.
        public var kept: [String] = []
    }

    var kind: FrameworkSheet.Kind
    public var encoding: SourceEncoding
    public var separator: Character
    public var headerRow: Int
    var columns: [FrameworkSheet.Column]
    public var entries: [Entry] = []
    public var warnings: [ImportWarning] = []
    /// Different periods read (indicator sheets).
    public var periodsRead = 0
    /// The first line when the table came from a Word or Excel file rather than CSV text.
    public var source: String? = nil
    /// What the Word or Excel reader did, printed after the first line.
    public var notes: [String] = []
    /// Figures read from the full number of a cell whose text rounds it: how many, and the first
    /// (`G2`, `32%`, `31.6%`), so the officer sees why the plan's figure is not what Excel shows.
    public var exactFigures: (count: Int, first: (cell: String, shown: String, read: String))? = nil

    public static func == (a: Self, b: Self) -> Bool {
        a.kind == b.kind && a.encoding == b.encoding && a.separator == b.separator && a.headerRow == b.headerRow
            && a.columns == b.columns && a.entries == b.entries && a.warnings == b.warnings && a.periodsRead == b.periodsRead
            && a.source == b.source && a.notes == b.notes && a.exactFiguresLine == b.exactFiguresLine
    }

    /// `3 figures were read as the numbers their cells hold, not as their rounded text (G2 shows 32%, read as 31.6%).`
    var exactFiguresLine: String? {
        guard let exactFigures else { return nil }
        let n = exactFigures.count, first = exactFigures.first
        return "\(n) figure\(n == 1 ? " was" : "s were") read as the number\(n == 1 ? " its cell holds" : "s their cells hold"), "
            + "not as the rounded text shown (\(first.cell) shows \(first.shown), read as \(first.read))."
    }

    init(kind: FrameworkSheet.Kind, encoding: SourceEncoding, separator: Character, headerRow: Int, columns: [FrameworkSheet.Column]) {
        self.kind = kind
        self.encoding = encoding
        self.separator = separator
        self.headerRow = headerRow
        self.columns = columns
    }

    /// True for an indicator sheet, false for a risk register.
    public var isIndicatorSheet: Bool { kind != .risks }

    public func count(_ action: Entry.Action) -> Int { entries.filter { $0.action == action }.count }

    /// Every difference kept as the plan has it, in sheet order.
    public var kept: [String] { entries.flatMap(\.kept) }

    public var text: String {
        let separatorName = separator == "\t" ? "tab" : separator == ";" ? "semicolon" : "comma"
        let noun = isIndicatorSheet ? "indicator" : "risk"
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var lines = [source ?? "Read \(encoding.label), \(separatorName)-separated, header on row \(headerRow)."] + notes
        if let exactFiguresLine { lines.append(exactFiguresLine) }
        lines.append("Read as \(kind.description).")
        lines.append("\(plural(entries.count, noun)) read: \(count(.added)) added, \(count(.updated)) updated, "
            + "\(count(.unchanged)) already as the sheet has them."
            + (isIndicatorSheet ? " \(plural(periodsRead, "period")) in the sheet." : ""))
        for entry in entries {
            let what: String
            switch entry.action {
            case .added: what = isIndicatorSheet ? "added (\(plural(entry.changes, "period")))" : "added"
            case .updated: what = "updated, \(plural(entry.changes, "change")) recorded in its history"
            case .unchanged: what = "already in the plan, unchanged"
            }
            let keptWords = entry.kept.isEmpty ? "" : "; \(entry.kept.count) kept as the plan has it"
            lines.append("  row \(entry.row): \(Excerpt.of(entry.name)) — \(what)\(keptWords)")
            lines += entry.applied.map { "      \($0)" }
        }
        if !kept.isEmpty {
            lines.append("Kept as the plan has them (\(kept.count)), recorded on the board or in a meeting:")
            lines += kept.map { "  \($0)" }
        }
        lines += ReportColumnsText.lines(columns, header: \.header, letter: \.letter, role: { column in
            column.use.map(\.label) ?? (column.ignoredBecause.isEmpty ? "ignored" : "ignored (\(column.ignoredBecause))")
        }, warnings: warnings.map { "\($0)" })
        return lines.joined(separator: "\n")
    }
}
