import Testing
@testable import PlanBoardCore

/// What an error or warning quotes of a file (a cell, a header list, a name) is cut to a line.
@Suite struct ErrorQuoteTests {
    /// A header of `count` columns, none of them the actions, and one row of numbers.
    static func wideCSV(_ count: Int) -> String {
        let header = (1...count).map { "Column \($0)" }.joined(separator: ",")
        let row = (1...count).map { "\($0 % 10)" }.joined(separator: ",")
        return header + "\n" + row + "\n"
    }

    @Test func tenThousandColumnsGiveAShortError() throws {
        do {
            _ = try PlanImporter.importPlan(csv: Array(Self.wideCSV(10_000).utf8))
            Issue.record("a table with no action column was imported")
        } catch {
            guard case .noActionColumn = error else { Issue.record("unexpected \(error)"); return }
            #expect(error.description.count < 500, "\(error.description.count) characters")
            #expect(error.description.hasPrefix("no column holds the actions (columns: 'Column 1', 'Column 2', "))
            #expect(error.description.contains(", … and 9,9"))
            #expect(error.description.hasSuffix("more). Name it with --map 'Column name=action'."))
        }
    }

    @Test func theCommandLinePrintsAShortErrorForAWideFile() throws {
        var run = try SubcommandTests.Run()
        try run.write("wide.csv", Self.wideCSV(2_000))
        run("import", run.path("wide.csv"))
        #expect(run.status == 1)
        #expect(run.err.count < 700, "\(run.err.count) characters")
        run("import", run.path("wide.csv"), "--map", "Nope=action")
        #expect(run.status == 2)
        #expect(run.err.count < 700, "\(run.err.count) characters")
        run("import", run.path("wide.csv"), "--map", String(repeating: "x", count: 100_000))
        #expect(run.status == 2)
        #expect(run.err.count < 700, "\(run.err.count) characters")
    }

    @Test func aHugeOrHostileCellIsCutInAWarning() throws {
        let huge = String(repeating: "purple ", count: 20_000)
        let csv = "Outcome,Action,RAG,Status\n1: Heard,Run a forum,\(huge),\(huge)\n,Write,\u{9B}2J\u{0C}\u{202E}x,ok\n"
        let report = try PlanImporter.importPlan(csv: Array(csv.utf8)).report
        for warning in report.warnings {
            #expect(warning.description.count < 200, "\(warning.description.count) characters")
        }
        let rag = report.warnings.filter { $0.message.hasPrefix("RAG ") }
        #expect(rag.count == 2)
        #expect(rag.first?.message.hasPrefix("RAG 'purple purple") == true)
        #expect(rag.first?.message.contains("…' is not Red, Amber, Green or Blue") == true)
        #expect(rag.last?.message.hasPrefix("RAG '\u{FFFD}2J␌⟨RLO⟩x'") == true)
        let status = report.warnings.filter { $0.message.hasPrefix("status ") }
        #expect(status.count == 2)
        #expect(status.first?.message.contains("…'") == true)
    }

    @Test func anUnrecognisedHugeHeaderIsCutInTheReport() throws {
        let name = String(repeating: "h", count: 50_000)
        let csv = "Outcome,Action,\(name)\n1: Heard,Run a forum,some words here\n"
        let report = try PlanImporter.importPlan(csv: Array(csv.utf8)).report
        #expect(report.text.count < 1_000, "\(report.text.count) characters")
    }

    @Test func commandLineErrorsQuoteAtMostALine() throws {
        let run = try SubcommandTests.Run()
        let huge = String(repeating: "z", count: 100_000)
        var plan = MinutesFixtures.plan
        plan.meetings[0].title = huge
        try run.write("plan.json", String(decoding: PlanFile.encode(plan), as: UTF8.self))
        for arguments in [["minutes", run.path("plan.json"), "--meeting", huge], ["summary", run.path("plan.json"), huge],
                          ["export", run.path("plan.json"), "--format", huge], ["summary", run.path("plan.json"), "--since", huge],
                          ["minutes", run.path("plan.json"), "--format", huge], ["summary", "--\(huge)"]] {
            var err = ""
            let status = Subcommand.run(arguments: arguments, today: ReportFixtures.today, output: { _ in }, errors: { err += $0 })
            #expect(status != 0)
            #expect(err.count < 600, "\(arguments[0]) \(arguments.count): \(err.count) characters")
        }
    }

    @Test func aPlanFileValueIsQuotedAtMostALine() throws {
        var run = try SubcommandTests.Run()
        let huge = String(repeating: "9", count: 100_000)
        var json = String(decoding: PlanFile.encode(MinutesFixtures.plan), as: UTF8.self)
        let started = try #require(json.range(of: "\"startedAt\" : \""))
        let end = try #require(json[started.upperBound...].firstIndex(of: "\""))
        json.replaceSubrange(started.upperBound..<end, with: huge)
        try run.write("plan.json", json)
        run("summary", run.path("plan.json"))
        #expect(run.status == 1)
        #expect(run.err.contains("is not a time like"))
        #expect(run.err.count < 600, "\(run.err.count) characters")
    }

    @Test func anExcerptIsOneVisibleLineOfBoundedLength() {
        #expect(Excerpt.of("short") == "short")
        #expect(Excerpt.of(String(repeating: "a", count: 200)) == String(repeating: "a", count: 79) + "…")
        #expect(Excerpt.of("two\nlines\u{1B}[2J") == "two␊lines␛[2J")
        #expect(Excerpt.quotedList(["A", "B"]) == "'A', 'B'")
        let many = (1...1_000).map { "Column \($0)" }
        let list = Excerpt.quotedList(many)
        #expect(list.count <= Excerpt.listLimit + 30)
        #expect(list.hasSuffix("more"))
    }
}
