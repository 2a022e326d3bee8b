import Foundation
import Testing
@testable import PlanBoardCore

/// A second meeting on the same day gets its own minutes file, and no export or minutes command
/// writes over a file of its default name without being told to (--force) or saying so.
@Suite struct OutputFileNameTests {
    /// MinutesFixtures' plan with a second meeting, m3, held later on m2's day.
    static var twoMeetingsOneDay: Plan {
        var plan = MinutesFixtures.plan
        var extra = plan.meetings[1]
        extra.id = Meeting.ID("m3")
        extra.title = "Extra meeting"
        extra.startedAt = MinutesFixtures.at(17, 0)
        extra.endedAt = MinutesFixtures.at(17, 30)
        plan.meetings.append(extra)
        return plan
    }

    static func bytes(_ run: SubcommandTests.Run, _ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: run.path(name)).map(Array.init)
    }

    @Test func theSecondMeetingOfADayHasItsOwnWordMinutes() throws {
        let plan = Self.twoMeetingsOneDay
        var run = try MinutesCommandTests.folder(with: plan)
        run("minutes", run.path("plan.json"), "--format", "docx", "--meeting", "m2")
        #expect(run.status == 0)
        #expect(run.err == "Wrote \(run.path("plan-minutes-2026-11-23.docx")).\n")
        run("minutes", run.path("plan.json"), "--format", "docx")
        #expect(run.status == 0)
        #expect(run.err == "Wrote \(run.path("plan-minutes-2026-11-23-2.docx")).\n")
        #expect(Self.bytes(run, "plan-minutes-2026-11-23.docx")
            == DocxMinutes.render(plan, meeting: MinutesFixtures.m2, today: ReportFixtures.today))
        #expect(Self.bytes(run, "plan-minutes-2026-11-23-2.docx")
            == DocxMinutes.render(plan, meeting: Meeting.ID("m3"), today: ReportFixtures.today))
    }

    @Test func theNumberInTheDayFollowsStartTimeNotFileOrder() {
        var plan = Self.twoMeetingsOneDay
        plan.meetings.swapAt(1, 2)
        let m2 = plan.meetings.first { $0.id == MinutesFixtures.m2 }!, m3 = plan.meetings.first { $0.id.rawValue == "m3" }!
        #expect(MinutesCommand.fileSuffix(m2, among: plan.meetings, ext: "docx") == "-minutes-2026-11-23.docx")
        #expect(MinutesCommand.fileSuffix(m3, among: plan.meetings, ext: "docx") == "-minutes-2026-11-23-2.docx")
        #expect(MinutesCommand.fileSuffix(plan.meetings[0], among: plan.meetings, ext: "docx") == "-minutes-2026-09-14.docx")
    }

    @Test func minutesAlreadyWrittenAreNotReplacedWithoutForce() throws {
        var run = try MinutesCommandTests.folder()
        let name = "plan-minutes-2026-11-23.docx"
        try run.write(name, "the officer's edited minutes")
        run("minutes", run.path("plan.json"), "--format", "docx")
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err == "planboard: \(run.path(name)): already exists; not replaced, nothing was written. "
            + "Use --force to replace it, or -o FILE to write elsewhere\n")
        #expect(run.read(name) == "the officer's edited minutes")
        run("minutes", run.path("plan.json"), "--format", "docx", "--force")
        #expect(run.status == 0)
        #expect(run.err == "Replaced \(run.path(name)).\n")
        #expect(Self.bytes(run, name) == DocxMinutes.render(MinutesFixtures.plan, meeting: MinutesFixtures.m2, today: ReportFixtures.today))
    }

    @Test func theWordReportIsNotReplacedWithoutForceAndANamedFileSaysReplaced() throws {
        var run = try SubcommandTests.Run()
        try Data(PlanFile.encode(ReportFixtures.plan)).write(to: URL(fileURLWithPath: run.path("plan.json")))
        run("export", run.path("plan.json"), "--format", "docx")
        #expect(run.err == "Wrote \(run.path("plan-report.docx")).\n")
        try run.write("plan-report.docx", "edited")
        run("export", run.path("plan.json"), "--format", "docx")
        #expect(run.status == 1)
        #expect(run.err.contains("plan-report.docx: already exists; not replaced"))
        #expect(run.read("plan-report.docx") == "edited")
        run("export", run.path("plan.json"), "--format", "docx", "--force")
        #expect(run.status == 0)
        #expect(run.err == "Replaced \(run.path("plan-report.docx")).\n")
        try run.write("papers.docx", "old papers")
        run("export", run.path("plan.json"), "--format", "docx", "-o", run.path("papers.docx"))
        #expect(run.status == 0)
        #expect(run.err == "Replaced \(run.path("papers.docx")).\n", "a file named with -o is replaced, saying so")
        #expect(run.out.isEmpty)
    }

    /// Every format says the same on standard error when `-o` names a file, and nothing on standard output.
    @Test(arguments: ["html", "markdown", "csv", "docx"])
    func everyFormatSaysItReplacedAFileNamedWithO(format: String) throws {
        var run = try SubcommandTests.Run()
        try Data(PlanFile.encode(ReportFixtures.plan)).write(to: URL(fileURLWithPath: run.path("plan.json")))
        run("export", run.path("plan.json"), "--format", format, "-o", run.path("out.\(format)"))
        #expect(run.status == 0 && run.out.isEmpty)
        #expect(run.err == "Wrote \(run.path("out.\(format)")).\n")
        run("export", run.path("plan.json"), "--format", format, "-o", run.path("out.\(format)"))
        #expect(run.status == 0 && run.out.isEmpty)
        #expect(run.err == "Replaced \(run.path("out.\(format)")).\n")
    }
}
