/// The minutes of a review meeting, written from what the meeting left in the plan file.
///
/// Title, date, who was present and who sent apologies; each action discussed in agenda order
/// with its decisions, notes, RAG changes (with the board's reason) and field changes; then the
/// actions changed without being marked discussed, new actions, removed actions with their
/// reasons, action points with owner and date, and the actions not reached. RAG is always a
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
        out += [
            "**Date:** \(meeting.date.longText)", "",
            "**Present:** \(inline(names(meeting.attendees)))", "",
            "**Apologies:** \(inline(names(meeting.apologies)))", "",
            summary(record), "",
        ]

        out += ["## Actions discussed", ""]
        if record.discussed.isEmpty { out += ["No actions were marked discussed.", ""] }
        for item in record.discussed { out += markdownItem(item, record: record) }
        if !record.alsoChanged.isEmpty {
            out += ["## Also changed during the meeting", "", "Not marked discussed, but changed or noted while the meeting ran.", ""]
            for item in record.alsoChanged { out += markdownItem(item, record: record) }
        }

        out += ["## New actions", ""]
        if record.newActions.isEmpty { out += ["None.", ""] } else {
            out += MarkdownReport.header(["Ref", "Action", "Outcome", "Lead", "Deadline", "RAG"])
            for item in record.newActions {
                let a = item.action
                out.append(MarkdownReport.row([cell(a.ref), cell(a.text), cell(item.outcome), cell(a.leadsText),
                                               cell(a.deadline), item.ragWord]))
            }
            out.append("")
        }

        out += ["## Removed actions", ""]
        if record.removed.isEmpty { out += ["None.", ""] } else {
            out += MarkdownReport.header(["Ref", "Action", "Reason"])
            for (item, reason) in record.removed {
                out.append(MarkdownReport.row([cell(item.action.ref), cell(item.action.text), cell(reason)]))
            }
            out.append("")
        }

        out += ["## Action points", ""]
        if record.actionPoints.isEmpty { out += ["None.", ""] } else {
            out += MarkdownReport.header(["Ref", "Action point", "Owner", "Due"])
            for point in record.actionPoints {
                out.append(MarkdownReport.row([cell(point.item.action.ref), cell(point.note.text),
                                               cell(point.note.owner ?? ""), cell(point.note.due ?? "")]))
            }
            out.append("")
        }

        out += ["## Not reached", ""]
        if record.notReached.isEmpty { out += ["Every action on the plan was reached.", ""] } else {
            out += MarkdownReport.header(["Ref", "Action", "RAG"])
            for item in record.notReached {
                out.append(MarkdownReport.row([cell(item.action.ref), cell(item.action.text), item.ragWord]))
            }
            out.append("")
        }
        out += ["---", "", "_\(footer(today))_", ""]
        return out.joined(separator: "\n")
    }

    private static func markdownItem(_ item: MeetingRecord.Item, record: MeetingRecord) -> [String] {
        let inline = MarkdownReport.inline
        var out = ["### Action \(item.action.ref.isEmpty ? "(no ref)" : inline(item.action.ref))", "",
                   inline(item.action.text), "", "_\(inline(context(item)))_", ""]
        if item.entries.isEmpty { out.append("- Discussed; nothing changed or recorded.") }
        for entry in item.entries {
            let (label, text) = entry.parts
            out.append(text.isEmpty ? "- **\(inline(label))**" : "- **\(inline(label)):** \(inline(text))")
        }
        out.append("")
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

    static func names(_ list: [String]) -> String {
        let names = list.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        return names.isEmpty ? "None recorded" : names.joined(separator: ", ")
    }

    /// `4 actions discussed; 2 RAG ratings changed; 1 new action; …`.
    static func summary(_ record: MeetingRecord) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return [
            count(record.discussed.count, "action discussed", "actions discussed"),
            count(record.ragChangeCount, "RAG rating changed", "RAG ratings changed"),
            count(record.newActions.count, "new action", "new actions"),
            count(record.removed.count, "action removed", "actions removed"),
            count(record.actionPoints.count, "action point", "action points"),
            count(record.notReached.count, "action not reached", "actions not reached"),
        ].joined(separator: "; ") + "."
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
