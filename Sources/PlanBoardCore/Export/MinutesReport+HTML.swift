extension MinutesReport {
    /// The minutes as a page: the report's A4 frame and stylesheet, the minutes' own blocks.
    static func html(_ record: MeetingRecord, today: Day) -> String {
        let e = HTMLText.escape, m = HTMLText.multiline
        let meeting = record.meeting
        var h = HTMLPage.start(title: "Minutes: \(title(record))", runningHeader: "Minutes: \(title(record))",
                               extraCSS: MinutesStyle.css)
        h += HTMLPage.header(owner: record.plan.owner, title: title(record),
                             meta: e(about(record)))
        if meeting.isRunning { h.append("<p class=\"draft\">Draft: \(e(draftNotice))</p>") }
        h += ["<table class=\"attendance\">", "<tbody>"]
        for (label, text) in particulars(record) { h.append("<tr><th scope=\"row\">\(label)</th><td>\(e(text))</td></tr>") }
        h += ["</tbody>", "</table>", "<p class=\"summary\">\(e(summary(record)))</p>"]

        var number = 0
        func open(_ name: String, _ heading: String) -> [String] {
            number += 1
            return ["<section class=\"\(name)\">", "<h2>\(number). \(e(heading))</h2>"]
        }
        h += open("declarations", "Declarations of interest") + ["<p>\(e(declarations(record)))</p>", "</section>"]
        h += open("previous", "Minutes of the previous meeting") + ["<p>\(e(previousMinutes(record)))</p>", "</section>"]
        h += open("progress", "Progress on actions")
        h += table(class: "progress", columns: [("ref", "Ref"), ("text", "Action point"), ("owner", "Owner"), ("due", "Due"),
                                                ("raised", "Raised"), ("result", "Progress")],
                   rows: record.progressOnActions.map { p in
                       [e(p.item.action.ref), m(p.note.text), m(p.note.owner ?? ""), m(p.note.due ?? ""), e(raised(p)),
                        e(progressWord(p.result))]
                   }, none: noActionsOpen) + ["</section>"]

        if record.discussed.isEmpty {
            h += open("discussed", "Actions discussed") + ["<p class=\"none\">No actions were marked discussed.</p>", "</section>"]
        }
        for item in record.discussed {
            h += open("item", itemTitle(item.action)) + htmlItem(item) + ["</section>"]
        }
        if !record.alsoChanged.isEmpty {
            h += open("also-changed", "Also changed during the meeting")
            h.append("<p class=\"none\">Not marked discussed, but changed or noted while the meeting ran.</p>")
            for (i, item) in record.alsoChanged.enumerated() {
                h += ["<article class=\"item\">", "<h3>\(number).\(i + 1) \(e(itemTitle(item.action)))</h3>"] + htmlItem(item)
                    + ["</article>"]
            }
            h.append("</section>")
        }

        if !record.indicators.isEmpty {
            h += open("indicators", IndicatorMinutes.heading) + ["<ul class=\"entries\">"]
            h += record.indicators.map { "<li><strong>\(e($0.indicator)):</strong> \(e($0.text))</li>" } + ["</ul>", "</section>"]
        }
        h += htmlRisks(record, open: open)
        h += htmlWorkstreams(record, open: open)
        h += open("changes", "New and removed actions")
        if record.newActions.isEmpty && record.removed.isEmpty { h.append("<p class=\"none\">None.</p>") }
        if !record.newActions.isEmpty {
            h.append("<p>New actions added to the plan:</p>")
            h += table(class: "new", columns: [("ref", "Ref"), ("text", "Action"), ("outcome", "Outcome"),
                                               ("lead", "Lead"), ("deadline", "Deadline"), ("rag", "RAG")],
                       rows: record.newActions.map { item in
                           let a = item.action
                           return [e(a.ref), m(a.text), m(item.outcome), m(a.leadsText), m(a.deadline), ragBadge(item.ragWord)]
                       })
        }
        if !record.removed.isEmpty {
            h.append("<p>Actions removed from the plan:</p>")
            h += table(class: "removed", columns: [("ref", "Ref"), ("text", "Action"), ("why", "Reason")],
                       rows: record.removed.map { [e($0.item.action.ref), m($0.item.action.text), m($0.reason)] })
        }
        h.append("</section>")
        h += open("points", "Actions agreed")
        h += table(class: "points", columns: [("ref", "Ref"), ("text", "Action point"), ("owner", "Owner"), ("due", "Due")],
                   rows: record.actionPoints.map { point in
                       [e(point.item.action.ref), m(point.note.text), m(point.note.owner ?? ""), m(point.note.due ?? "")]
                   }) + ["</section>"]
        h += open("unreached", "Not reached") + ["<p>\(e(notReached(record)))</p>", "</section>"]
        h += open("next", "Date of next meeting") + ["<p>\(e(nextMeeting(record)))</p>", "</section>"]
        h += HTMLPage.end(footer: e(footer(today)))
        return h.joined(separator: "\n") + "\n"
    }

    /// What was reported as a list, then each decision as **AGREED:** and each action point as ACTION.
    private static func htmlItem(_ item: MeetingRecord.Item) -> [String] {
        let e = HTMLText.escape
        var h = ["<p class=\"action-text\">\(HTMLText.multiline(item.action.text))</p>",
                 "<p class=\"context\">\(e(context(item)))</p>"]
        let (reported, agreed) = split(item.entries)
        if item.entries.isEmpty { h.append("<p class=\"entry-quiet\">Discussed; nothing changed or recorded.</p>") }
        if !reported.isEmpty {
            h.append("<ul class=\"entries\">")
            for entry in reported { h.append(htmlEntry(entry)) }
            h.append("</ul>")
        }
        for entry in agreed {
            switch entry {
            case .decision(let text):
                h.append("<p class=\"agreed\"><strong>AGREED:</strong> \(HTMLText.multiline(text.trimmingWhitespace()))</p>")
            case .actionPoint:
                h.append("<p class=\"agreed-action\"><strong>ACTION:</strong> \(HTMLText.multiline(entry.parts.text))</p>")
            default: break
            }
        }
        return h
    }

    /// One entry: the label in bold, RAG ratings as badges that also carry the word.
    private static func htmlEntry(_ entry: MinuteEntry) -> String {
        let m = HTMLText.multiline
        let (label, text) = entry.parts
        let kind: String
        var body = m(text)
        switch entry {
        case .decision: kind = "decision"
        case .note: kind = "note"
        case .actionPoint: kind = "action-point"
        case .rag(let from, let to, let why):
            kind = "rag"
            body = "\(ragBadge(from)) → \(ragBadge(to))" + (why.map { ". Reason: \(m($0))" } ?? "")
        case .textUpdated, .textAdded: kind = "text"
        case .created, .removed, .restored: kind = "plan"
        case .field: kind = "field"
        case .milestone: kind = "milestone"
        }
        let separator = body.isEmpty ? "" : ": "
        return "<li class=\"entry-\(kind)\"><span class=\"label\">\(HTMLText.escape(label))</span>\(separator)\(body)</li>"
    }

    /// A RAG word as the report's badge, or the plain word when it is not a rating.
    private static func ragBadge(_ word: String) -> String {
        guard let rag = RAG(word: word) else { return HTMLText.escape(word.isEmpty ? "(blank)" : word) }
        return HTMLReport.badge(rag)
    }

    /// A table, or a line saying there is nothing; cells are already HTML. Rows keep together
    /// across a page break, the table does not.
    private static func table(class name: String, columns: [(key: String, title: String)],
                              rows: [[String]], none: String = "None.") -> [String] {
        guard !rows.isEmpty else { return ["<p class=\"none\">\(HTMLText.escape(none))</p>"] }
        var h = ["<table class=\"\(name)\">"]
        h.append("<colgroup>" + columns.map { "<col class=\"c-\($0.key)\">" }.joined() + "</colgroup>")
        h.append("<thead><tr>" + columns.map { "<th>\($0.title)</th>" }.joined() + "</tr></thead>")
        h.append("<tbody>")
        for row in rows { h.append("<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>") }
        h += ["</tbody>", "</table>"]
        return h
    }
}
