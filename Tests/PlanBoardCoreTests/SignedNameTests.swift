import Foundation
import Testing
@testable import PlanBoardCore

/// `--name` on the commands that sign what they record (`import --into`, `merge`), as on the board:
/// it comes before every other source of the name.
@Suite struct SignedNameTests {
    @Test func importIntoSignsWithTheNameGiven() throws {
        var run = try ImportIntoCommandTests.planned()
        try run.write("sheet.csv", FrameworkReimportTests.sheet)
        run("import", run.path("sheet.csv"), "--into", run.path("plan.json"), "--name", " Jim Officer ")
        #expect(run.status == 0, "\(run.err)")
        let plan = try PlanFile.decode(Array(try #require(run.read("plan.json")).utf8), path: "plan.json")
        #expect(plan.indicators[0].history.map(\.who) == ["Jim Officer"])
        #expect(plan.indicators[0].periods.first { $0.actual != nil }?.who == "Jim Officer")
    }

    @Test func aBlankNameOrANameWithoutIntoIsRefusedSayingWhy() throws {
        var run = try ImportIntoCommandTests.planned()
        try run.write("sheet.csv", FrameworkReimportTests.sheet)
        run("import", run.path("sheet.csv"), "--into", run.path("plan.json"), "--name=")
        #expect(run.status == 2)
        #expect(run.err.contains("--name needs your name after it"))
        run("import", run.path("plan.csv"), "-o", run.path("other.json"), "--name", "Jim")
        #expect(run.status == 2)
        #expect(run.err.contains("--name signs what --into adds to a plan"))
        #expect(run.read("other.json") == nil)
    }

    @Test func mergeSignsWhatItRecordsWithTheNameGiven() throws {
        try withTemporaryFolder { folder in
            let base = PlanMergeTests.base()
            var ours = base, theirs = base
            PlanMergeTests.edit(&ours, "a2") { $0.removal = Removal(at: PlanMergeTests.noon, reason: "Merged into 1.1") }
            PlanMergeTests.edit(&theirs, "a2") { $0.progress = "Forum booked" }
            for (plan, name) in [(base, "O"), (ours, "A"), (theirs, "B")] {
                _ = FileManager.default.createFile(atPath: "\(folder)/\(name)", contents: Data(PlanFile.encode(plan)))
            }
            let status = Subcommand.run(arguments: ["merge", "--name", "Jo Baird", "\(folder)/O", "\(folder)/A", "\(folder)/B"],
                                        today: Fixtures.today, output: { _ in }, errors: { _ in }, now: PlanMergeTests.now,
                                        author: { "Sam" })
            #expect(status == 0)
            let merged = try PlanFile.decode(Array(FileManager.default.contents(atPath: "\(folder)/A")!), path: "A")
            #expect(merged.action("a2")?.history.last?.who == "Jo Baird")
        }
    }
}
