/// A sheet of the performance framework as read: which kind it is (found from its header), where
/// the header is, and which column holds what.
struct FrameworkSheet: Equatable {
    enum Kind: Equatable {
        /// One row per indicator and series (actual / target / stretch), one column per period.
        case indicatorsWide
        /// One row per indicator and period, with actual and target columns.
        case indicatorsLong
        case risks

        /// How the report describes the sheet.
        var description: String {
            switch self {
            case .indicatorsWide: "an indicator sheet, wide (one column per period)"
            case .indicatorsLong: "an indicator sheet, long (one row per indicator and period)"
            case .risks: "a risk register"
            }
        }
    }

    /// One column of the header and what it was taken for (nil: not used).
    struct Column: Equatable {
        var index: Int
        var header: String
        var use: FrameworkColumn?
        /// Why a column is not used, for the report.
        var ignoredBecause: String = ""

        var letter: String { ColumnLetters.of(index + 1) }
    }

    var kind: Kind
    /// The header's index among the rows (0 = the first row).
    var headerIndex: Int
    var columns: [Column]
    /// The data rows, cells made plain, with their row numbers as the spreadsheet shows them.
    var rows: [(number: Int, cells: [String])]
    /// The full numbers behind cells whose text rounds them (an Excel sheet's `0%` cells).
    var numbers = CellNumbers()

    static func == (a: FrameworkSheet, b: FrameworkSheet) -> Bool {
        a.kind == b.kind && a.headerIndex == b.headerIndex && a.columns == b.columns
            && a.rows.map(\.number) == b.rows.map(\.number) && a.rows.map(\.cells) == b.rows.map(\.cells)
    }

    /// The first column used for `use`.
    func column(_ use: FrameworkColumn) -> Column? { columns.first { $0.use == use } }

    /// The cell of `row` under `use`'s column, trimmed; empty when the column or cell is missing.
    func cell(_ use: FrameworkColumn, in row: [String]) -> String {
        guard let column = column(use), column.index < row.count else { return "" }
        return row[column.index].trimmingWhitespace()
    }

    /// What the cell of row `number` (as the sheet numbers it) in `column` says, read as a figure
    /// from its full number when its text rounds it (`32%` from 0.316 reads as 31.6).
    func indicatorCell(_ cells: [String], number: Int, column: Column) -> IndicatorCell {
        guard column.index < cells.count else { return .empty }
        return IndicatorCell.read(cells[column.index], exact: numbers[number - 1, column.index])
    }

    /// The figures whose cells round them (their full number differs from what the text reads as):
    /// how many, and the first with its cell, its text and its full number in `unit`'s words.
    func roundedFigures() -> (count: Int, first: (cell: String, shown: String, read: String))? {
        var count = 0
        var first: (cell: String, shown: String, read: String)?
        for (number, cells) in rows {
            for column in columns where column.index < cells.count && Self.holdsFigures(column.use) {
                guard let exact = numbers[number - 1, column.index],
                      case .figure(let shown, let unit, _, _) = IndicatorCell.read(cells[column.index]), shown != exact else { continue }
                count += 1
                if first == nil {
                    first = (column.letter + "\(number)", cells[column.index].trimmingWhitespace(),
                             IndicatorValueText.text(exact, unit: unit ?? .number))
                }
            }
        }
        return first.map { (count, $0) }
    }

    private static func holdsFigures(_ use: FrameworkColumn?) -> Bool {
        switch use {
        case .periodValues, .actual, .target, .stretch, .baseline, .tolerance: true
        default: false
        }
    }

    /// `indicatorCell` for the column used for `use`; empty when the sheet has none.
    func indicatorCell(_ use: FrameworkColumn, in cells: [String], number: Int) -> IndicatorCell {
        guard let column = column(use) else { return .empty }
        return indicatorCell(cells, number: number, column: column)
    }

    /// Finds the header among the top ten rows and decides what the sheet is from it.
    static func read(_ table: CSVTable, numbers: CellNumbers = CellNumbers()) throws(FrameworkImportError) -> FrameworkSheet {
        let rows = table.rows.map { $0.map(CellText.plain) }
        for (index, header) in rows.prefix(10).enumerated() {
            if var sheet = recognise(header: header, index: index, rows: rows) {
                sheet.numbers = numbers
                return sheet
            }
        }
        let first = rows.first { $0.contains { !$0.trimmingWhitespace().isEmpty } } ?? []
        throw .notRecognised(headers: first.map { $0.trimmingWhitespace() })
    }

    private static func recognise(header: [String], index: Int, rows: [[String]]) -> FrameworkSheet? {
        let data = rows[(index + 1)...].enumerated().map { (number: index + $0.offset + 2, cells: $0.element) }
        let risk = columns(header, FrameworkColumn.risk(header:))
        let riskUses = Set(risk.compactMap(\.use))
        let hasLevels = riskUses.contains { use in
            switch use {
            case .likelihood, .impact, .level, .score, .band: true
            default: false
            }
        }
        if riskUses.contains(.riskTitle), hasLevels {
            return FrameworkSheet(kind: .risks, headerIndex: index, columns: risk, rows: data)
        }
        let indicator = columns(header, FrameworkColumn.indicator(header:))
        let uses = indicator.compactMap(\.use)
        guard uses.contains(.name) else { return nil }
        let periodColumns = uses.filter { if case .periodValues = $0 { true } else { false } }.count
        if periodColumns > 0 {
            return FrameworkSheet(kind: .indicatorsWide, headerIndex: index, columns: indicator, rows: data)
        }
        if uses.contains(.period), uses.contains(.actual) || uses.contains(.target) || uses.contains(.stretch) {
            return FrameworkSheet(kind: .indicatorsLong, headerIndex: index, columns: indicator, rows: data)
        }
        return nil
    }

    /// Each header's use; a second column for a use already taken is ignored, saying which has it.
    private static func columns(_ header: [String], _ recognise: (String) -> FrameworkColumn?) -> [Column] {
        var taken: [FrameworkColumn: String] = [:]
        return header.enumerated().map { index, text in
            let name = text.trimmingWhitespace()
            var column = Column(index: index, header: name, use: recognise(name))
            if let use = column.use {
                if let first = taken[use] {
                    column.use = nil
                    column.ignoredBecause = "column \(first) is already the \(use.label)"
                } else {
                    taken[use] = column.letter
                }
            } else {
                column.ignoredBecause = name.isEmpty ? "no header" : "not recognised"
            }
            return column
        }
    }
}
