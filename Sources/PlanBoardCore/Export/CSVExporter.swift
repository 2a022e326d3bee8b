/// Writes a plan as a CSV spreadsheet that `PlanImporter` reads back to the same plan.
///
/// One row per action (removed actions are left out; an outcome with no actions gets a row of
/// its own so it survives), every field in its own column with a header the importer knows.
/// UTF-8 with a byte-order mark and CRLF line ends, so Excel opens accented text correctly.
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
        cells.map(quoted).joined(separator: ",")
    }

    /// A cell quoted when it holds a separator, quote or line break, or would lose edge spaces.
    static func quoted(_ cell: String) -> String {
        let needs = cell.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || cell.first?.isWhitespace == true || cell.last?.isWhitespace == true
        guard needs else { return cell }
        return "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
    }
}
