/// The minutes of a review meeting, written from what the meeting left in the plan file.
///
/// In the numbered shape committee minutes take: date, time, venue, present (the chair named),
/// in attendance, apologies; declarations of interest; the previous minutes; progress on action
/// points open from earlier meetings; each action discussed in agenda order with what was
/// reported and what was AGREED; actions changed without being marked discussed; new and removed
/// actions; the actions agreed; those not reached; the date of the next meeting. RAG is always a
/// word. Pure: the same plan, meeting and day always give the same text.
public enum MinutesReport {
    /// The minutes as Markdown; nil when the plan has no meeting `meeting`.
    ///
    /// `today` is printed as the day the minutes were produced.
    public static func markdown(_ plan: Plan, meeting: Meeting.ID, today: Day) -> String? {
        MeetingRecord(plan: plan, meeting: meeting).map { markdown($0, today: today) }
    }

    /// The minutes as one self-contained HTML page that prints on A4 like the HTML report;
    /// nil when the plan has no meeting `meeting`.
    public static func html(_ plan: Plan, meeting: Meeting.ID, today: Day) -> String? {
        MeetingRecord(plan: plan, meeting: meeting).map { html($0, today: today) }
    }

    static func markdown(_ record: MeetingRecord, today: Day) -> String {
        let inline = MarkdownReport.inline, cell = MarkdownReport.cell
        let meeting = record.meeting
        let subtitle = [record.plan.owner, about(record)].filter { !$0.isEmpty }.map(inline).joined(separator: " · ")
        var out = ["# \(inline(title(record)))", "", subtitle, ""]
        if meeting.isRunning { out += ["**Draft:** \(draftNotice)", ""] }
        for (label, text) in particulars(record) { out += ["**\(label):** \(inline(text))", ""] }
        out += [summary(record), ""]

        var number = 0
        func heading(_ text: String) -> String {
            number += 1
            return "## \(number). \(inline(text))"
        }
        out += [heading("Declarations of interest"), "", inline(declarations(record)), ""]
        out += [heading("Minutes of the previous meeting"), "", inline(previousMinutes(record)), ""]
        out += [heading("Progress on actions"), ""]
        if record.progressOnActions.isEmpty { out += [noActionsOpen, ""] } else {
            out += MarkdownReport.header(["Ref", "Action point", "Owner", "Due", "Raised", "Progress"])
            for p in record.progressOnActions {
                out.append(MarkdownReport.row([cell(p.item.action.ref), cell(p.note.text), cell(p.note.owner ?? ""),
                                               cell(p.note.due ?? ""), cell(raised(p)), progressWord(p.result)]))
            }
            out.append("")
        }

        if record.discussed.isEmpty { out += [heading("Actions discussed"), "", "No actions were marked discussed.", ""] }
        for item in record.discussed { out += [heading(itemTitle(item.action)), ""] + markdownItem(item) }
        if !record.alsoChanged.isEmpty {
            out += [heading("Also changed during the meeting"), "", "Not marked discussed, but changed or noted while the meeting ran.", ""]
            for (i, item) in record.alsoChanged.enumerated() {
                out += ["### \(number).\(i + 1) \(inline(itemTitle(item.action)))", ""] + markdownItem(item)
            }
        }

        if !record.indicators.isEmpty {
            out += [heading(IndicatorMinutes.heading), ""]
            out += record.indicators.map { "- **\(inline($0.indicator)):** \(inline($0.text))" } + [""]
        }
        out += markdownRisks(record, heading: heading)
        out += markdownWorkstreams(record, heading: heading)
        out += [heading("New and removed actions"), ""]
        if record.newActions.isEmpty && record.removed.isEmpty { out += ["None.", ""] }
        if !record.newActions.isEmpty {
            out += ["New actions added to the plan:", ""]
            out += MarkdownReport.header(["Ref", "Action", "Outcome", "Lead", "Deadline", "RAG"])
            for item in record.newActions {
                let a = item.action
                out.append(MarkdownReport.row([cell(a.ref), cell(a.text), cell(item.outcome), cell(a.leadsText),
                                               cell(a.deadline), item.ragWord]))
            }
            out.append("")
        }
        if !record.removed.isEmpty {
            out += ["Actions removed from the plan:", ""]
            out += MarkdownReport.header(["Ref", "Action", "Reason"])
            for (item, reason) in record.removed {
                out.append(MarkdownReport.row([cell(item.action.ref), cell(item.action.text), cell(reason)]))
            }
            out.append("")
        }

        out += [heading("Actions agreed"), ""]
        if record.actionPoints.isEmpty { out += ["None.", ""] } else {
            out += MarkdownReport.header(["Ref", "Action point", "Owner", "Due"])
            for point in record.actionPoints {
                out.append(MarkdownReport.row([cell(point.item.action.ref), cell(point.note.text),
                                               cell(point.note.owner ?? ""), cell(point.note.due ?? "")]))
            }
            out.append("")
        }

        out += [heading("Not reached"), "", inline(notReached(record)), ""]
        out += [heading("Date of next meeting"), "", inline(nextMeeting(record)), ""]
        out += ["---", "", "_\(footer(today))_", ""]
        return out.joined(separator: "\n")
    }

    /// What was reported (changes and notes) as a list, then the **AGREED:** resolutions and the
    /// actions agreed, each a paragraph of its own as minutes print them.
    private static func markdownItem(_ item: MeetingRecord.Item) -> [String] {
        let inline = MarkdownReport.inline
        var out = ["_\(inline(context(item)))_", ""]
        let (reported, agreed) = split(item.entries)
        if item.entries.isEmpty { out += ["Discussed; nothing changed or recorded.", ""] }
        if !reported.isEmpty {
            for entry in reported {
                let (label, text) = entry.parts
                out.append(text.isEmpty ? "- **\(inline(label))**" : "- **\(inline(label)):** \(inline(text))")
            }
            out.append("")
        }
        for entry in agreed {
            switch entry {
            case .decision(let text): out += ["**AGREED:** \(inline(text.trimmingWhitespace()))", ""]
            case .actionPoint: out += ["**ACTION:** \(inline(entry.parts.text))", ""]
            default: break
            }
        }
        return out
    }

    // MARK: Words shared by both formats

    /// The meeting's title, or the partnership and date when none was given.
    static func title(_ record: MeetingRecord) -> String {
        let title = record.meeting.title.trimmingWhitespace()
        if !title.isEmpty { return title }
        let body = record.plan.owner.isEmpty ? "Review meeting" : record.plan.owner
        return "\(body) — \(record.meeting.date.longText)"
    }

    /// `Minutes of the meeting reviewing the Northshire Carers Delivery Plan 2025–2028`.
    static func about(_ record: MeetingRecord) -> String {
        let plan = record.plan
        return "Minutes of the meeting reviewing the \(plan.period.isEmpty ? plan.title : "\(plan.title) \(plan.period)")"
    }

    /// The entries as reported (changes, notes) and as agreed (decisions, then action points).
    static func split(_ entries: [MinuteEntry]) -> (reported: [MinuteEntry], agreed: [MinuteEntry]) {
        var reported: [MinuteEntry] = [], decisions: [MinuteEntry] = [], points: [MinuteEntry] = []
        for entry in entries {
            switch entry {
            case .decision: decisions.append(entry)
            case .actionPoint: points.append(entry)
            default: reported.append(entry)
            }
        }
        return (reported, decisions + points)
    }

    /// Date, time, venue, present (the chair named), in attendance and apologies, as label and words.
    static func particulars(_ record: MeetingRecord) -> [(String, String)] {
        let meeting = record.meeting
        var time = meeting.startedAt.clockText()
        if let end = meeting.endedAt { time += " to \(end.clockText())" } else { time = "from \(time)" }
        let venue = meeting.venue.trimmingWhitespace()
        return [
            ("Date", meeting.date.longText),
            ("Time", time),
            ("Venue", venue.isEmpty ? "Not recorded" : venue),
            ("Present", present(meeting)),
            ("In attendance", names(meeting.inAttendance)),
            ("Apologies", names(meeting.apologies)),
        ]
    }

    /// The attendees with the first named as chair (`Jo Baird (Chair), Sam Patel`).
    static func present(_ meeting: Meeting) -> String {
        var list = meeting.attendees.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard let first = list.first else { return "None recorded" }
        if !first.lowercased().contains("chair") { list[0] = "\(first) (Chair)" }
        return list.joined(separator: ", ")
    }

    static func declarations(_ record: MeetingRecord) -> String {
        let list = record.meeting.declarations.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        return list.isEmpty ? "None declared." : list.joined(separator: "; ")
    }

    /// Which meeting came before, named so it cannot be mistaken for another that day, and that
    /// the board holds no record of its minutes being agreed: the minutes state only what was recorded.
    static func previousMinutes(_ record: MeetingRecord) -> String {
        guard let previous = record.previousMeeting else { return "This was the first meeting recorded in the plan." }
        return "The previous meeting was \(previous.reference(among: record.plan.meetings)). "
            + "Whether its minutes were agreed is not recorded here."
    }

    static let noActionsOpen = "No action points were open from earlier meetings."

    /// The meeting that raised an action point, by date.
    static func raised(_ progress: MeetingRecord.ActionProgress) -> String {
        progress.raisedIn.map(\.date.longText) ?? progress.note.at.day().longText
    }

    static func progressWord(_ result: MeetingRecord.ActionProgress.Result) -> String {
        switch result {
        case .done: "Done"
        case .carriedForward: "Carried forward"
        case .open: "Open"
        }
    }

    /// `1.4 Carers register in every practice; 2.2 Respite review.`
    static func notReached(_ record: MeetingRecord) -> String {
        guard !record.notReached.isEmpty else { return "Every action on the plan was reached." }
        return record.notReached.map { itemTitle($0.action, limit: 40) }.joined(separator: "; ") + "."
    }

    static func nextMeeting(_ record: MeetingRecord) -> String {
        let next = record.meeting.nextMeeting.trimmingWhitespace()
        return next.isEmpty ? "To be confirmed." : next
    }

    /// `2.1 Short breaks fund`: the ref and the action's first words, cut at a word.
    static func itemTitle(_ action: Action, limit: Int = 60) -> String {
        let ref = action.ref.isEmpty ? "(no ref)" : action.ref
        return "\(ref) \(shortTitle(action.text, limit: limit))"
    }

    static func shortTitle(_ text: String, limit: Int = 60) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingWhitespace() } ?? ""
        guard line.count > limit else { return line }
        var cut = String(line.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        cut = cut.trimmingWhitespace()
        while let last = cut.last, ",;:.-–—(&/".contains(last) { cut.removeLast() }
        return cut.trimmingWhitespace() + "…"
    }

    static func names(_ list: [String]) -> String {
        let names = list.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        return names.isEmpty ? "None recorded" : names.joined(separator: ", ")
    }

    /// `4 actions discussed; 2 RAG ratings changed; 1 new action; …`.
    static func summary(_ record: MeetingRecord) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        // Indicator entries are counted only when there are some, so minutes without them read as before.
        let parts: [String?] = [
            count(record.discussed.count, "action discussed", "actions discussed"),
            count(record.ragChangeCount, "RAG rating changed", "RAG ratings changed"),
            count(record.newActions.count, "new action", "new actions"),
            count(record.removed.count, "action removed", "actions removed"),
            count(record.actionPoints.count, "action point", "action points"),
            record.indicators.isEmpty ? nil : count(record.indicators.count, "indicator entry", "indicator entries"),
            count(record.notReached.count, "action not reached", "actions not reached"),
        ]
        return parts.compactMap { $0 }.joined(separator: "; ") + riskSummary(record) + workstreamSummary(record) + "."
    }

    /// `Outcome 2: … · Lead: SW · RAG after the meeting: Amber`.
    static func context(_ item: MeetingRecord.Item) -> String {
        var parts = [item.outcome]
        if !item.action.leads.isEmpty { parts.append("Lead: \(item.action.leadsText)") }
        let removedHere = item.action.isRemoved && item.entries.contains { if case .removed = $0 { true } else { false } }
        parts.append(removedHere ? "Removed in this meeting" : "RAG after the meeting: \(item.ragWord)")
        return parts.joined(separator: " · ")
    }

    static let draftNotice = "the meeting had not been ended when these minutes were produced."

    static func footer(_ today: Day) -> String {
        "Minutes produced with planboard on \(today.longText) from the record of the meeting kept in the plan."
    }
}
