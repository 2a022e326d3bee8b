import Testing
@testable import PlanBoardCore

/// Reports of the changes since a date say who made each one when the plan records it, so a
/// partnership whose officers share the plan through git can see who did what.
@Suite struct ChangesByWhoTests {
    static let since = Day(year: 2026, month: 10, day: 1)!
    static let at = Timestamp(day: Day(year: 2026, month: 10, day: 20)!, hour: 14)

    /// The report fixture with one signed change and one signed decision, and one change unsigned.
    static func plan() -> Plan {
        var plan = ReportFixtures.plan
        plan.outcomes[0].actions[0].history.append(Change(at: at, field: .progress, from: "", to: "Forum held", who: "Sam Patel"))
        plan.outcomes[0].actions[0].notes.append(Note(at: at, text: "Keep amber", kind: .decision, who: "Jo Baird"))
        plan.outcomes[0].actions[0].history.append(Change(at: at, field: .note, from: "", to: "Keep amber"))
        return plan
    }

    @Test func theHTMLReportHasAByColumn() {
        let page = HTMLReport.render(Self.plan(), today: ReportFixtures.today, options: ReportOptions(since: Self.since))
        #expect(page.contains("<th>Change</th><th>By</th><th>Reason</th>"))
        #expect(page.contains("</td><td>Sam Patel</td>"))
        #expect(page.contains("<td>Decision: Keep amber</td><td>Jo Baird</td>"), "a note's author when its change has none")
    }

    @Test func theMarkdownReportHasAByColumn() {
        let text = MarkdownReport.render(Self.plan(), today: ReportFixtures.today, options: ReportOptions(since: Self.since))
        #expect(text.contains("| Date | Ref | Action | Change | By | Reason |"))
        #expect(text.contains("| Sam Patel |"))
        #expect(text.contains("| Jo Baird |"))
    }

    @Test func theWordReportHasAByColumn() throws {
        let bytes = DocxReport.render(Self.plan(), today: ReportFixtures.today, options: ReportOptions(since: Self.since))
        let changes = try #require(DocxReportTests.tables(try DocxReportTests.part(bytes, "word/document.xml")).last)
        #expect(changes.first == ["Changed on", "Ref", "Action", "Change", "By", "Reason"])
        #expect(changes.contains { $0.contains("Sam Patel") })
    }

    @Test func theSummarySaysWhoInTextAndJSON() {
        let summary = PlanSummary(Self.plan(), today: ReportFixtures.today, options: ReportOptions(since: Self.since))
        #expect(summary.text.contains("(Sam Patel)"))
        #expect(summary.json.contains("\"who\" : \"Sam Patel\""))
    }

    @Test func aPlanFromBeforeWhoWasKeptReadsAsItDid() {
        let page = HTMLReport.render(ReportFixtures.plan, today: ReportFixtures.today, options: ReportOptions(since: Self.since))
        #expect(!page.contains("<th>By</th>"))
        let text = MarkdownReport.render(ReportFixtures.plan, today: ReportFixtures.today, options: ReportOptions(since: Self.since))
        #expect(text.contains("| Date | Ref | Action | Change | Reason |"))
    }
}
