/// Turns a spreadsheet table into a plan: outcomes in the order they appear, each with its actions.
///
/// How priority areas land in the model: `Action.area` holds the priority area as the plan
/// writes it, number and text joined (`1.1 Work with carers…`). `Action.ref` is the ref column
/// when the sheet has one (kept as written, flags like `1.5 P` included), otherwise the priority
/// area's number, which is how plans without their own refs number actions. Blank outcome and
/// priority-area cells (merged cells in the spreadsheet) belong to the row above. Every action
/// gets its own id, `a1`, `a2`… in sheet order, even where refs repeat.
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
        let headerIndex = findHeader(table.rows)
        let header = table.rows[headerIndex]
        let dataRows = Array(table.rows[(headerIndex + 1)...])
        let mapping = try HeaderMapping.make(header: header, rows: dataRows, overrides: options.overrides)
        var title = options.title
        if let titleRow = table.rows[..<headerIndex].first(where: { $0.filter { !$0.trimmingWhitespace().isEmpty }.count == 1 }) {
            title = titleRow.first { !$0.trimmingWhitespace().isEmpty }!.trimmingWhitespace()
        }

        var builder = PlanBuilder(mapping: mapping, width: header.count)
        for (offset, row) in dataRows.enumerated() {
            builder.add(row: row, number: headerIndex + offset + 2)
        }
        guard builder.actionCount > 0 else { throw .noActions }
        let plan = Plan(title: title, outcomes: builder.outcomes)
        let actions = plan.allActions
        let report = ImportReport(
            outcomesCreated: plan.outcomes.count, actionsCreated: actions.count, rag: RAGCounts(actions),
            columns: mapping.columns, encoding: table.encoding, separator: table.separator,
            headerRow: headerIndex + 1, warnings: builder.warnings)
        return ImportResult(plan: plan, report: report)
    }

    /// The header is the first of the top rows naming two known fields; else the first non-blank row.
    static func findHeader(_ rows: [[String]]) -> Int {
        for (i, row) in rows.prefix(10).enumerated() where row.compactMap(PlanField.recognising(header:)).count >= 2 {
            return i
        }
        return rows.firstIndex { $0.contains { !$0.trimmingWhitespace().isEmpty } } ?? 0
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
