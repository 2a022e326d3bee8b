import Foundation
import Testing
@testable import PlanBoardCore

/// A plan file that cannot be written opens read-only with the reason, instead of being refused
/// or edited in vain. Root may write any file by its mode, so as root the file is made immutable
/// (`chattr +i`), which stops root too: the test runs the same way whoever runs it.
@Suite(.serialized) struct ReadOnlyStoreTests: StoreFiles {
    /// Makes `path` unwritable for whoever runs the test; returns how to undo it.
    func makeUnwritable(_ path: String) throws -> () -> Void {
        if getuid() != 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
            return { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        }
        try #require(shell("chattr", "+i", path) == 0, "chattr +i failed: this test needs an ext4-like file system")
        return { _ = shell("chattr", "-i", path) }
    }

    func shell(_ arguments: String...) -> Int32 {
        var pid = pid_t()
        let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/usr/bin/env", nil, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return status
    }

    @Test func anUnwritableFileOpensReadOnlyWithItsReason() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(Fixtures.plan()), to: path)
            let undo = try makeUnwritable(path)
            defer { undo() }

            let opened = try PlanStore.open(path: path) { Plan(title: "never made") }
            defer { opened.store.close() }

            #expect(opened.plan == Fixtures.plan())
            #expect(opened.store.readOnlyReason?.hasPrefix("\(path) cannot be written") == true)
            #expect(throws: StoreError.self) { try opened.store.save(Fixtures.plan()) }
            #expect(bytes(path) == PlanFile.encode(Fixtures.plan()))
        }
    }

    @Test func aWritableFileIsNotReadOnly() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(Fixtures.plan()), to: path)
            let opened = try PlanStore.open(path: path) { Plan(title: "never made") }
            defer { opened.store.close() }
            #expect(opened.store.readOnlyReason == nil)
        }
    }

    @Test func aPlanThatCannotBeWrittenTakesNoLockSoAnEditorIsNotKeptOut() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(Fixtures.plan()), to: path)
            let undo = try makeUnwritable(path)
            let looking = try PlanStore.open(path: path) { Plan(title: "never made") }
            defer { looking.store.close() }
            #expect(looking.store.readOnlyReason != nil)
            undo()
            // Another officer who can write it opens it while the first is still looking.
            let editing = try PlanStore.open(path: path) { Plan(title: "never made") }
            defer { editing.store.close() }
            #expect(editing.store.readOnlyReason == nil)
            try editing.store.save(Fixtures.plan())
        }
    }

    @Test func readOnlyByChoiceTakesNoLockAndCannotSave() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(Fixtures.plan()), to: path)
            let editing = try PlanStore.open(path: path) { Plan(title: "never made") }
            defer { editing.store.close() }
            let looking = try PlanStore.open(path: path, readOnly: true) { Plan(title: "never made") }
            defer { looking.store.close() }
            #expect(looking.plan == Fixtures.plan())
            #expect(looking.store.readOnlyReason?.contains("--read-only") == true)
            #expect(throws: StoreError.self) { try looking.store.save(Fixtures.plan()) }
            #expect(throws: StoreError.self) { try PlanStore.open(path: path) { Plan(title: "never made") } }
        }
    }

    @Test func readOnlyOnAMissingPlanCreatesNothing() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            #expect(throws: StoreError.self) { try PlanStore.open(path: path, readOnly: true) { Plan(title: "made") } }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }
}
