/// The Markdown report's performance framework sections, after the actions: the indicators'
/// table, the risk assessment in the committee-report form, and milestones. Nothing for a plan
/// without a framework.
extension MarkdownReport {
    static func framework(_ plan: Plan, today: Day) -> [String] {
        let rows = FrameworkReportRows(plan, today: today)
        var out: [String] = []
        if !rows.indicators.isEmpty {
            out += ["## Performance indicators", ""]
            out += header(["Ref", "Indicator", "Baseline", "Latest", "Target", "Status", "Trend", "Next due"])
            out += rows.indicators.map {
                row([cell($0.ref), cell($0.name), cell($0.baseline), cell($0.latest), cell($0.target),
                     $0.statusText, cell($0.trend), cell($0.nextDue)])
            }
            if !rows.overrideNotes.isEmpty {
                out += [""] + rows.overrideNotes.map { "\\" + inline($0) + "  " }
            }
            out += ["", "Status against target: G on target, A near target, R off target, · no data. "
                + "↑ better and ↓ worse than the value before.", ""]
        }
        if !rows.risks.isEmpty {
            out += ["## Risk assessment", ""]
            for risk in rows.risks {
                out += ["### \(inline(risk.heading))", ""]
                for line in FrameworkReportRows.riskLines(risk) {
                    let text = cell(line.text)
                    out += [line.label.isEmpty ? "_\(text)_" : "**\(line.label):** \(text)", ""]
                }
            }
        }
        if !rows.milestones.isEmpty {
            out += ["## Milestones", ""]
            out += header(["Ref", "Action", "Milestone", "Due", "State"])
            out += rows.milestones.map {
                row([cell($0.ref), cell($0.action), cell($0.milestone.text), cell($0.milestone.due),
                     $0.isOverdue ? "**Overdue**" : $0.state])
            }
            out.append("")
        }
        return out
    }
}
