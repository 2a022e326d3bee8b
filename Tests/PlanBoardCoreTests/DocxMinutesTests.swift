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
            "1. Actions discussed", "2. Also changed during the meeting", "3. New actions", "4. Removed actions",
            "5. Action points", "6. Not reached",
        ])
        #expect(DocxReportTests.paragraphs(document, style: "Heading2") == [
            "1.1  Action 2.1", "1.2  Action 1.1", "1.3  Action 1.3", "1.4  Action 1.2", "2.1  Action 2.3",
        ])
    }

    @Test func opensWithDatePresentAndApologies() throws {
        let lines = Self.lines(try Self.document)
        #expect(lines.contains("Date: 23 November 2026"))
        #expect(lines.contains("Present: Jo Baird (chair), Sam Patel, Carers Centre <CC>"))
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
                #expect(lines.contains("\(label): \(text)"), "missing: \(label): \(text)")
                #expect(markdown.contains("**\(label):**"))
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
            ["Ref", "Action", "Outcome", "Lead", "Deadline", "RAG"],
            ["Ref", "Action", "Reason"],
            ["Ref", "Action point", "Owner", "Due"],
            ["Ref", "Action", "RAG"],
        ])
        #expect(tables[2][1] == ["2.1", "Bring the detailed plan to the next meeting", "JB", "January 2027"])
        #expect(tables.allSatisfy { $0.count >= 2 })
    }

    @Test func noMinutesForAMeetingThePlanDoesNotHave() {
        #expect(DocxMinutes.render(MinutesFixtures.plan, meeting: Meeting.ID("m9"), today: MinutesFixtures.today) == nil)
    }
}
