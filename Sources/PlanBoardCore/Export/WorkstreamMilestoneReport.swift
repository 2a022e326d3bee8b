/// A workstream's milestones as the HTML, Markdown and Word reports list them, in the outcome's
/// section after its actions: how many are done and overdue, then each with when it is due and its state
/// (`Done 24 Jun 2026`, `Overdue` in words, `Open`). Nothing for an outcome without milestones.
enum WorkstreamMilestoneReport {
    static let heading = "Workstream milestones"

    /// `2 of 3 done, 1 overdue.`
    static func progressText(_ outcome: Outcome, today: Day) -> String {
        let progress = MilestoneProgress(outcome.milestones, today: today)
        return "\(progress.done) of \(progress.total) done" + (progress.overdue > 0 ? ", \(progress.overdue) overdue" : "") + "."
    }

    static func markdown(_ outcome: Outcome, today: Day) -> [String] {
        guard !outcome.milestones.isEmpty else { return [] }
        let cell = MarkdownReport.cell
        var out = ["**\(heading):** \(progressText(outcome, today: today))", ""]
        out += MarkdownReport.header(["Milestone", "Due", "State"])
        out += outcome.milestones.map { m in
            let state = m.reportState(today: today)
            return MarkdownReport.row([cell(m.text), cell(m.due), state.isOverdue ? "**Overdue**" : state.text])
        }
        return out + [""]
    }

    static func html(_ outcome: Outcome, today: Day) -> [String] {
        guard !outcome.milestones.isEmpty else { return [] }
        let e = HTMLText.escape
        var h = ["<h3>\(heading)</h3>", "<p class=\"counts\">\(e(progressText(outcome, today: today)))</p>",
                 "<table class=\"milestones workstream\">",
                 "<thead><tr><th>Milestone</th><th>Due</th><th>State</th></tr></thead>", "<tbody>"]
        for m in outcome.milestones {
            let state = m.reportState(today: today)
            h.append((state.isOverdue ? "<tr class=\"overdue\">" : "<tr>")
                + "<td>\(HTMLText.multiline(m.text))</td><td>\(e(m.due))</td><td>\(e(state.text))</td></tr>")
        }
        return h + ["</tbody>", "</table>"]
    }

    static func docx(_ outcome: Outcome, today: Day, width: Int) -> String {
        guard !outcome.milestones.isEmpty else { return "" }
        var xml = WordML.paragraph([("\(heading): ", .bold), (progressText(outcome, today: today), .plain)])
        let widths = WordML.fit([9000, 2400, 2400], to: width)
        let header = ["Milestone", "Due by", "State"].map { WordML.Cell($0, style: "TableHeading") }
        let body = outcome.milestones.map { m in
            let state = m.reportState(today: today)
            return [WordML.Cell(m.text), WordML.Cell(m.due),
                    state.isOverdue ? WordML.Cell("Overdue", look: WordML.Look(bold: true, colour: "B3261E")) : WordML.Cell(state.text)]
        }
        xml += WordML.table(widths: widths, header: header, rows: body)
        return xml
    }
}

extension Milestone {
    /// How a report states it: `Done 14 Oct 2026`, `Overdue` (flagged), or `Open`.
    func reportState(today: Day) -> (text: String, isOverdue: Bool) {
        let overdue = isOverdue(today: today)
        return (doneAt.map { "Done \($0.day().shortText)" } ?? (overdue ? "Overdue" : "Open"), overdue)
    }
}
