/// The minutes of a meeting as a Word document in the numbered form committee minutes take:
/// title, date, time, venue, present, in attendance and apologies, then numbered items
/// (declarations, previous minutes, progress on actions, each action discussed with what was
/// reported and AGREED, new and removed actions, actions agreed, not reached, next meeting).
///
/// Built from `MeetingRecord` and `MinutesReport`'s words, the same content the Markdown and
/// HTML minutes print, so the three cannot disagree. A4 portrait. Nil when the plan has no
/// meeting `meeting`.
public enum DocxMinutes {
    public static func render(_ plan: Plan, meeting: Meeting.ID, today: Day) -> [UInt8]? {
        guard let record = MeetingRecord(plan: plan, meeting: meeting) else { return nil }
        let title = MinutesReport.title(record)
        return DocxPackage(title: "Minutes: \(title)", body: body(record, today: today), footer: "Minutes: \(title)",
                           orientation: .portrait).bytes()
    }

    static func body(_ record: MeetingRecord, today: Day) -> String {
        let meeting = record.meeting
        var xml = WordML.paragraphs(MinutesReport.title(record), style: "Title")
        let subtitle = [record.plan.owner, MinutesReport.about(record)].filter { !$0.isEmpty }.joined(separator: " · ")
        xml += WordML.paragraphs(subtitle, style: "Subtitle")
        if meeting.isRunning {
            xml += WordML.paragraph([("Draft: ", .bold), (MinutesReport.draftNotice, .plain)])
        }
        for (label, text) in MinutesReport.particulars(record) { xml += labelled(label, text) }
        xml += WordML.paragraphs(MinutesReport.summary(record))

        var number = 0
        func heading(_ text: String) -> String {
            number += 1
            return WordML.paragraphs("\(number). \(text)", style: "Heading1")
        }
        let width = DocxPackage.textWidth(.portrait)

        xml += heading("Declarations of interest") + WordML.paragraphs(MinutesReport.declarations(record))
        xml += heading("Minutes of the previous meeting") + WordML.paragraphs(MinutesReport.previousMinutes(record))
        xml += heading("Progress on actions")
        xml += table(widths: [700, 3600, 1100, 1300, 1500, 1400], width: width,
                     header: ["Ref", "Action point", "Owner", "Due", "Raised", "Progress"],
                     rows: record.progressOnActions.map { p in
                         [WordML.Cell(p.item.action.ref), WordML.Cell(p.note.text), WordML.Cell(p.note.owner ?? ""),
                          WordML.Cell(p.note.due ?? ""), WordML.Cell(MinutesReport.raised(p)),
                          WordML.Cell(MinutesReport.progressWord(p.result))]
                     }, none: MinutesReport.noActionsOpen)

        if record.discussed.isEmpty {
            xml += heading("Actions discussed") + WordML.paragraphs("No actions were marked discussed.", look: .italic)
        }
        for item in record.discussed {
            xml += heading(MinutesReport.itemTitle(item.action)) + self.item(item)
        }
        if !record.alsoChanged.isEmpty {
            xml += heading("Also changed during the meeting")
            xml += WordML.paragraphs("Not marked discussed, but changed or noted while the meeting ran.", look: .italic)
            for (i, item) in record.alsoChanged.enumerated() {
                xml += WordML.paragraphs("\(number).\(i + 1)  \(MinutesReport.itemTitle(item.action))", style: "Heading2")
                xml += self.item(item)
            }
        }

        if !record.indicators.isEmpty {
            xml += heading(IndicatorMinutes.heading)
            for minute in record.indicators { xml += WordML.paragraph([("\(minute.indicator): ", .bold), (minute.text, .plain)]) }
        }
        let risks = record.riskMinutes
        if !risks.isEmpty {
            xml += heading(MinutesReport.riskHeading) + risks.map { labelled($0.risk, $0.text) }.joined()
        }
        let workstreams = record.workstreamMinutes
        if !workstreams.isEmpty {
            xml += heading(MinutesReport.workstreamHeading) + workstreams.map { labelled($0.workstream, $0.text) }.joined()
        }
        xml += heading("New and removed actions")
        if record.newActions.isEmpty && record.removed.isEmpty { xml += WordML.paragraphs("None.", style: "Note", look: .italic) }
        if !record.newActions.isEmpty {
            xml += WordML.paragraphs("New actions added to the plan:")
            xml += table(widths: [700, 3300, 2200, 1200, 1300, 900], width: width,
                         header: ["Ref", "Action", "Outcome", "Lead", "Deadline", "RAG"],
                         rows: record.newActions.map { item in
                             let a = item.action
                             return [WordML.Cell(a.ref), WordML.Cell(a.text), WordML.Cell(item.outcome), WordML.Cell(a.leadsText),
                                     WordML.Cell(a.deadline), ragCell(item.ragWord)]
                         })
        }
        if !record.removed.isEmpty {
            xml += WordML.paragraphs("Actions removed from the plan:")
            xml += table(widths: [800, 4800, 4000], width: width, header: ["Ref", "Action", "Reason"],
                         rows: record.removed.map { [WordML.Cell($0.item.action.ref), WordML.Cell($0.item.action.text), WordML.Cell($0.reason)] })
        }
        xml += heading("Actions agreed")
        xml += table(widths: [800, 5000, 1900, 1900], width: width, header: ["Ref", "Action point", "Owner", "Due"],
                     rows: record.actionPoints.map { point in
                         [WordML.Cell(point.item.action.ref), WordML.Cell(point.note.text), WordML.Cell(point.note.owner ?? ""),
                          WordML.Cell(point.note.due ?? "")]
                     })
        xml += heading("Not reached") + WordML.paragraphs(MinutesReport.notReached(record))
        xml += heading("Date of next meeting") + WordML.paragraphs(MinutesReport.nextMeeting(record))
        xml += WordML.paragraphs(MinutesReport.footer(today), style: "Note", look: .italic)
        return xml
    }

    /// The action's text, where it sits, one paragraph per thing reported (label in bold), then
    /// each decision as AGREED and each action point as ACTION.
    private static func item(_ item: MeetingRecord.Item) -> String {
        var xml = WordML.paragraphs(item.action.text)
        xml += WordML.paragraphs(MinutesReport.context(item), look: .italic)
        if item.entries.isEmpty { xml += WordML.paragraphs("Discussed; nothing changed or recorded.") }
        let (reported, agreed) = MinutesReport.split(item.entries)
        for entry in reported {
            let (label, text) = entry.parts
            xml += WordML.paragraph([(text.isEmpty ? label : "\(label): ", .bold), (text, .plain)])
        }
        for entry in agreed {
            switch entry {
            case .decision(let text): xml += WordML.paragraph([("AGREED: ", .bold), (text.trimmingWhitespace(), .plain)])
            case .actionPoint: xml += WordML.paragraph([("ACTION: ", .bold), (entry.parts.text, .plain)])
            default: break
            }
        }
        return xml
    }

    private static func labelled(_ label: String, _ text: String) -> String {
        WordML.paragraph([("\(label): ", .bold), (text, .plain)])
    }

    /// A RAG word on its colour, or the plain word when it is not a rating.
    private static func ragCell(_ word: String) -> WordML.Cell {
        RAG(word: word)?.wordCell ?? WordML.Cell(word.isEmpty ? "(blank)" : word)
    }

    private static func table(widths: [Int], width: Int, header: [String], rows: [[WordML.Cell]], none: String = "None.") -> String {
        guard !rows.isEmpty else { return WordML.paragraphs(none, style: "Note", look: .italic) }
        return WordML.table(widths: WordML.fit(widths, to: width), header: header.map { WordML.Cell($0, style: "TableHeading") }, rows: rows)
    }
}
