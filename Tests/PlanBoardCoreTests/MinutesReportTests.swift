import Foundation
import Testing
@testable import PlanBoardCore

@Suite("MinutesReport")
struct MinutesReportTests {
    let markdown = MinutesReport.markdown(MinutesFixtures.plan, meeting: MinutesFixtures.m2, today: MinutesFixtures.today) ?? ""
    let html = MinutesReport.html(MinutesFixtures.plan, meeting: MinutesFixtures.m2, today: MinutesFixtures.today) ?? ""

    @Test func aDecisionOrNoteRecordedOnTheBoardIsListedOnce() throws {
        var state = Fixtures.state()
        startMeeting(&state, attendees: "Jo Baird")
        send(&state, .recordNote(.decision))
        type(&state, "Keep amber until the data returns")
        send(&state, .submit, .recordNote(.note))
        type(&state, "Update required 27/10")
        send(&state, .submit)
        let meeting = try #require(state.plan.meetings.last)
        let minutes = try #require(MinutesReport.markdown(state.plan, meeting: meeting.id, today: Fixtures.today))
        #expect(minutes.components(separatedBy: "Keep amber until the data returns").count == 2, "listed once:\n\(minutes)")
        #expect(minutes.components(separatedBy: "Update required 27/10").count == 2, "listed once:\n\(minutes)")
        #expect(minutes.contains("- **Decision:** Keep amber until the data returns"))
        #expect(minutes.contains("- **Note:** Update required 27/10"))
    }

    @Test func matchesTheGoldenMinutes() {
        assertGolden(markdown, named: "minutes-m2.md")
    }

    @Test func takesTheDiscussedActionsInAgendaOrderThenTheOnesChangedWithoutBeingMarked() throws {
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("### ") }
        #expect(headings == ["### Action 2.1", "### Action 1.1", "### Action 1.3", "### Action 1.2", "### Action 2.3"])
        let also = try #require(markdown.range(of: "## Also changed during the meeting"))
        let status = try #require(markdown.range(of: "**Status:** In progress → On-going"))
        #expect(also.upperBound < status.lowerBound)
    }

    @Test func givesEachRAGChangeItsReasonAndNeverColourAlone() {
        #expect(markdown.contains("- **RAG:** Red → Amber. Reason: New provider appointed"))
        #expect(markdown.contains("- **RAG:** Amber → Green. Reason: Six of eight practices trained"))
        #expect(html.contains("<span class=\"rag rag-red\">Red</span> → <span class=\"rag rag-amber\">Amber</span>"))
    }

    @Test func leavesOutWhatOtherMeetingsRecorded() throws {
        for text in [markdown, html] {
            #expect(!text.contains("September: training plan agreed"))
            #expect(!text.contains("September: report awaited"))
        }
        let older = try #require(MinutesReport.markdown(MinutesFixtures.plan, meeting: MinutesFixtures.m1, today: MinutesFixtures.today))
        #expect(older.contains("**RAG:** Red → Amber. Reason: September: training plan agreed"))
        #expect(older.contains("**Note:** September: report awaited"))
        #expect(!older.contains("Six of eight practices trained"))
        #expect(!older.contains("Bring the detailed plan"))
    }

    @Test func summarisesARewrittenParagraphByItsNewTextOnly() {
        #expect(markdown.contains("- **Progress updated:** “New provider appointed in October. First breaks in January.”"))
        #expect(!markdown.contains("The old provider withdrew"))
        #expect(!html.contains("The old provider withdrew"))
    }

    @Test func listsRemovedNewAndUnreachedActionsOnce() {
        #expect(markdown.contains("| 1.3 | Reprint the carers leaflet | Now part of the young carers work stream |"))
        #expect(markdown.contains("| 2.4 | Agree a young carers statement with schools | Outcome 2: Carers have a life alongside caring | SW | March 2027 | Not rated |"))
        #expect(markdown.components(separatedBy: "Agree a young carers statement").count == 2)
        let unreached = markdown.components(separatedBy: "## Not reached").last ?? ""
        #expect(unreached.contains("| 1.4 | Carers register in every practice | Red |"))
        #expect(unreached.contains("| 2.2 | Respite review | Amber |"))
        #expect(!unreached.contains("Young carers card"), "removed before the meeting")
        #expect(!unreached.contains("2.4"), "created in the meeting")
    }

    @Test func tabulatesActionPointsWithOwnerAndDate() {
        #expect(markdown.contains("| Ref | Action point | Owner | Due |"))
        #expect(markdown.contains("| 2.1 | Bring the detailed plan to the next meeting | JB | January 2027 |"))
    }

    @Test func givesTheRAGAnOlderMeetingLeftNotTodaysRating() throws {
        var plan = MinutesFixtures.plan
        let later = Timestamp(day: Day(year: 2027, month: 1, day: 20)!, hour: 10)
        plan.outcomes[0].actions[3].history.append(Change(at: later, field: .rag, from: "Red", to: "Green"))
        plan.outcomes[0].actions[3].rag = .green
        let minutes = try #require(MinutesReport.markdown(plan, meeting: MinutesFixtures.m2, today: MinutesFixtures.today))
        #expect(minutes.contains("| 1.4 | Carers register in every practice | Red |"))
    }

    @Test func marksTheMinutesOfARunningMeetingAsDraft() throws {
        var plan = MinutesFixtures.plan
        plan.meetings[1].endedAt = nil
        let minutes = try #require(MinutesReport.markdown(plan, meeting: MinutesFixtures.m2, today: MinutesFixtures.today))
        #expect(minutes.contains("**Draft:**"))
        #expect(!markdown.contains("Draft"))
    }

    @Test func saysWhenNothingWasRecordedAndWhenNoMeetingMatches() throws {
        var plan = MinutesFixtures.plan
        plan.meetings.append(Meeting(id: Meeting.ID("m3"), title: "", date: Day(year: 2027, month: 1, day: 18)!,
                                     startedAt: Timestamp(day: Day(year: 2027, month: 1, day: 18)!, hour: 14),
                                     endedAt: Timestamp(day: Day(year: 2027, month: 1, day: 18)!, hour: 15),
                                     discussed: [Action.ID("a4")]))
        let minutes = try #require(MinutesReport.markdown(plan, meeting: Meeting.ID("m3"), today: MinutesFixtures.today))
        #expect(minutes.hasPrefix("# Northshire Carers Partnership — 18 January 2027\n"))
        #expect(minutes.contains("- Discussed; nothing changed or recorded."))
        #expect(minutes.contains("**Present:** None recorded"))
        #expect(MinutesReport.markdown(plan, meeting: Meeting.ID("m9"), today: MinutesFixtures.today) == nil)
        #expect(MinutesReport.html(plan, meeting: Meeting.ID("m9"), today: MinutesFixtures.today) == nil)
    }

    @Test func htmlHasEverySectionInOrder() {
        let headings = ["Actions discussed", "Also changed during the meeting", "New actions", "Removed actions",
                        "Action points", "Not reached"].map { "<h2>\($0)</h2>" }
        let positions = headings.map { html.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(html.contains("<th scope=\"row\">Present</th><td>Jo Baird (chair), Sam Patel, Carers Centre &lt;CC&gt;</td>"))
        #expect(html.contains("<th scope=\"row\">Apologies</th><td>Dr Ann Lee</td>"))
    }

    @Test func htmlEscapesPlanTextAndPrintsOnA4() {
        #expect(html.contains("Carers week &lt;stalls&gt; &amp; events | all localities"))
        #expect(!html.contains("<stalls>"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("article.item { break-inside: avoid;"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func htmlClosesEveryTagInOrder() {
        HTMLReportTests.expectTagsClosedInOrder(html)
    }
}
