import Foundation
import Testing
@testable import PlanBoardCore

/// A plan's path that is not what it seems: a named pipe, a device, a huge file, a symbolic link to
/// nothing, a second name for an open plan, and the temporary files that killed saves leave.
@Suite struct PlanPathTests: StoreFiles {
    /// What `open` throws, or nil when it opens (the store is closed again at once).
    func openError(_ path: String) -> StoreError? {
        do {
            let opened = try PlanStore.open(path: path) { Plan(title: "new") }
            opened.store.close()
            return nil
        } catch {
            return error
        }
    }

    /// What an open on another thread threw; read only after it signals that it is done.
    final class Outcome: @unchecked Sendable {
        var error: StoreError?
    }

    /// The reason of a `.notAPlanFile` error, or nil for anything else.
    func notAPlanFileReason(_ error: StoreError?) -> String? {
        if case .notAPlanFile(_, let reason)? = error { return reason }
        return nil
    }

    @Test func refusesANamedPipeAtOnceInsteadOfWaitingForAWriter() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            #expect(mkfifo(path, 0o600) == 0)
            // On failure the open would wait forever for a writer: run it aside and give up after 10 s.
            let done = DispatchSemaphore(value: 0)
            let result = Outcome()
            Thread.detachNewThread {
                result.error = openError(path)
                done.signal()
            }
            guard done.wait(timeout: .now() + 10) == .success else {
                Issue.record("opening a named pipe still waits for a writer")
                let writer = open(path, O_WRONLY | O_NONBLOCK)  // lets the stuck open go
                if writer >= 0 { close(writer) }
                _ = done.wait(timeout: .now() + 10)
                return
            }
            let error = result.error
            #expect(notAPlanFileReason(error)?.hasPrefix("is a named pipe (FIFO), not a plan file") == true, "\(String(describing: error))")
            #expect(names(in: folder) == ["plan.json"], "nothing is locked or created beside it")
        }
    }

    @Test func refusesADeviceWithoutTouchingItsFolder() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/null")
            let lockBeside = FileManager.default.fileExists(atPath: "/dev/.null.lock")
            let error = openError(path)
            #expect(error == .notAPlanFile(path: path, reason: "is a device, not a plan file: planboard reads plans only from regular files"))
            #expect(FileManager.default.fileExists(atPath: "/dev/.null.lock") == lockBeside, "no lock file made in /dev")
            #expect(error?.description == "\(path) is a device, not a plan file: planboard reads plans only from regular files.")
        }
    }

    @Test func refusesAFileFarLargerThanAnyPlanWithoutReadingIt() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(Array("{".utf8), to: path)
            #expect(truncate(path, 300 << 20) == 0)  // sparse: no disk used
            let reason = try #require(notAPlanFileReason(openError(path)))
            #expect(reason == "is 300 MB, more than a plan file can be (256 MB; 10,000 actions take about 7 MB): check that it is the plan")
        }
    }

    @Test func refusesASymbolicLinkToNothingAndLeavesTheLink() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "shared/board.json")
            let error = openError(path)
            #expect(error == .notAPlanFile(path: path, reason: "is a symbolic link to shared/board.json, which does not exist: "
                                           + "restore that file or fix the link (planboard will not replace the link with a new plan)"))
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == "shared/board.json")
            #expect(names(in: folder) == ["plan.json"])
        }
    }

    @Test func stillCreatesAPlanWhereThereIsNothingAndOpensThroughALinkToAFile() throws {
        try withTemporaryFolder { folder in
            #expect(openError(folder + "/new.json") == nil)
            #expect(bytes(folder + "/new.json") == PlanFile.encode(Plan(title: "new")))
            try FileManager.default.createSymbolicLink(atPath: folder + "/link.json", withDestinationPath: "new.json")
            #expect(openError(folder + "/link.json") == nil)
        }
    }

    /// A pid no process has now.
    func deadPID() -> Int32 {
        var pid: Int32 = 4_000_000
        while kill(pid, 0) == 0 || errno != ESRCH { pid -= 1 }
        return pid
    }

    @Test func removesTheTemporaryFilesOfThisPlanWhoseWritersAreGone() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(small), to: path)
            let dead = deadPID()
            let stale = [".plan.json.\(dead)-123.tmp", ".plan.json.bak.\(dead)-9.tmp", ".plan.json.theirs.\(dead)-4000000000.tmp"]
            let kept = [".plan.json.1-55.tmp",  // pid 1 is running
                        ".other.json.\(dead)-1.tmp", ".plan.json.x.\(dead)-1.tmp", ".plan.json.\(dead).tmp", "plan.json.\(dead)-1.tmp"]
            for name in stale + kept { write(Array("half a plan".utf8), to: folder + "/" + name) }
            let store = try PlanStore.open(path: path) { small }.store
            defer { store.close() }
            #expect(names(in: folder) == ([".plan.json.lock", "plan.json"] + kept).sorted())
        }
    }

    @Test func recognisesOnlyTheNamesASaveWrites() {
        let target = "/plans/plan.json"
        #expect(StaleTemporaryFiles.isTemporaryFile(".plan.json.4242-17.tmp", of: target))
        #expect(StaleTemporaryFiles.writer(of: ".plan.json.bak.4242-17.tmp") == 4242)
        #expect(!StaleTemporaryFiles.isTemporaryFile(".plan.json.4242-17.tmp.keep", of: target))
        #expect(!StaleTemporaryFiles.isTemporaryFile(".plan.json.-17.tmp", of: target))
        #expect(!StaleTemporaryFiles.isTemporaryFile(".plan.json.lock", of: target))
    }

    @Test func refusesASecondNameForAnOpenPlanEvenAfterSaves() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(small), to: path)
            #expect(link(path, folder + "/same.json") == 0)
            let store = try PlanStore.open(path: path) { small }.store
            guard case .locked(let shown, let holder)? = openError(folder + "/same.json") else {
                Issue.record("a hard link to an open plan opened a second board")
                store.close()
                return
            }
            #expect(shown == folder + "/same.json")
            #expect(holder.contains("hard link"))

            var plan = small
            plan.title = "Saved"
            try store.save(plan)  // a new file takes the plan's place; the lock follows it
            #expect(link(path, folder + "/after.json") == 0)
            guard case .locked? = openError(folder + "/after.json") else {
                Issue.record("a hard link to the saved plan opened a second board")
                store.close()
                return
            }
            store.close()
            #expect(openError(folder + "/after.json") == nil)
        }
    }
}
