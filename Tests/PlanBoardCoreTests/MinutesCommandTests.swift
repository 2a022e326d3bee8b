import Foundation
import Testing
@testable import PlanBoardCore

@Suite("MinutesCommand")
struct MinutesCommandTests {
    /// A folder holding `plan.json` written from `plan`.
    static func folder(with plan: Plan = MinutesFixtures.plan) throws -> SubcommandTests.Run {
        let run = try SubcommandTests.Run()
        try run.write("plan.json", String(decoding: PlanFile.encode(plan), as: UTF8.self))
        return run
    }

    @Test func writesTheMostRecentMeetingAsMarkdownByDefault() throws {
        var run = try Self.folder()
        run("minutes", run.path("plan.json"))
        #expect(run.status == 0)
        #expect(run.err.isEmpty)
        #expect(run.out == MinutesReport.markdown(MinutesFixtures.plan, meeting: MinutesFixtures.m2, today: ReportFixtures.today))
    }

    @Test func picksTheMeetingByDateOrByID() throws {
        var run = try Self.folder()
        run("minutes", run.path("plan.json"), "--meeting", "2026-09-14")
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("# Carers Partnership — 14 September 2026\n"))
        let byDate = run.out
        run("minutes", run.path("plan.json"), "--meeting=m1")
        #expect(run.out == byDate)
        run("minutes", run.path("plan.json"), "-m", "m2")
        #expect(run.out.hasPrefix("# Carers Partnership — 23 November 2026\n"))
    }

    @Test func takesTheLaterOfTwoMeetingsOnADayAndSaysSo() throws {
        var plan = MinutesFixtures.plan
        var second = plan.meetings[1]
        second.id = Meeting.ID("m3")
        second.title = "Extra meeting"
        second.startedAt = MinutesFixtures.at(17, 0)
        second.endedAt = MinutesFixtures.at(17, 30)
        plan.meetings.insert(second, at: 0)
        var run = try Self.folder(with: plan)
        run("minutes", run.path("plan.json"), "--meeting", "2026-11-23")
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("# Extra meeting\n"))
        #expect(run.err.contains("2 meetings were held on 23 November 2026; writing the later one, m3. Use --meeting m2 for the other."))
        run("minutes", run.path("plan.json"))
        #expect(run.out.hasPrefix("# Extra meeting\n"), "the latest by date, then start time")
    }

    @Test func anUnknownMeetingListsTheMeetingsThereAre() throws {
        var run = try Self.folder()
        let path = run.path("plan.json")
        run("minutes", path, "--meeting", "m9")
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err == """
            planboard: \(path): has no meeting 'm9'. Its meetings (pick one with --meeting DATE or ID):
              m1  2026-09-14  Carers Partnership — 14 September 2026
              m2  2026-11-23  Carers Partnership — 23 November 2026

            """)
        run("minutes", path, "--meeting", "2026-10-01")
        #expect(run.status == 1)
        #expect(run.err.contains("has no meeting on 1 October 2026. Its meetings"))
    }

    @Test func aPlanWithoutMeetingsIsAClearError() throws {
        var plan = MinutesFixtures.plan
        plan.meetings = []
        var run = try Self.folder(with: plan)
        run("minutes", run.path("plan.json"))
        #expect(run.status == 1)
        #expect(run.err.hasPrefix("planboard: \(run.path("plan.json")): has no meetings yet"))
        run("minutes", run.path("missing.json"))
        #expect(run.status == 1)
        #expect(run.err == "planboard: \(run.path("missing.json")): no such file\n")
    }

    @Test func writesHTMLToAFileAtomically() throws {
        var run = try Self.folder()
        run("minutes", run.path("plan.json"), "--format", "html", "-o", run.path("minutes.html"))
        #expect(run.status == 0)
        #expect(run.out.isEmpty)
        let written = try #require(run.read("minutes.html"))
        #expect(written == MinutesReport.html(MinutesFixtures.plan, meeting: MinutesFixtures.m2, today: ReportFixtures.today))
        #expect(run.files() == ["minutes.html", "plan.json"])
    }

    @Test func badArgumentsGiveOneLineAndStatus2() throws {
        var run = try Self.folder()
        let path = run.path("plan.json")
        for arguments in [["minutes"], ["minutes", path, "--format", "pdf"], ["minutes", path, "--meeting"],
                          ["minutes", path, "--colour"], ["minutes", path, "other.json"],
                          ["minutes", path, "--meeting", "m1", "--meeting", "m2"]] {
            run.callAsFunctionArray(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.err.hasPrefix("planboard minutes: "), "\(arguments)")
            #expect(run.err.hasSuffix("(see planboard minutes --help)\n"), "\(arguments)")
        }
        run("minutes", "--help")
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("Usage: planboard minutes PLAN.json"))
    }
}

extension SubcommandTests.Run {
    /// Runs with an array of arguments, for tests that loop over several.
    mutating func callAsFunctionArray(_ arguments: [String]) {
        var out = "", err = ""
        status = Subcommand.run(arguments: arguments, today: ReportFixtures.today, output: { out += $0 }, errors: { err += $0 })
        self.out = out
        self.err = err
    }
}
