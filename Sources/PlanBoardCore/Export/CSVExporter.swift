/// Writes a plan as a CSV spreadsheet that `PlanImporter` reads back to the same plan.
///
/// One row per action (removed actions are left out; an outcome with no actions gets a row of
/// its own so it survives), every field in its own column with a header the importer knows.
/// UTF-8 with a byte-order mark and CRLF line ends, so Excel opens accented text correctly.
/// A cell that would start like a formula (`=SUM(A1)`) is written with a leading apostrophe,
/// which the importer takes off again; control characters are written as visible symbols.
/// Notes and history are not exported: the CSV is the plan's table, the JSON file its record.
public enum CSVExporter {
    /// The columns written, in order.
    public static let headers = [
        "Outcome", "Outcome description", "Ref", "Priority area", "Action", "Lead", "Deadline",
        "Measure of success", "Progress", "RAG", "Status",
    ]

    /// The plan as CSV text.
    public static func export(_ plan: Plan) -> String {
        var lines = [row(headers)]
        for outcome in plan.outcomes {
            let actions = outcome.activeActions
            if actions.isEmpty {
                lines.append(row([outcome.reportHeading, outcome.description] + Array(repeating: "", count: headers.count - 2)))
            }
            for action in actions {
                lines.append(row([
                    outcome.reportHeading, outcome.description, action.ref, action.area, action.text,
                    action.leads.joined(separator: ", "), action.deadline, action.measure, action.progress,
                    action.rag == .unrated ? "" : action.rag.word, action.statusWord,
                ]))
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",")
    }

    /// One cell as written: control characters as the board shows them (`␛`), line breaks kept
    /// (as LF, which Excel uses inside a cell), a would-be formula neutralised (`FormulaGuard`),
    /// then quoted when needed. So no control byte other than a line break ever reaches the file.
    static func cell(_ text: String) -> String {
        let lines = text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
        return quoted(FormulaGuard.neutralised(VisibleText.showingControls(lines)))
    }

    /// A cell quoted when it holds a separator, quote or line break, or would lose edge spaces.
    static func quoted(_ cell: String) -> String {
        let needs = cell.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || cell.first?.isWhitespace == true || cell.last?.isWhitespace == true
        guard needs else { return cell }
        return "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
    }
}
