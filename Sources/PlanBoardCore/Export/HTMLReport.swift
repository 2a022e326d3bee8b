/// The plan as one self-contained HTML page that prints well on A4: a report to circulate.
///
/// Title, a RAG key, a chart of each outcome's ratings (inline SVG, no external files), the
/// actions by outcome with overdue ones highlighted, and the changes since a date. Every piece
/// of plan text is HTML-escaped. Pure: the same inputs always give the same page.
public enum HTMLReport {
    /// Renders the page; `today` decides what is overdue and is printed as the report date.
    public static func render(_ plan: Plan, today: Day, options: ReportOptions = ReportOptions()) -> String {
        let e = HTMLText.escape
        let active = plan.outcomes.flatMap(\.activeActions)
        let urgency = { (action: Action) in action.urgency(today: today, soonDays: options.soonDays) }
        let overdue = active.filter { urgency($0) == .overdue }.count
        let soon = active.filter { urgency($0) == .dueSoon }.count

        let meta = [plan.period.isEmpty ? nil : "Plan period \(e(plan.period))", "Progress report, \(today.longText)"]
        var h = HTMLPage.start(title: "\(plan.title) — progress report, \(today.longText)",
                               runningHeader: "\(plan.title) — progress report, \(today.longText)")
        h += HTMLPage.header(owner: plan.owner, title: plan.title, meta: meta.compactMap { $0 }.joined(separator: " · "))

        h.append("<section class=\"overview\">")
        h.append("<h2>Summary</h2>")
        h.append("<p><strong>\(active.count) action\(active.count == 1 ? "" : "s")</strong> across \(plan.outcomes.count) "
            + "outcome\(plan.outcomes.count == 1 ? "" : "s"): \(RAGCounts(active).text). "
            + "<strong>\(overdue) overdue</strong>, \(soon) due in the next \(options.soonDays) days.</p>")
        let labels = plan.outcomes.enumerated().map { index, outcome in
            RAGChart.Label(short: chartLabel(outcome, index: index), full: outcome.reportHeading)
        }
        h.append("<figure>")
        h.append(RAGChart.svg(labels: labels, counts: plan.outcomes.map { RAGCounts($0.activeActions) }))
        h.append("<figcaption>RAG ratings of the actions in each outcome (removed actions not counted).</figcaption>")
        h.append("</figure>")
        h.append(contentsOf: key(brag: active.contains { $0.rag == .blue }))
        h.append("</section>")

        for (index, outcome) in plan.outcomes.enumerated() {
            h.append(contentsOf: section(outcome, index: index, today: today, urgency: urgency))
        }
        h.append(contentsOf: framework(plan, today: today))
        if let since = options.since { h.append(contentsOf: changes(plan.changes(since: since), since: since)) }
        h += HTMLPage.end(footer: "Produced with planboard on \(today.longText). RAG ratings are as agreed by the partnership; "
            + "deadlines are shown as written in the plan.")
        return h.joined(separator: "\n") + "\n"
    }

    /// `1 Carers are identified & heard`, cut to fit beside the bar; the chart's tooltip has it whole.
    static func chartLabel(_ outcome: Outcome, index: Int) -> String {
        let number = outcome.number.isEmpty ? "\(index + 1)" : outcome.number
        return "\(number) \(MinutesReport.shortTitle(outcome.title, limit: 30))"
    }

    static func badge(_ rag: RAG) -> String {
        "<span class=\"rag rag-\(rag.rawValue)\">\(rag.word)</span>"
    }

    /// The RAG key; `brag` adds Blue (complete) for plans that rate with it.
    private static func key(brag: Bool) -> [String] {
        let meanings: [(RAG, String)] = [
            (.red, "off track: needs the partnership’s attention"),
            (.amber, "some slippage or risk, being managed"),
            (.green, brag ? "on track" : "on track or complete"),
        ] + (brag ? [(.blue, "complete")] : []) + [
            (.unrated, "no rating given yet"),
        ]
        var lines = ["<h3>RAG key</h3>", "<ul class=\"key\">"]
        for (rag, meaning) in meanings { lines.append("<li>\(badge(rag)) \(meaning)</li>") }
        lines.append("<li><span class=\"flag flag-overdue\" style=\"display:inline\">Overdue</span> "
            + "deadline passed and not complete</li>")
        lines.append("</ul>")
        return lines
    }

    private static func section(_ outcome: Outcome, index: Int, today: Day, urgency: (Action) -> Urgency) -> [String] {
        let e = HTMLText.escape
        let actions = outcome.activeActions
        var h = ["<section class=\"outcome\" id=\"outcome-\(index + 1)\">", "<h2>\(e(outcome.reportHeading))</h2>"]
        if !outcome.description.isEmpty { h.append("<p class=\"description\">\(HTMLText.multiline(outcome.description))</p>") }
        // The workstream's own milestones close its section, after its actions.
        let workstream = WorkstreamMilestoneReport.html(outcome, today: today)
        guard !actions.isEmpty else {
            h += ["<p class=\"none\">No actions.</p>"] + workstream + ["</section>"]
            return h
        }
        h.append("<p class=\"counts\">\(actions.count) action\(actions.count == 1 ? "" : "s"): \(RAGCounts(actions).text).</p>")
        h.append("<table class=\"actions\">")
        h.append("<colgroup><col class=\"c-ref\"><col class=\"c-action\"><col class=\"c-lead\"><col class=\"c-deadline\">"
            + "<col class=\"c-rag\"><col class=\"c-status\"><col class=\"c-progress\"></colgroup>")
        h.append("<thead><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Deadline</th><th>RAG</th><th>Status</th>"
            + "<th>Progress</th></tr></thead>")
        h.append("<tbody>")
        // Priority areas head their actions as a row across the table.
        for area in PriorityArea.runs(actions) {
            if !area.title.isEmpty {
                h.append("<tr class=\"area\"><th colspan=\"7\">\(HTMLText.multiline(area.title))</th></tr>")
            }
            h.append(contentsOf: area.actions.map { row($0, urgency: urgency) })
        }
        h += ["</tbody>", "</table>"] + workstream + ["</section>"]
        return h
    }

    /// One action's row of the outcome's table, highlighted when overdue.
    private static func row(_ action: Action, urgency: (Action) -> Urgency) -> String {
        let state = urgency(action)
        var deadline = HTMLText.multiline(action.deadline)
        switch state {
        case .overdue: deadline += "<span class=\"flag flag-overdue\">Overdue</span>"
        case .dueSoon: deadline += "<span class=\"flag flag-soon\">Due soon</span>"
        case .none: break
        }
        var text = HTMLText.multiline(action.text)
        if !action.measure.isEmpty {
            text += "<span class=\"measure\">Measure: \(HTMLText.multiline(action.measure))</span>"
        }
        return (state == .overdue ? "<tr class=\"overdue\">" : "<tr>")
            + "<td>\(HTMLText.escape(action.ref))</td><td>\(text)</td><td>\(HTMLText.multiline(action.leadsText))</td>"
            + "<td>\(deadline)</td><td>\(badge(action.rag))</td><td>\(HTMLText.escape(action.statusWord))</td>"
            + "<td>\(HTMLText.multiline(action.progress))</td></tr>"
    }

    private static func changes(_ changes: [PlanChange], since: Day) -> [String] {
        let e = HTMLText.escape
        var h = ["<section class=\"changes\">", "<h2>Changes since \(since.longText)</h2>"]
        guard !changes.isEmpty else {
            h += ["<p class=\"none\">No changes recorded.</p>", "</section>"]
            return h
        }
        h.append("<table class=\"changes\">")
        let who = changes.sayWho
        h.append("<colgroup><col class=\"c-date\"><col class=\"c-ref\"><col class=\"c-action\"><col class=\"c-change\">"
            + (who ? "<col class=\"c-by\">" : "") + "<col class=\"c-reason\"></colgroup>")
        h.append("<thead><tr><th>Date</th><th>Ref</th><th>\(e(changes.itemHeading))</th><th>Change</th>" + (who ? "<th>By</th>" : "")
            + "<th>Reason</th></tr></thead>")
        h.append("<tbody>")
        for entry in changes {
            h.append("<tr><td>\(entry.change.at.day().shortText)</td><td>\(e(entry.ref))</td>"
                + "<td>\(HTMLText.multiline(entry.actionText))</td><td>\(HTMLText.multiline(entry.summary))</td>"
                + (who ? "<td>\(e(entry.who ?? ""))</td>" : "")
                + "<td>\(HTMLText.multiline(entry.change.reason ?? ""))</td></tr>")
        }
        h += ["</tbody>", "</table>", "</section>"]
        return h
    }
}
