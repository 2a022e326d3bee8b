/// Turns a spreadsheet table into a plan: outcomes in the order they appear, each with its actions.
///
/// The pipeline: rows of cells in (from CSV here, or any other reader), cells made plain text
/// (`CellText`), the title and header found, columns mapped (`HeaderMapping`), rows read into
/// outcomes and actions (`PlanBuilder`), refs made unique (`RefNumbering`), and the key of leads
/// built from the leads found (`LeadList`); a plan and a report of all that out.
///
/// How priority areas land in the model: `Action.area` holds the priority area as the plan
/// writes it, number and text joined (`1.1 Work with carers…`). Blank outcome, priority-area and
/// ref cells (merged cells in the spreadsheet) belong to the row above. Every action gets its own
/// id, `a1`, `a2`… in sheet order, and its own ref.
public enum PlanImporter {
    /// Reads CSV bytes and imports them. Throws `ImportError` (with row and column for a malformed
    /// file) and builds nothing in that case.
    public static func importPlan(csv bytes: [UInt8], options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportResult {
        let table: CSVTable
        do { table = try CSVReader.read(bytes) } catch { throw .csv(error) }
        return try importPlan(table: table, options: options)
    }

    /// Imports a table already read. Throws `ImportError` when no column holds actions or no row does.
    public static func importPlan(table: CSVTable, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportResult {
        let rows = table.rows.map { $0.map(CellText.plain) }
        let headerIndex = findHeader(rows)
        let header = rows[headerIndex]
        let dataRows = Array(rows[(headerIndex + 1)...])
        let mapping = try HeaderMapping.make(header: header, rows: dataRows, overrides: options.overrides)

        var builder = PlanBuilder(mapping: mapping, width: header.count)
        for (offset, row) in dataRows.enumerated() {
            builder.add(row: row, number: headerIndex + offset + 2)
        }
        guard builder.actionCount > 0 else { throw .noActions }
        var outcomes = builder.outcomes
        let refs = RefNumbering.number(&outcomes, hasAreaColumn: mapping.column(for: .area) != nil)
        var warnings = builder.warnings
        for (outcome, row) in zip(outcomes, builder.outcomeRows) where outcome.actions.isEmpty {
            warnings.append(ImportWarning(row: row, message: "outcome '\(outcome.heading)' has no actions; "
                + "check that the row is an outcome's title and not a note"))
        }
        let (title, titleSource) = self.title(rows: rows, headerIndex: headerIndex, options: options)
        if titleSource == .fileName || titleSource == .standard {
            warnings.append(ImportWarning(row: nil, message: "no title row above the header, so the plan is titled "
                + "'\(title)'; give it its own with --title \"Your plan's title\""))
        }
        let actions = outcomes.flatMap(\.actions)
        let plan = Plan(title: title, outcomes: outcomes, leads: LeadList.key(for: actions))
        let report = ImportReport(
            outcomesCreated: plan.outcomes.count, actionsCreated: actions.count, rag: RAGCounts(actions),
            columns: mapping.columns, encoding: table.encoding, separator: table.separator,
            headerRow: headerIndex + 1, warnings: warnings, planTitle: title, title: titleSource, refs: refs, leads: plan.leads,
            refsCarriedDown: builder.refsCarriedDown, statusesFromRating: builder.statusesFromRating)
        return ImportResult(plan: plan, report: report)
    }

    /// The plan's title: `--title` when given, else a title row above the header, else the file's
    /// name as it is (never reworded), else "Delivery plan".
    static func title(rows: [[String]], headerIndex: Int, options: ImportOptions) -> (String, ImportReport.TitleSource) {
        let sheetTitle = rows[..<headerIndex].enumerated().lazy.compactMap { index, row -> (String, Int)? in
            let filled = row.filter { !$0.isEmpty }
            guard filled.count == 1, !isLabel(filled[0]) else { return nil }
            return (filled[0].split(separator: "\n").map { $0.trimmingWhitespace() }.joined(separator: " "), index + 1)
        }.first
        if let given = options.title?.trimmingWhitespace(), !given.isEmpty { return (given, .option(sheet: sheetTitle?.0)) }
        if let (text, row) = sheetTitle { return (text, .sheet(row: row)) }
        if let name = options.sourceName?.trimmingWhitespace(), !name.isEmpty { return (name, .fileName) }
        return ("Delivery plan", .standard)
    }

    /// A row above the header that labels the table rather than naming the plan: `Appendix 1`, `Table 2`.
    private static func isLabel(_ text: String) -> Bool {
        let words = HeaderText.words(text)
        return words.count <= 3 && ["appendix", "annex", "annexe", "table", "item", "page"].contains(words.first ?? "")
    }

    /// The header is the first of the top rows naming two known fields; else the first non-blank row.
    static func findHeader(_ rows: [[String]]) -> Int {
        for (i, row) in rows.prefix(10).enumerated() where row.compactMap(PlanField.recognising(header:)).count >= 2 {
            return i
        }
        return rows.firstIndex { $0.contains { !$0.isEmpty } } ?? 0
    }

    /// Splits `Carer Strategic Outcome 1: I am heard` into number `1` and title `I am heard`.
    ///
    /// Words before the number (`Carer Strategic Outcome`) are dropped; text that does not start
    /// with a number in one of these shapes is kept whole as the title with no number.
    static func splitOutcome(_ text: String) -> (number: String, title: String) {
        let keywords: Set<String> = ["outcome", "priority", "objective", "theme", "aim", "goal", "workstream"]
        func isNumber(_ word: Substring) -> Bool {
            (word.first?.isNumber == true && word.allSatisfy { $0.isNumber || $0 == "." })
                || (word.count == 1 && word.first!.isUppercase)
        }
        if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 60 {
            let head = text[..<colon].split(separator: " ")
            let rest = text[text.index(after: colon)...].trimmingWhitespace()
            if let last = head.last, isNumber(last), !rest.isEmpty,
               head.count == 1 || keywords.contains(head[head.count - 2].lowercased()) {
                var number = String(last)
                while number.count > 1, number.hasSuffix(".") { number.removeLast() }
                return (number, rest)
            }
        }
        let first = text.prefix { !$0.isWhitespace }
        if let mark = first.last, [".", ")", "-", "–"].contains(mark), first.count > 1, isNumber(first.dropLast()) {
            let rest = text.dropFirst(first.count).trimmingWhitespace()
            if !rest.isEmpty { return (String(first.dropLast()), rest) }
        }
        return ("", text)
    }
}
