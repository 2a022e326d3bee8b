import Foundation
import Testing
@testable import PlanBoardCore

@Suite("Subcommand")
struct SubcommandTests {
    /// A fresh folder for one test, and the results of running a command in it.
    struct Run {
        let folder: String
        var out = ""
        var err = ""
        var status: Int32?

        init() throws {
            folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("planboard-cli-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }

        func path(_ name: String) -> String { folder + "/" + name }

        mutating func callAsFunction(_ arguments: String...) {
            var out = "", err = ""
            status = Subcommand.run(arguments: arguments, today: ReportFixtures.today,
                                    output: { out += $0 }, errors: { err += $0 })
            self.out = out
            self.err = err
        }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
        }

        func read(_ name: String) -> String? {
            FileManager.default.contents(atPath: path(name)).map { String(decoding: $0, as: UTF8.self) }
        }

        func files() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        }
    }

    static let csv = "Outcome,Action,Lead,RAG\n1: Heard,Set up a forum,CC,Green\n,Write a newsletter,SW,amber\n"

    @Test func anythingElseIsNotASubcommand() {
        #expect(Subcommand.run(arguments: [], today: ReportFixtures.today, output: { _ in }, errors: { _ in }) == nil)
        #expect(Subcommand.run(arguments: ["plan.json"], today: ReportFixtures.today, output: { _ in }, errors: { _ in }) == nil)
    }

    @Test func importWritesThePlanBesideTheCSVAndPrintsTheReport() throws {
        var run = try Run()
        try run.write("plan.csv", Self.csv)
        run("import", run.path("plan.csv"))
        #expect(run.status == 0)
        #expect(run.out.contains("Created 1 outcome and 2 actions."))
        #expect(run.out.contains("RAG: 0 Red, 1 Amber, 1 Green, 0 not rated."))
        let plan = try PlanFile.decode(Array(try #require(run.read("plan.json")).utf8), path: "plan.json")
        #expect(plan.allActions.map(\.text) == ["Set up a forum", "Write a newsletter"])
        // No title row and no --title: the file's name as it is, with a warning saying how to give one.
        #expect(plan.title == "plan")
        #expect(run.out.contains("--title"))
    }

    @Test func importRefusesToOverwriteAPlanWithoutForce() throws {
        var run = try Run()
        try run.write("plan.csv", Self.csv)
        try run.write("plan.json", "precious")
        run("import", run.path("plan.csv"))
        #expect(run.status == 1)
        #expect(run.err.contains(run.path("plan.json")))
        #expect(run.err.contains("--force"))
        #expect(run.read("plan.json") == "precious")
        run("import", run.path("plan.csv"), "--force")
        #expect(run.status == 0)
        #expect(run.read("plan.json")?.contains("Set up a forum") == true)
    }

    @Test func importForceRespectsABoardThatHasThePlanOpen() throws {
        var run = try Run()
        try run.write("plan.csv", Self.csv)
        let open = try PlanStore.open(path: run.path("plan.json")) { Plan(title: "Open on a board") }
        let before = run.read("plan.json")
        run("import", run.path("plan.csv"), "--force")
        #expect(run.status == 1)
        #expect(run.err.contains("is open in another planboard"))
        #expect(run.read("plan.json") == before)
        open.store.close()
        run("import", run.path("plan.csv"), "--force")
        #expect(run.status == 0)
    }

    @Test func aMalformedCSVGivesRowAndColumnAndWritesNothing() throws {
        var run = try Run()
        try run.write("bad.csv", "Outcome,Action\n1: A,ok\n,\"never closed\n")
        run("import", run.path("bad.csv"), "-o", run.path("out.json"))
        #expect(run.status == 1)
        #expect(run.err.contains("row 3, column 2"))
        #expect(run.err.contains(run.path("bad.csv")))
        #expect(run.files() == ["bad.csv"])
    }

    @Test func badArgumentsGiveOneLineAndStatus2() {
        for arguments in [["import"], ["import", "a.csv", "--bogus"], ["import", "a.csv", "--map", "nonsense"],
                          ["export", "p.json"], ["export", "p.json", "--format", "pdf"],
                          ["export", "p.json", "--format", "html", "--since", "1 Oct"], ["summary"],
                          ["summary", "a.json", "b.json"], ["import", "a.csv", "-o"]] {
            var out = "", err = ""
            let status = Subcommand.run(arguments: arguments, today: ReportFixtures.today, output: { out += $0 }, errors: { err += $0 })
            #expect(status == 2, "\(arguments)")
            #expect(err.hasSuffix("\n") && err.dropLast().contains("\n") == false, "one line for \(arguments): \(err)")
        }
    }

    @Test func everyCommandHasHelp() {
        for command in ["import", "export", "summary"] {
            var out = ""
            let status = Subcommand.run(arguments: [command, "--help"], today: ReportFixtures.today, output: { out += $0 }, errors: { _ in })
            #expect(status == 0)
            #expect(out.hasPrefix("Usage: planboard \(command)"))
        }
    }

    @Test func exportWritesEachFormatToAFileOrStandardOutput() throws {
        var run = try Run()
        try Data(PlanFile.encode(ReportFixtures.plan)).write(to: URL(fileURLWithPath: run.path("plan.json")))
        run("export", run.path("plan.json"), "--format", "markdown", "--since", "2026-10-01")
        #expect(run.status == 0)
        #expect(run.out == MarkdownReport.render(ReportFixtures.plan, today: ReportFixtures.today,
                                                 options: ReportOptions(since: Day(year: 2026, month: 10, day: 1)!)))
        run("export", run.path("plan.json"), "--format=html", "-o", run.path("report.html"))
        #expect(run.status == 0)
        #expect(run.out.isEmpty)
        #expect(run.read("report.html")?.hasPrefix("<!DOCTYPE html>") == true)
        run("export", run.path("plan.json"), "--format", "csv", "-o", run.path("plan.csv"))
        #expect(run.read("plan.csv") == CSVExporter.export(ReportFixtures.plan))
        #expect(run.files() == ["plan.csv", "plan.json", "report.html"], "no temporary files left behind")
    }

    @Test func fileErrorsExit1WithThePath() throws {
        var run = try Run()
        run("export", run.path("missing.json"), "--format", "csv")
        #expect(run.status == 1)
        #expect(run.err == "planboard: \(run.path("missing.json")): no such file\n")
        try run.write("broken.json", "{ \"title\": ")
        run("summary", run.path("broken.json"))
        #expect(run.status == 1)
        #expect(run.err.contains(run.path("broken.json")))
        run("export", run.path("missing.json"), "--format", "csv", "-o", run.path("no/such/folder/out.csv"))
        #expect(run.status == 1)
    }

    @Test func aFailedWriteLeavesNoHalfWrittenFile() throws {
        var run = try Run()
        try FileManager.default.createDirectory(atPath: run.path("locked"), withIntermediateDirectories: false)
        try run.write("locked/report.html", "old")
        chmod(run.path("locked"), 0o500)
        defer { chmod(run.path("locked"), 0o700) }
        try Data(PlanFile.encode(ReportFixtures.plan)).write(to: URL(fileURLWithPath: run.path("plan.json")))
        run("export", run.path("plan.json"), "--format", "html", "-o", run.path("locked/report.html"))
        if getuid() != 0 {
            #expect(run.status == 1)
            #expect(run.read("locked/report.html") == "old")
        }
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: run.path("locked"))) ?? []).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func summaryPrintsTextOrJSON() throws {
        var run = try Run()
        try Data(PlanFile.encode(ReportFixtures.plan)).write(to: URL(fileURLWithPath: run.path("plan.json")))
        run("summary", run.path("plan.json"))
        #expect(run.out.contains("4 actions in 3 outcomes"))
        run("summary", run.path("plan.json"), "--json")
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        #expect(object?["actions"] as? Int == 4)
    }

    @Test func namesTheDefaultOutputAfterTheSource() {
        #expect(ImportCommand.defaultTarget(for: "plans/dundee.csv") == "plans/dundee.json")
        #expect(ImportCommand.defaultTarget(for: "a.b/plan") == "a.b/plan.json")
        #expect(ImportCommand.name(of: "x/portsmouth-2015-17.csv") == "portsmouth-2015-17")
    }
}
