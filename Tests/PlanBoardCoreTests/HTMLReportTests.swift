import Testing
@testable import PlanBoardCore

@Suite("HTMLReport")
struct HTMLReportTests {
    let html = HTMLReport.render(ReportFixtures.plan, today: ReportFixtures.today,
                                 options: ReportOptions(since: Day(year: 2026, month: 10, day: 1)!))

    /// Open and close tags in document order, skipping the stylesheet and void elements.
    static func tags(_ html: String) -> [(name: String, closing: Bool)] {
        let voids: Set<String> = ["meta", "col", "br", "wbr", "!doctype"]
        var tags: [(String, Bool)] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: ">") else { break }
            let inside = after[..<close]
            let closing = inside.hasPrefix("/")
            let name = String(inside.dropFirst(closing ? 1 : 0).prefix { $0.isLetter || $0.isNumber || $0 == "!" }).lowercased()
            if !voids.contains(name) && !inside.hasSuffix("/") { tags.append((name, closing)) }
            rest = after[after.index(after: close)...]
            if name == "style" && !closing, let end = rest.firstRange(of: "</style>") {
                rest = rest[end.lowerBound...]
            }
        }
        return tags
    }

    /// Checks that every tag of `html` is closed, in order; shared by the report and minutes tests.
    static func expectTagsClosedInOrder(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var stack: [String] = []
        for tag in tags(html) {
            if tag.closing {
                #expect(stack.last == tag.name, "</\(tag.name)> closes <\(stack.last ?? "nothing")>", sourceLocation: sourceLocation)
                if stack.last == tag.name { stack.removeLast() }
            } else {
                stack.append(tag.name)
            }
        }
        #expect(stack.isEmpty, "left open: \(stack)", sourceLocation: sourceLocation)
    }

    @Test func everyTagIsClosedInOrder() {
        Self.expectTagsClosedInOrder(html)
    }

    @Test func isOneSelfContainedPageForA4() {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        let urls = html.components(separatedBy: "http").count - 1
        #expect(urls == 1, "only the SVG namespace may name a URL")
    }

    @Test func drawsTheRAGSummaryAsAnInlineSVGChart() {
        let svgs = Self.tags(html).filter { $0.name == "svg" && !$0.closing }
        #expect(svgs.count == 1)
        #expect(html.contains("<text x=\"0\" y=\"17\" class=\"chart-label\"><title>Outcome 1: Carers are identified &amp; heard</title>"
            + "1 Carers are identified &amp; heard</text>"), "the chart names the outcomes")
        #expect(!html.contains(">Outcome 1</text>"))
        // Outcome 1 has one Amber and one Green: two segments, each labelled by letter and count.
        #expect(html.contains(">A 1</text>"))
        #expect(html.contains(">G 1</text>"))
        #expect(html.contains("<title>Red: 1</title>"))
    }

    @Test func hasAKeyTheTitleAndTheActionsByOutcome() {
        #expect(html.contains("<h3>RAG key</h3>"))
        #expect(html.contains("<h2>Outcome 2: Carers have a life alongside caring</h2>"))
        #expect(html.contains("<span class=\"rag rag-amber\">Amber</span>"))
        #expect(html.contains("<span class=\"measure\">Measure: 80% trained</span>"))
        #expect(!html.contains("Old idea"), "removed actions are left out")
    }

    @Test func highlightsOverdueActions() {
        #expect(html.components(separatedBy: "<tr class=\"overdue\">").count - 1 == 2)
        #expect(html.contains("Autumn 2025<span class=\"flag flag-overdue\">Overdue</span>"))
        #expect(html.contains("December 2026<span class=\"flag flag-soon\">Due soon</span>"))
    }

    @Test func listsChangesSinceTheDate() {
        #expect(html.contains("<h2>Changes since 1 October 2026</h2>"))
        #expect(html.contains("<td>RAG: Red → Amber</td><td>Training restarted</td>"))
        #expect(!html.contains("Started"), "a change before the date is left out")
    }

    @Test func hasAStatusColumnInThePlansOwnWords() throws {
        #expect(html.contains("<th>RAG</th><th>Status</th><th>Progress</th>"))
        #expect(html.contains("<col class=\"c-rag\"><col class=\"c-status\"><col class=\"c-progress\">"))
        var plan = ReportFixtures.plan
        plan.outcomes[0].actions[0].statusText = "Development activity"
        let page = HTMLReport.render(plan, today: ReportFixtures.today)
        #expect(page.contains("<td>Development activity</td>"))
        let row = try #require(page.components(separatedBy: "<tr").first { $0.contains("Development activity") })
        #expect(row.components(separatedBy: "<td").count - 1 == 7, "seven cells, as the area row spans")
    }

    @Test func numbersPrintedPagesUnderARunningHeaderAndKeepsRowsWhole() {
        #expect(html.contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);"))
        #expect(html.contains("@top-left { content: \"Northshire Carers \\3c Delivery\\3e  Plan — progress report, "))
        #expect(html.contains("tr { break-inside: avoid; page-break-inside: avoid; }"))
        #expect(!html.contains("table { break-inside: avoid") && !html.contains("table.actions { break-inside"),
                "a whole table kept together would leave half-empty pages")
        #expect(HTMLPage.cssString("a\"b\\c</style>") == "a\\22 b\\5c c\\3c /style\\3e ")
    }

    @Test func listsDecisionsSinceTheDateAsDecisions() {
        var plan = ReportFixtures.plan
        let at = Timestamp(day: Day(year: 2026, month: 10, day: 20)!, hour: 14)
        plan.outcomes[0].actions[0].notes.append(Note(at: at, text: "Keep amber until the data returns", kind: .decision))
        plan.outcomes[0].actions[0].history.append(Change(at: at, field: .note, from: "", to: "Keep amber until the data returns"))
        let page = HTMLReport.render(plan, today: ReportFixtures.today, options: ReportOptions(since: Day(year: 2026, month: 10, day: 1)!))
        #expect(page.contains("<td>Decision: Keep amber until the data returns</td>"))
        #expect(!page.contains("Note: Keep amber"))
    }

    @Test func escapesEveryPieceOfPlanText() {
        #expect(!html.contains("<script>"))
        #expect(html.contains("Carers week &lt;script&gt;alert(1)&lt;/<wbr>script&gt;"))
        #expect(html.contains("<h1>Northshire Carers &lt;Delivery&gt; Plan</h1>"))
        #expect(html.contains("Carers are identified &amp; heard"))
        #expect(html.contains("Six practices done<br>Two booked"))
        #expect(HTMLText.escape("\"'&<>") == "&quot;&#39;&amp;&lt;&gt;")
        #expect(html.contains("<td>CC /<wbr> SW</td>"))
    }

    @Test func headsEachPriorityAreaWithARowAcrossTheTable() throws {
        #expect(html.components(separatedBy: "<tr class=\"area\"><th colspan=\"7\">1.1 Identify carers</th></tr>").count - 1 == 1)
        let plan = try ImportSheets.importing("carers-delivery-plan.csv").plan
        let page = HTMLReport.render(plan, today: ReportFixtures.today)
        Self.expectTagsClosedInOrder(page)
        #expect(page.components(separatedBy: "<tr class=\"area\">").count - 1 == 9)
        let area = try #require(page.range(of: "1.2 Involve carers as equal partners in planning</th></tr>"))
        let next = try #require(page.range(of: "1.3 Make sure carers"))
        let rows = page[area.upperBound..<next.lowerBound]
        #expect(rows.contains("<td>1.2a</td>") && rows.contains("<td>1.2b</td>") && !rows.contains("<td>1.1a</td>"))
    }

    @Test func showsBlueAsCompleteInBRAGPlansOnly() throws {
        let page = HTMLReport.render(try ImportSheets.importing("brag.csv").plan, today: ReportFixtures.today)
        #expect(page.contains("<li><span class=\"rag rag-blue\">Blue</span> complete</li>"))
        #expect(page.contains("<li><span class=\"rag rag-green\">Green</span> on track</li>"))
        #expect(page.contains(".rag-blue {"))
        #expect(page.contains("<title>Blue: 2</title>"))
        #expect(!html.contains("rag-blue\">Blue</span> complete"), "a plan without Blue has no Blue in its key")
        #expect(html.contains("<span class=\"rag rag-green\">Green</span> on track or complete"))
    }

    @Test func isThePureFunctionOfItsInputs() {
        #expect(HTMLReport.render(ReportFixtures.plan, today: ReportFixtures.today,
                                  options: ReportOptions(since: Day(year: 2026, month: 10, day: 1)!)) == html)
        #expect(!HTMLReport.render(ReportFixtures.plan, today: ReportFixtures.today).contains("Changes since"))
    }
}
