/// The plan as Markdown for a committee paper: a table per outcome (one per priority area when the
/// plan has them), RAG as a word.
///
/// Pure: the same plan, day and options always give the same text. Overdue and due-soon
/// deadlines are marked in words, so the paper reads the same printed in black and white.
public enum MarkdownReport {
    /// Renders the report; `today` decides what is overdue and is printed as the report date.
    public static func render(_ plan: Plan, today: Day, options: ReportOptions = ReportOptions()) -> String {
        var out: [String] = ["# \(inline(plan.title))", ""]
        let about = [plan.owner, plan.period].filter { !$0.isEmpty }.map(inline)
        if !about.isEmpty { out += [about.joined(separator: " · "), ""] }
        let active = plan.outcomes.flatMap(\.activeActions)
        let overdue = active.filter { $0.urgency(today: today, soonDays: options.soonDays) == .overdue }.count
        let soon = active.filter { $0.urgency(today: today, soonDays: options.soonDays) == .dueSoon }.count
        out += [
            "Report date: \(today.longText)", "",
            "**\(active.count) action\(active.count == 1 ? "" : "s"):** \(RAGCounts(active).text). "
                + "\(overdue) overdue, \(soon) due in the next \(options.soonDays) days.",
            "",
        ]
        for outcome in plan.outcomes {
            out += ["## \(inline(outcome.reportHeading))", ""]
            if !outcome.description.isEmpty { out += ["_\(inline(outcome.description))_", ""] }
            let actions = outcome.activeActions
            // The workstream's own milestones close its section, after its actions.
            let workstream = WorkstreamMilestoneReport.markdown(outcome, today: today)
            guard !actions.isEmpty else {
                out += ["No actions.", ""] + workstream
                continue
            }
            out += ["\(actions.count) action\(actions.count == 1 ? "" : "s"): \(RAGCounts(actions).text).", ""]
            // Each priority area gets its own heading and table, as the plan sets them out.
            for area in PriorityArea.runs(actions) {
                if !area.title.isEmpty { out += ["### \(inline(area.title))", ""] }
                out += header(["Ref", "Action", "Lead", "Deadline", "RAG", "Progress"])
                out += area.actions.map { row($0, today: today, options: options) }
                out.append("")
            }
            out += workstream
        }
        out += framework(plan, today: today)
        if let since = options.since {
            out += ["## Changes since \(since.longText)", ""]
            let changes = plan.changes(since: since)
            if changes.isEmpty {
                out += ["No changes recorded.", ""]
            } else {
                let who = changes.sayWho
                out += header(["Date", "Ref", changes.itemHeading, "Change"] + (who ? ["By"] : []) + ["Reason"])
                for entry in changes {
                    let cells = [entry.change.at.day().shortText, cell(entry.ref), cell(entry.actionText), cell(entry.summary)]
                        + (who ? [cell(entry.who ?? "")] : []) + [cell(entry.change.reason ?? "")]
                    out.append(row(cells))
                }
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }

    /// One action's table row, its deadline marked overdue or due soon in words.
    static func row(_ action: Action, today: Day, options: ReportOptions) -> String {
        var deadline = cell(action.deadline)
        switch action.urgency(today: today, soonDays: options.soonDays) {
        case .overdue: deadline += deadline.isEmpty ? "**Overdue**" : " **(overdue)**"
        case .dueSoon: deadline += " (due soon)"
        case .none: break
        }
        return row([cell(action.ref), cell(action.text), cell(action.leadsText), deadline, action.rag.word, cell(action.progress)])
    }

    /// One table row of cells already made safe with `cell`.
    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    /// A table's header row and the rule under it.
    static func header(_ titles: [String]) -> [String] {
        [row(titles), row(titles.map { _ in "---" })]
    }

    /// Text safe inside a table cell: pipes and backslashes escaped, line breaks as `<br>`,
    /// `<` written as an entity so no cell can open an HTML tag.
    static func cell(_ text: String) -> String {
        var result = ""
        for c in text.trimmingWhitespace() {
            switch c {
            case "|": result += "\\|"
            case "\\": result += "\\\\"
            case "<": result += "&lt;"
            case "\n", "\r\n", "\r": result += "<br>"
            default: result.append(c)
            }
        }
        return result
    }

    /// Text safe on a line of its own (headings, paragraphs): line breaks become spaces.
    static func inline(_ text: String) -> String {
        cell(text).replacingAll("<br>", with: " ").replacingAll("\\|", with: "|")
    }
}
