/// The Word report's performance framework sections, after the actions: the indicators' table
/// (status as a letter and word on its colour), the risk assessment in the committee-report form,
/// and milestones. Nothing for a plan without a framework. The tables' headers name no plan
/// field the importer would take for a plan table.
extension DocxReport {
    static func framework(_ plan: Plan, today: Day) -> String {
        let rows = FrameworkReportRows(plan, today: today)
        var xml = ""
        let width = DocxPackage.textWidth(.landscape)
        if !rows.indicators.isEmpty {
            xml += WordML.paragraphs("Performance indicators", style: "Heading1")
            let widths = WordML.fit([900, 4200, 1600, 2200, 1300, 1700, 1200, 1400], to: width)
            let header = ["PI", "Indicator", "Baseline", "Latest value", "Target", "Status", "Trend", "Next due"]
                .map { WordML.Cell($0, style: "TableHeading") }
            let body = rows.indicators.map { row in
                [WordML.Cell(row.ref), WordML.Cell(row.name), WordML.Cell(row.baseline), WordML.Cell(row.latest), WordML.Cell(row.target),
                 WordML.Cell(row.statusText, look: WordML.Look(bold: true, colour: row.status.rag.wordInk),
                             fill: row.status.rag.wordFill),
                 WordML.Cell(row.trendWithSparkline), WordML.Cell(row.nextDue)]
            }
            xml += WordML.table(widths: widths, header: header, rows: body)
            for note in rows.overrideNotes { xml += WordML.paragraphs(note, style: "Note") }
            xml += WordML.paragraphs("Status against target: G on target, A near target, R off target, · no data. "
                + "Trend: the latest values, low to high (▁ to █), and ↑ better or ↓ worse than the value before.", style: "Note")
        }
        if !rows.risks.isEmpty {
            xml += WordML.paragraphs("Risk assessment", style: "Heading1")
            for risk in rows.risks {
                xml += WordML.paragraphs(risk.heading, style: "Heading2")
                for line in FrameworkReportRows.riskLines(risk) {
                    xml += line.label.isEmpty
                        ? WordML.paragraphs(line.text, style: "Note", look: .italic)
                        : WordML.paragraph([("\(line.label): ", .bold), (line.text, .plain)])
                }
            }
        }
        if !rows.milestones.isEmpty {
            xml += WordML.paragraphs("Milestones", style: "Heading1")
            let widths = WordML.fit([900, 5200, 5200, 1800, 1600], to: width)
            let header = ["For", "Of the action", "Milestone", "Due by", "State"].map { WordML.Cell($0, style: "TableHeading") }
            let body = rows.milestones.map { row in
                [WordML.Cell(row.ref), WordML.Cell(row.action), WordML.Cell(row.milestone.text), WordML.Cell(row.milestone.due),
                 row.isOverdue ? WordML.Cell("Overdue", look: WordML.Look(bold: true, colour: "B3261E")) : WordML.Cell(row.state)]
            }
            xml += WordML.table(widths: widths, header: header, rows: body)
        }
        return xml
    }
}
