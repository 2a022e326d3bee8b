import Foundation
import Testing
@testable import PlanBoardCore

/// `planboard share init` leaves planboard's own files (the lock, `.bak`, `.theirs`) out of git.
@Suite struct ShareInitTests {
    final class AnyGit: GitRunning {
        func git(_ arguments: [String], in folder: String) -> (status: Int32, output: String) {
            arguments.first == "rev-parse" ? (0, "true\n") : (0, "")
        }
    }

    @Test func gitignoreIsWrittenOrExtendedAndSaysSo() throws {
        try withTemporaryFolder { folder in
            try Data("build/\n.plan.json.lock\n".utf8).write(to: URL(fileURLWithPath: folder + "/.gitignore"))
            var printed = ""
            try ShareCommand.run(["init", folder + "/plan.json"], git: AnyGit(), output: { printed += $0 })
            let ignore = try String(contentsOfFile: folder + "/.gitignore", encoding: .utf8)
            #expect(ignore == "build/\n.plan.json.lock\nplan.json.bak\nplan.json.theirs\n")
            #expect(printed.contains("Added plan.json.bak, plan.json.theirs to \(folder)/.gitignore"), "\(printed)")
            printed = ""
            try ShareCommand.run(["init", folder + "/plan.json"], git: AnyGit(), output: { printed += $0 })
            #expect(try String(contentsOfFile: folder + "/.gitignore", encoding: .utf8) == ignore, "a second run changes nothing")
            #expect(printed.contains("already leaves out planboard's own files"))
        }
    }
}

/// `planboard import risks.csv -o plan.json`: a framework sheet is not made into a plan of
/// "actions"; the user is told to add it to a plan with --into.
@Suite struct FrameworkSheetAsPlanTests {
    typealias Run = SubcommandTests.Run

    @Test func aRiskRegisterImportedAsAPlanIsRefusedWithWhatToDo() throws {
        var run = try Run()
        try run.write("risks.csv", FrameworkImportTests.riskNumeric)
        run("import", run.path("risks.csv"), "-o", run.path("plan.json"))
        #expect(run.status == 1)
        #expect(run.err.contains("this looks like a risk register"), "\(run.err)")
        #expect(run.err.contains("--into PLAN.json"))
        #expect(run.read("plan.json") == nil, "nothing was written")
    }

    @Test func aDeliveryPlanIsStillImported() throws {
        var run = try Run()
        try run.write("plan.csv", SubcommandTests.csv)
        run("import", run.path("plan.csv"))
        #expect(run.status == 0, "\(run.err)")
    }
}
