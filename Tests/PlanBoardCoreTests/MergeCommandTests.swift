import Foundation
import Testing
@testable import PlanBoardCore

/// `planboard merge BASE OURS THEIRS` as git calls it: the merged plan in OURS, and the exit status.
@Suite struct MergeCommandTests {
    func run(_ arguments: [String]) -> (status: Int32?, errors: String) {
        var errors = ""
        let status = Subcommand.run(arguments: ["merge"] + arguments, today: Fixtures.today, output: { _ in },
                                    errors: { errors += $0 }, now: PlanMergeTests.now, author: { "Sam" })
        return (status, errors)
    }

    func write(_ plan: Plan, _ path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(PlanFile.encode(plan)))
    }

    func read(_ path: String) throws -> Plan {
        try PlanFile.decode(Array(FileManager.default.contents(atPath: path)!), path: path)
    }

    @Test func aCleanMergeWritesOursAndExitsZero() throws {
        try withTemporaryFolder { folder in
            let base = PlanMergeTests.base()
            var ours = base, theirs = base
            PlanMergeTests.edit(&ours, "a1") { $0.rag = .red }
            PlanMergeTests.edit(&theirs, "a2") { $0.progress = "Held" }
            write(base, "\(folder)/O"); write(ours, "\(folder)/A"); write(theirs, "\(folder)/B")
            let result = run(["\(folder)/O", "\(folder)/A", "\(folder)/B"])
            #expect(result.status == 0)
            let merged = try read("\(folder)/A")
            #expect(merged.action("a1")?.rag == .red && merged.action("a2")?.progress == "Held")
        }
    }

    @Test func conflictsAreRecordedInThePlanAndExitOne() throws {
        try withTemporaryFolder { folder in
            let base = PlanMergeTests.base()
            var ours = base, theirs = base
            PlanMergeTests.edit(&ours, "a1") { $0.rag = .red }
            PlanMergeTests.edit(&theirs, "a1") { $0.rag = .green }
            write(base, "\(folder)/O"); write(ours, "\(folder)/A"); write(theirs, "\(folder)/B")
            let result = run(["\(folder)/O", "\(folder)/A", "\(folder)/B"])
            #expect(result.status == 1)
            #expect(result.errors.contains("1 conflict recorded"))
            #expect(result.errors.contains("1.1, the RAG rating: kept \"Red\", other copy \"Green\""))
            let merged = try read("\(folder)/A")
            #expect(merged.conflicts.count == 1)
            #expect(merged.action("a1")?.rag == .red)
        }
    }

    @Test func anUnreadableInputExitsTwoAndLeavesOursAlone() throws {
        try withTemporaryFolder { folder in
            let base = PlanMergeTests.base()
            write(base, "\(folder)/O"); write(base, "\(folder)/A")
            _ = FileManager.default.createFile(atPath: "\(folder)/B", contents: Data("{ not json".utf8))
            let before = FileManager.default.contents(atPath: "\(folder)/A")
            let result = run(["\(folder)/O", "\(folder)/A", "\(folder)/B"])
            #expect(result.status == 2)
            #expect(result.errors.contains("\(folder)/B"))
            #expect(result.errors.contains("line 1"))
            #expect(FileManager.default.contents(atPath: "\(folder)/A") == before)
            #expect(run(["\(folder)/O", "\(folder)/A"]).status == 2, "three files are needed")
        }
    }

    @Test func aFrameworkConflictExitsOneAndSaysWhichPeriodAndACleanOneExitsZero() throws {
        try withTemporaryFolder { folder in
            let base = FrameworkMergeTests.base()
            var ours = base, theirs = base
            ours.indicators[0].periods[0].actual = 38
            theirs.indicators[0].periods[0].actual = 39.5
            theirs.risks[0].reviewDate = "March 2027"
            write(base, "\(folder)/O"); write(ours, "\(folder)/A"); write(theirs, "\(folder)/B")
            let result = run(["\(folder)/O", "\(folder)/A", "\(folder)/B"])
            #expect(result.status == 1)
            #expect(result.errors.contains("Indicator PI1 Carers supported, the value for 2024/25: kept \"38%\", other copy \"39.5%\""))
            let merged = try read("\(folder)/A")
            #expect(merged.conflicts.map(\.period) == ["2024/25"])
            #expect(merged.risks[0].reviewDate == "March 2027")

            var clean = base
            clean.risks[0].residual = RiskLevel(likelihood: 2, impact: 2)
            clean.indicators.append(Indicator(id: "i3-k3f9q", ref: "PI3", name: "Breaks taken"))
            write(base, "\(folder)/A")
            write(clean, "\(folder)/B")
            #expect(run(["\(folder)/O", "\(folder)/A", "\(folder)/B"]).status == 0)
            let cleanMerge = try read("\(folder)/A")
            #expect(cleanMerge.risks[0].residual == RiskLevel(likelihood: 2, impact: 2))
            #expect(cleanMerge.indicators.map(\.id) == ["i1", "i2", "i3-k3f9q"])
        }
    }
}
