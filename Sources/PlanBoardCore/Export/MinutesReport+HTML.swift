extension MinutesReport {
    /// The minutes as a page: the report's A4 frame and stylesheet, the minutes' own blocks.
    static func html(_ record: MeetingRecord, today: Day) -> String {
        let e = HTMLText.escape, m = HTMLText.multiline
        let meeting = record.meeting
        var h = HTMLPage.start(title: "Minutes: \(title(record))", extraCSS: MinutesStyle.css)
        h += HTMLPage.header(owner: record.plan.owner, title: title(record),
                             meta: e(about(record)))
        if meeting.isRunning { h.append("<p class=\"draft\">Draft: \(e(draftNotice))</p>") }
        h += [
            "<table class=\"attendance\">",
            "<tbody>",
            "<tr><th scope=\"row\">Date</th><td>\(meeting.date.longText)</td></tr>",
            "<tr><th scope=\"row\">Present</th><td>\(e(names(meeting.attendees)))</td></tr>",
            "<tr><th scope=\"row\">Apologies</th><td>\(e(names(meeting.apologies)))</td></tr>",
            "</tbody>",
            "</table>",
            "<p class=\"summary\">\(e(summary(record)))</p>",
        ]

        h += ["<section class=\"discussed\">", "<h2>Actions discussed</h2>"]
        if record.discussed.isEmpty { h.append("<p class=\"none\">No actions were marked discussed.</p>") }
        for item in record.discussed { h += htmlItem(item) }
        h.append("</section>")
        if !record.alsoChanged.isEmpty {
            h += ["<section class=\"also-changed\">", "<h2>Also changed during the meeting</h2>",
                  "<p class=\"none\">Not marked discussed, but changed or noted while the meeting ran.</p>"]
            for item in record.alsoChanged { h += htmlItem(item) }
            h.append("</section>")
        }

        h += table(class: "new", heading: "New actions", columns: [("ref", "Ref"), ("text", "Action"), ("outcome", "Outcome"),
                                                                   ("lead", "Lead"), ("deadline", "Deadline"), ("rag", "RAG")],
                   rows: record.newActions.map { item in
                       let a = item.action
                       return [e(a.ref), m(a.text), m(item.outcome), m(a.leadsText), m(a.deadline), ragBadge(item.ragWord)]
                   })
        h += table(class: "removed", heading: "Removed actions", columns: [("ref", "Ref"), ("text", "Action"), ("why", "Reason")],
                   rows: record.removed.map { [e($0.item.action.ref), m($0.item.action.text), m($0.reason)] })
        h += table(class: "points", heading: "Action points",
                   columns: [("ref", "Ref"), ("text", "Action point"), ("owner", "Owner"), ("due", "Due")],
                   rows: record.actionPoints.map { point in
                       [e(point.item.action.ref), m(point.note.text), m(point.note.owner ?? ""), m(point.note.due ?? "")]
                   })
        h += table(class: "unreached", heading: "Not reached", columns: [("ref", "Ref"), ("text", "Action"), ("rag", "RAG")],
                   rows: record.notReached.map { [e($0.action.ref), m($0.action.text), ragBadge($0.ragWord)] },
                   none: "Every action on the plan was reached.")
        h += HTMLPage.end(footer: e(footer(today)))
        return h.joined(separator: "\n") + "\n"
    }

    private static func htmlItem(_ item: MeetingRecord.Item) -> [String] {
        let e = HTMLText.escape
        var h = ["<article class=\"item\">",
                 "<h3>Action \(item.action.ref.isEmpty ? "(no ref)" : e(item.action.ref))</h3>",
                 "<p class=\"action-text\">\(HTMLText.multiline(item.action.text))</p>",
                 "<p class=\"context\">\(e(context(item)))</p>",
                 "<ul class=\"entries\">"]
        if item.entries.isEmpty { h.append("<li class=\"entry-quiet\">Discussed; nothing changed or recorded.</li>") }
        for entry in item.entries { h.append(htmlEntry(entry)) }
        h += ["</ul>", "</article>"]
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
        case .textUpdated: kind = "text"
        case .created, .removed, .restored: kind = "plan"
        case .field: kind = "field"
        }
        let separator = body.isEmpty ? "" : ": "
        return "<li class=\"entry-\(kind)\"><span class=\"label\">\(HTMLText.escape(label))</span>\(separator)\(body)</li>"
    }

    /// A RAG word as the report's badge, or the plain word when it is not a rating.
    private static func ragBadge(_ word: String) -> String {
        guard let rag = RAG(word: word) else { return HTMLText.escape(word.isEmpty ? "(blank)" : word) }
        return HTMLReport.badge(rag)
    }

    /// A section holding one table, or a line saying there is nothing; cells are already HTML.
    private static func table(class name: String, heading: String, columns: [(key: String, title: String)],
                              rows: [[String]], none: String = "None.") -> [String] {
        var h = ["<section class=\"\(name)\">", "<h2>\(heading)</h2>"]
        guard !rows.isEmpty else { return h + ["<p class=\"none\">\(none)</p>", "</section>"] }
        h.append("<table class=\"\(name)\">")
        h.append("<colgroup>" + columns.map { "<col class=\"c-\($0.key)\">" }.joined() + "</colgroup>")
        h.append("<thead><tr>" + columns.map { "<th>\($0.title)</th>" }.joined() + "</tr></thead>")
        h.append("<tbody>")
        for row in rows { h.append("<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>") }
        h += ["</tbody>", "</table>", "</section>"]
        return h
    }
}
