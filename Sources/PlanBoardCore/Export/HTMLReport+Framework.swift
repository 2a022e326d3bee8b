/// The report's performance framework sections, after the actions: indicators (a table and a
/// trend chart each), the risk assessment in the committee-report form, and milestones.
extension HTMLReport {
    static func framework(_ plan: Plan, today: Day) -> [String] {
        let rows = FrameworkReportRows(plan, today: today)
        guard !rows.isEmpty else { return [] }
        var h: [String] = []
        if !rows.indicators.isEmpty { h += indicators(rows.indicators) }
        if !rows.risks.isEmpty { h += risks(rows.risks) }
        if !rows.milestones.isEmpty { h += milestones(rows.milestones) }
        return h
    }

    private static func indicators(_ rows: [FrameworkReportRows.IndicatorRow]) -> [String] {
        let e = HTMLText.escape
        var h = ["<section class=\"indicators\" id=\"indicators\">", "<h2>Performance indicators</h2>",
                 "<p class=\"counts\">Status against target: G on target, A near target (within the indicator's tolerance), "
                    + "R off target, · no data. Arrows say better (↑) or worse (↓) since the value before.</p>",
                 "<table class=\"indicators\">",
                 "<thead><tr><th>Ref</th><th>Indicator</th><th>Baseline</th><th>Latest</th><th>Target</th><th>Status</th>"
                    + "<th>Trend</th><th>Next due</th></tr></thead>", "<tbody>"]
        for row in rows {
            h.append("<tr><td>\(e(row.ref))</td><td>\(HTMLText.multiline(row.name))</td><td>\(e(row.baseline))</td>"
                + "<td>\(e(row.latest))</td><td>\(e(row.target))</td>"
                + "<td><span class=\"rag rag-\(row.status.rag.rawValue)\">\(e(row.statusText))</span></td>"
                + "<td>\(e(row.trend))</td><td>\(e(row.nextDue))</td></tr>")
        }
        h += ["</tbody>", "</table>"]
        let notes = rows.compactMap(\.overrideNote)
        if !notes.isEmpty {
            h.append("<p class=\"counts\">* The board's status, overriding the one computed from the figures:</p>")
            h.append("<ul class=\"overrides\">" + notes.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
        }
        for (index, row) in rows.enumerated() {
            guard let chart = IndicatorTrendChart.svg(row.indicator, id: "trend-\(index + 1)") else { continue }
            h.append("<figure class=\"trend\">")
            h.append(chart)
            h.append("<figcaption>\(e(row.ref.isEmpty ? row.name : "\(row.ref) \(row.name)")): values (solid) against target (dashed).</figcaption>")
            h.append("</figure>")
        }
        h.append("</section>")
        return h
    }

    private static func risks(_ rows: [FrameworkReportRows.RiskRow]) -> [String] {
        var h = ["<section class=\"risks\" id=\"risks\">", "<h2>Risk assessment</h2>"]
        for row in rows {
            h.append("<h3>\(HTMLText.escape(row.heading))</h3>")
            h.append("<dl class=\"risk\">")
            for line in FrameworkReportRows.riskLines(row) {
                if line.label.isEmpty {
                    h.append("<dd class=\"about\">\(HTMLText.multiline(line.text))</dd>")
                } else {
                    h.append("<dt>\(HTMLText.escape(line.label)):</dt><dd>\(HTMLText.multiline(line.text))</dd>")
                }
            }
            h.append("</dl>")
        }
        h.append("</section>")
        return h
    }

    private static func milestones(_ rows: [FrameworkReportRows.MilestoneRow]) -> [String] {
        let e = HTMLText.escape
        var h = ["<section class=\"milestones\" id=\"milestones\">", "<h2>Milestones</h2>", "<table class=\"milestones\">",
                 "<thead><tr><th>Ref</th><th>Action</th><th>Milestone</th><th>Due</th><th>State</th></tr></thead>", "<tbody>"]
        for row in rows {
            h.append((row.isOverdue ? "<tr class=\"overdue\">" : "<tr>")
                + "<td>\(e(row.ref))</td><td>\(HTMLText.multiline(row.action))</td><td>\(HTMLText.multiline(row.milestone.text))</td>"
                + "<td>\(e(row.milestone.due))</td><td>\(e(row.state))</td></tr>")
        }
        h += ["</tbody>", "</table>", "</section>"]
        return h
    }
}
