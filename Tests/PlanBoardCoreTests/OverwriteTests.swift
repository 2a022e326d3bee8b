import Foundation
import Testing
@testable import PlanBoardCore

/// Writing your version over one someone else saved keeps theirs beside the plan as `plan.json.theirs`.
@Suite struct OverwriteTests: StoreFiles {
    @Test func keepsTheirVersionAsTheirsWhenWritingOverIt() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(small), to: path)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            let store = try PlanStore.open(path: path) { small }.store
            defer { store.close() }
            var mine = small
            mine.title = "Mine, first save"
            try store.save(mine)  // the backup is taken here, so it cannot hold their later version

            var theirs = small
            theirs.title = "Theirs, saved by someone else"
            let theirBytes = PlanFile.encode(theirs) + Array("\n".utf8)  // not byte-equal to ours
            write(theirBytes, to: path + ".new")
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + ".new")
            _ = rename(path + ".new", path)

            mine.title = "Mine, second save"
            #expect(throws: StoreError.changedOnDisk(path: path)) { try store.save(mine) }
            try store.overwrite(mine)
            #expect(bytes(path) == PlanFile.encode(mine))
            #expect(bytes(path + ".theirs") == theirBytes)
            #expect(mode(path + ".theirs") == 0o600)
            #expect(bytes(path + ".bak") == PlanFile.encode(small))
            #expect(names(in: folder) == [".plan.json.lock", "plan.json", "plan.json.bak", "plan.json.theirs"])
        }
    }

    @Test func writesNoTheirsWhenTheFileWasDeletedMeanwhile() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(small), to: path)
            let store = try PlanStore.open(path: path) { small }.store
            defer { store.close() }
            try FileManager.default.removeItem(atPath: path)
            var mine = small
            mine.title = "Mine"
            try store.overwrite(mine)
            #expect(bytes(path) == PlanFile.encode(mine))
            #expect(!names(in: folder).contains("plan.json.theirs"))
        }
    }

    @Test func theConflictDialogSaysWhereTheirVersionIsKept() {
        let write = Keymap.bindings(for: .conflict).first { $0.message == .overwriteDisk }
        #expect(write?.summary == "Write your version over the one on disk (theirs is kept as plan.json.theirs)")
    }

    @Test func undoingAReloadKeepsTheirVersionAsTheirs() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(small), to: path)
            let store = try PlanStore.open(path: path) { small }.store
            defer { store.close() }
            var theirs = small
            theirs.title = "Theirs, saved by someone else"
            write(PlanFile.encode(theirs), to: path + ".new")
            _ = rename(path + ".new", path)

            let session = BoardSession(state: BoardState(plan: small, fileName: "plan.json", size: Size(width: 120, height: 36),
                                                         today: Fixtures.today), store: store, clock: { Fixtures.now })
            session.send(.reloadFromDisk)
            #expect(session.state.plan.title == theirs.title)
            session.send(.undo)
            session.flush()

            #expect(session.state.saveStatus == .saved(Fixtures.now))
            #expect(bytes(path) == PlanFile.encode(small))
            #expect(bytes(path + ".theirs") == PlanFile.encode(theirs))
        }
    }

    @Test func aPlanFileDeletedMeanwhileIsWrittenAgainAndTheUserIsTold() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            write(PlanFile.encode(Fixtures.plan()), to: path)
            let store = try PlanStore.open(path: path) { Fixtures.plan() }.store
            defer { store.close() }
            try FileManager.default.removeItem(atPath: path)
            let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })

            session.send(.setRAG(.red))
            session.flush()

            #expect(session.state.saveStatus == .saved(Fixtures.now))
            #expect(session.state.flash == .init(WriteNotice.recreated(path: path).description, isError: true))
            #expect(session.state.flash?.text.contains("had gone") == true)
            #expect(bytes(path) == PlanFile.encode(session.state.plan))
            #expect(store.takeNotice() == nil, "told once")
        }
    }

    @Test func aFailedReloadKeepsTheConflictChoicesOpen() {
        var state = Fixtures.state()
        state.mode = .conflict
        send(&state, .reloadFromDisk, .reloadFailed(.io(path: "plan.json", operation: "read the plan", reason: "not valid JSON")))
        #expect(state.mode == .conflict)
        #expect(state.flash?.text.hasPrefix("Could not reload") == true)
    }
}
