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
        #expect(minutes.contains("**AGREED:** Keep amber until the data returns"))
        #expect(minutes.contains("- **Note:** Update required 27/10"))
    }

    @Test func matchesTheGoldenMinutes() {
        assertGolden(markdown, named: "minutes-m2.md")
    }

    @Test func takesTheDiscussedActionsInAgendaOrderThenTheOnesChangedWithoutBeingMarked() throws {
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") || $0.hasPrefix("### ") }
        #expect(headings == [
            "## 1. Declarations of interest", "## 2. Minutes of the previous meeting", "## 3. Progress on actions",
            "## 4. 2.1 Short breaks fund", "## 5. 1.1 Train GP staff in carer awareness", "## 6. 1.3 Reprint the carers leaflet",
            "## 7. 1.2 Carers week &lt;stalls> & events | all localities", "## 8. Also changed during the meeting",
            "### 8.1 2.3 Carer-friendly employers scheme", "## 9. New and removed actions", "## 10. Actions agreed",
            "## 11. Not reached", "## 12. Date of next meeting",
        ])
        let also = try #require(markdown.range(of: "## 8. Also changed during the meeting"))
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
        let unreached = markdown.components(separatedBy: "## 11. Not reached").last?.components(separatedBy: "## 12.").first ?? ""
        #expect(unreached.contains("1.4 Carers register in every practice; 2.2 Respite review."))
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
        let record = try #require(MeetingRecord(plan: plan, meeting: MinutesFixtures.m2))
        #expect(record.notReached.first { $0.action.ref == "1.4" }?.ragWord == "Red")
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
        #expect(minutes.contains("Discussed; nothing changed or recorded."))
        #expect(minutes.contains("The previous meeting was the meeting of 23 November 2026. Whether its minutes were agreed is not recorded here."))
        #expect(minutes.contains("## 3. Progress on actions\n\n| Ref | Action point | Owner | Due | Raised | Progress |"),
                "the action point m2 raised is open at m3's start")
        #expect(minutes.contains("| 2.1 | Bring the detailed plan to the next meeting | JB | January 2027 | 23 November 2026 | Open |"))
        #expect(!minutes.contains("Circulate the respite review report"), "closed in m2, before m3")
        #expect(minutes.contains("**Venue:** Not recorded"))
        #expect(minutes.contains(". Date of next meeting\n\nTo be confirmed."))
        #expect(minutes.contains("**Present:** None recorded"))
        #expect(MinutesReport.markdown(plan, meeting: Meeting.ID("m9"), today: MinutesFixtures.today) == nil)
        #expect(MinutesReport.html(plan, meeting: Meeting.ID("m9"), today: MinutesFixtures.today) == nil)
    }

    @Test func htmlHasEverySectionInOrder() {
        let headings = ["1. Declarations of interest", "2. Minutes of the previous meeting", "3. Progress on actions",
                        "4. 2.1 Short breaks fund", "8. Also changed during the meeting", "9. New and removed actions",
                        "10. Actions agreed", "11. Not reached", "12. Date of next meeting"].map { "<h2>\($0)</h2>" }
        let positions = headings.map { html.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(html.contains("<th scope=\"row\">Present</th><td>Jo Baird (Chair), Sam Patel, Carers Centre &lt;CC&gt;</td>"))
        #expect(html.contains("<th scope=\"row\">Apologies</th><td>Dr Ann Lee</td>"))
        #expect(html.contains("<th scope=\"row\">Time</th><td>14:00 to 15:45</td>"))
        #expect(html.contains("<th scope=\"row\">Venue</th><td>Committee Room 2, Civic Centre</td>"))
        #expect(html.contains("<p class=\"agreed\"><strong>AGREED:</strong> The board agreed the action can be marked as green, but ongoing</p>"))
        #expect(html.contains("<td>Circulate the respite review report</td><td>SW</td><td>November 2026</td><td>14 September 2026</td><td>Done</td>"))
        #expect(html.contains("tr { break-inside: avoid; page-break-inside: avoid; }"))
    }

    @Test func printsTheDateTimeVenueAndChairTheMeetingStartAsked() {
        #expect(markdown.contains("**Time:** 14:00 to 15:45"))
        #expect(markdown.contains("**Venue:** Committee Room 2, Civic Centre"))
        #expect(markdown.contains("**Present:** Jo Baird (Chair), Sam Patel"))
        #expect(markdown.contains("**In attendance:** None recorded"))
        #expect(markdown.contains("## 1. Declarations of interest\n\nNone declared."))
        #expect(markdown.contains("## 12. Date of next meeting\n\n18 January 2027"))
    }

    @Test func anActionPointRaisedInOneMeetingIsClosedInTheNext() throws {
        let progress = try #require(markdown.components(separatedBy: "## 3. Progress on actions").last?
            .components(separatedBy: "## 4.").first)
        #expect(progress.contains("| 2.2 | Circulate the respite review report | SW | November 2026 | 14 September 2026 | Done |"))
        let older = try #require(MinutesReport.markdown(MinutesFixtures.plan, meeting: MinutesFixtures.m1, today: MinutesFixtures.today))
        #expect(older.contains("| 2.2 | Circulate the respite review report | SW | November 2026 |"), "raised in m1")
        #expect(older.contains("**ACTION:** Circulate the respite review report (SW, by November 2026)"))
    }

    @Test func collapsesSeveralChangesOfAFieldIntoOneAndDropsOnesThatEndWhereTheyBegan() {
        #expect(markdown.contains("- **Status:** In progress → On-going"))
        #expect(!markdown.contains("Delayed"))
        let back = MinuteEntry.collapsed([
            Change(at: MinutesFixtures.at(14, 0), field: .rag, from: "Red", to: "Amber", reason: "a"),
            Change(at: MinutesFixtures.at(14, 1), field: .rag, from: "Amber", to: "Red", reason: "b"),
        ])
        #expect(back.isEmpty)
        let three = MinuteEntry.collapsed([
            Change(at: MinutesFixtures.at(14, 0), field: .deadline, from: "May", to: "June", reason: "a"),
            Change(at: MinutesFixtures.at(14, 1), field: .rag, from: "Red", to: "Amber"),
            Change(at: MinutesFixtures.at(14, 2), field: .deadline, from: "June", to: "July", reason: "b"),
        ])
        #expect(three.map(\.field) == [.deadline, .rag])
        #expect(three[0].from == "May" && three[0].to == "July" && three[0].reason == "a; b")
    }

    @Test func aProgressUpdateShowsOnlyTheWordsAdded() {
        var action = Action(id: Action.ID("x"), ref: "4.1", text: "Carers hub")
        action.history = [Change(at: MinutesFixtures.at(14, 0), field: .progress, from: "Hub opened in May.",
                                 to: "Hub opened in May. 40 carers registered by October.", meeting: MinutesFixtures.m2)]
        let entries = MinuteEntry.entries(for: action, in: MinutesFixtures.m2)
        #expect(entries == [.textAdded(label: "Progress", text: "40 carers registered by October.", why: nil)])
        #expect(entries[0].parts.label == "Progress added" && entries[0].parts.text == "“40 carers registered by October.”")
    }

    @Test func saysWhereANewActionCameFromInPlainWords() {
        #expect(MinuteEntry.createdWords("Action point from 2.1") == "added to the plan from an action point on 2.1")
        #expect(MinuteEntry.createdWords("Copy of 1.2") == "added to the plan as a copy of 1.2")
        #expect(MinuteEntry.createdWords("Outcome 2: Carers") == "added to Outcome 2: Carers")
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
