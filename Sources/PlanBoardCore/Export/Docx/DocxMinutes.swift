/// The minutes of a meeting as a Word document in the numbered form committee minutes take:
/// title, date, present and apologies, then numbered items, each action discussed a numbered
/// sub-item with what was recorded against it.
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
        xml += labelled("Date", meeting.date.longText)
        xml += labelled("Present", MinutesReport.names(meeting.attendees))
        xml += labelled("Apologies", MinutesReport.names(meeting.apologies))
        xml += WordML.paragraphs(MinutesReport.summary(record))

        var number = 0
        func heading(_ text: String) -> String {
            number += 1
            return WordML.paragraphs("\(number). \(text)", style: "Heading1")
        }

        xml += heading("Actions discussed")
        if record.discussed.isEmpty { xml += WordML.paragraphs("No actions were marked discussed.", look: .italic) }
        for (i, item) in record.discussed.enumerated() { xml += self.item(item, number: "\(number).\(i + 1)") }
        if !record.alsoChanged.isEmpty {
            xml += heading("Also changed during the meeting")
            xml += WordML.paragraphs("Not marked discussed, but changed or noted while the meeting ran.", look: .italic)
            for (i, item) in record.alsoChanged.enumerated() { xml += self.item(item, number: "\(number).\(i + 1)") }
        }

        let width = DocxPackage.textWidth(.portrait)
        xml += heading("New actions")
        xml += table(widths: [700, 3300, 2200, 1200, 1300, 900], width: width,
                     header: ["Ref", "Action", "Outcome", "Lead", "Deadline", "RAG"],
                     rows: record.newActions.map { item in
                         let a = item.action
                         return [WordML.Cell(a.ref), WordML.Cell(a.text), WordML.Cell(item.outcome), WordML.Cell(a.leadsText),
                                 WordML.Cell(a.deadline), ragCell(item.ragWord)]
                     })
        xml += heading("Removed actions")
        xml += table(widths: [800, 4800, 4000], width: width, header: ["Ref", "Action", "Reason"],
                     rows: record.removed.map { [WordML.Cell($0.item.action.ref), WordML.Cell($0.item.action.text), WordML.Cell($0.reason)] })
        xml += heading("Action points")
        xml += table(widths: [800, 5000, 1900, 1900], width: width, header: ["Ref", "Action point", "Owner", "Due"],
                     rows: record.actionPoints.map { point in
                         [WordML.Cell(point.item.action.ref), WordML.Cell(point.note.text), WordML.Cell(point.note.owner ?? ""),
                          WordML.Cell(point.note.due ?? "")]
                     })
        xml += heading("Not reached")
        xml += table(widths: [800, 7800, 1000], width: width, header: ["Ref", "Action", "RAG"],
                     rows: record.notReached.map { [WordML.Cell($0.action.ref), WordML.Cell($0.action.text), ragCell($0.ragWord)] },
                     none: "Every action on the plan was reached.")
        xml += WordML.paragraphs(MinutesReport.footer(today), style: "Note", look: .italic)
        return xml
    }

    /// `1.2 Action 1.5`, its text, where it sits, and one paragraph per entry, label in bold.
    private static func item(_ item: MeetingRecord.Item, number: String) -> String {
        let ref = item.action.ref.isEmpty ? "(no ref)" : item.action.ref
        var xml = WordML.paragraphs("\(number)  Action \(ref)", style: "Heading2")
        xml += WordML.paragraphs(item.action.text)
        xml += WordML.paragraphs(MinutesReport.context(item), look: .italic)
        if item.entries.isEmpty { xml += WordML.paragraphs("Discussed; nothing changed or recorded.") }
        for entry in item.entries {
            let (label, text) = entry.parts
            xml += WordML.paragraph([(text.isEmpty ? label : "\(label): ", .bold), (text, .plain)])
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
