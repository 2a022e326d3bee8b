import Testing
@testable import PlanBoardCore

@Suite("DocxMinutes")
struct DocxMinutesTests {
    static var docx: [UInt8] {
        DocxMinutes.render(MinutesFixtures.plan, meeting: MinutesFixtures.m2, today: MinutesFixtures.today)!
    }

    static var document: XMLElement {
        get throws { try DocxReportTests.part(docx, "word/document.xml") }
    }

    /// The text of each body paragraph, in order.
    static func lines(_ document: XMLElement) -> [String] {
        document.child("body")!.children("p").map { $0.descendants("t").map(\.text).joined() }
    }

    @Test func isA4PortraitAndNamedAsMinutes() throws {
        let size = try #require(try Self.document.descendants("pgSz").first)
        #expect(size.attribute("w") == "11906" && size.attribute("h") == "16838" && size.attribute("orient") == nil)
        #expect(try DocxReportTests.part(Self.docx, "docProps/core.xml").child("title")?.text
            == "Minutes: Carers Partnership — 23 November 2026")
    }

    @Test func itemsAreNumberedWithEachActionDiscussedASubItem() throws {
        let document = try Self.document
        #expect(DocxReportTests.paragraphs(document, style: "Heading1") == [
            "1. Declarations of interest", "2. Minutes of the previous meeting", "3. Progress on actions",
            "4. 2.1 Short breaks fund", "5. 1.1 Train GP staff in carer awareness", "6. 1.3 Reprint the carers leaflet",
            "7. 1.2 Carers week <stalls> & events | all localities", "8. Also changed during the meeting",
            "9. New and removed actions", "10. Actions agreed", "11. Not reached", "12. Date of next meeting",
        ])
        #expect(DocxReportTests.paragraphs(document, style: "Heading2") == ["8.1  2.3 Carer-friendly employers scheme"])
    }

    @Test func opensWithDatePresentAndApologies() throws {
        let lines = Self.lines(try Self.document)
        #expect(lines.contains("Date: 23 November 2026"))
        #expect(lines.contains("Time: 14:00 to 15:45"))
        #expect(lines.contains("Venue: Committee Room 2, Civic Centre"))
        #expect(lines.contains("Present: Jo Baird (Chair), Sam Patel, Carers Centre <CC>"))
        #expect(lines.contains("In attendance: None recorded"))
        #expect(lines.contains("None declared."))
        #expect(lines.contains("The previous meeting was the meeting of 14 September 2026. Whether its minutes were agreed is not recorded here."))
        #expect(lines.contains("1.4 Carers register in every practice; 2.2 Respite review."))
        #expect(lines.contains("18 January 2027"))
        #expect(lines.contains("Apologies: Dr Ann Lee"))
    }

    @Test func saysWhatTheMarkdownMinutesSay() throws {
        // Every entry line of the Markdown minutes appears, in the same words, in the Word minutes.
        let markdown = try #require(MinutesReport.markdown(MinutesFixtures.plan, meeting: MinutesFixtures.m2, today: MinutesFixtures.today))
        let record = try #require(MeetingRecord(plan: MinutesFixtures.plan, meeting: MinutesFixtures.m2))
        let lines = Self.lines(try Self.document)
        var checked = 0
        for item in record.discussed + record.alsoChanged {
            for entry in item.entries {
                let (label, text) = entry.parts
                switch entry {
                case .decision(let words):
                    #expect(lines.contains("AGREED: \(words)"))
                    #expect(markdown.contains("**AGREED:** \(words)"))
                case .actionPoint:
                    #expect(lines.contains("ACTION: \(text)"))
                    #expect(markdown.contains("**ACTION:** \(text)"))
                default:
                    #expect(lines.contains("\(label): \(text)"), "missing: \(label): \(text)")
                    #expect(markdown.contains("**\(label):**"))
                }
                checked += 1
            }
            #expect(lines.contains(MinutesReport.context(item)))
        }
        #expect(checked >= 8)
        #expect(lines.contains(MinutesReport.summary(record)))
    }

    @Test func tablesListNewRemovedPointsAndNotReached() throws {
        let tables = DocxReportTests.tables(try Self.document)
        #expect(tables.map { $0[0] } == [
            ["Ref", "Action point", "Owner", "Due", "Raised", "Progress"],
            ["Ref", "Action", "Outcome", "Lead", "Deadline", "RAG"],
            ["Ref", "Action", "Reason"],
            ["Ref", "Action point", "Owner", "Due"],
        ])
        #expect(tables[0][1] == ["2.2", "Circulate the respite review report", "SW", "November 2026", "14 September 2026", "Done"])
        #expect(tables[3][1] == ["2.1", "Bring the detailed plan to the next meeting", "JB", "January 2027"])
        #expect(tables.allSatisfy { $0.count >= 2 })
    }

    @Test func noMinutesForAMeetingThePlanDoesNotHave() {
        #expect(DocxMinutes.render(MinutesFixtures.plan, meeting: Meeting.ID("m9"), today: MinutesFixtures.today) == nil)
    }
}
