import Foundation
import Testing
@testable import PlanBoardCore

/// The plan changed on disk under the board (a colleague's save, a sync from the command line):
/// `m` merges the two versions from the one the board last read or wrote, so neither side's work
/// is lost, and `planboard sync` refuses while a board has the plan open.
@Suite struct DiskMergeTests {
    /// A session whose save of 1.1 Red meets the file changed by someone else (`theirs`).
    func sessionMeetingAChange(_ theirs: (inout Plan) -> Void) -> (BoardSession, MemoryPlanStore) {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })
        var changed = Fixtures.plan()
        theirs(&changed)
        store.changeElsewhere(to: changed)
        session.send(.setRAG(.red))
        session.flush()
        return (session, store)
    }

    @Test func mergeIsTheFirstChoiceAndKeepsBothSidesInTheFile() throws {
        let (session, store) = sessionMeetingAChange { $0.outcomes[0].actions[1].progress = "From Sam" }
        #expect(session.state.mode == .conflict)
        #expect(Keymap.hints(for: .conflict).first?.keys == [.char("m")], "merge is the suggested choice")
        let key = try #require(Keymap.message(for: .char("m"), in: session.state))
        session.send(key)
        session.flush()
        #expect(session.state.mode == .board)
        #expect(store.plan.outcomes[0].actions[0].rag == .red, "the board's change is in the file")
        #expect(store.plan.outcomes[0].actions[1].progress == "From Sam", "and the colleague's")
        #expect(session.state.plan == store.plan)
        #expect(session.state.flash?.text.contains("both kept") == true)
        #expect(session.state.saveStatus == .saved(Fixtures.now))
    }

    @Test func theSameFieldChangedOnBothIsRecordedForTheConflictChooser() {
        let (session, store) = sessionMeetingAChange { $0.outcomes[0].actions[0].rag = .green }
        session.send(.mergeWithDisk)
        session.flush()
        #expect(store.plan.conflicts.count == 1, "recorded in the plan, as git's merge records it")
        #expect(session.state.flash?.text.contains("1 conflict to resolve: press !") == true)
        session.send(.openMergeConflicts)
        #expect(session.state.mode.kind == .chooseConflictSide)
    }

    @Test func undoStopsAtTheMergeRatherThanDroppingTheirWork() {
        let (session, store) = sessionMeetingAChange { $0.outcomes[0].actions[1].progress = "From Sam" }
        session.send(.mergeWithDisk)
        session.flush()
        session.send(.undo)
        session.flush()
        #expect(session.state.flash?.text.contains("cannot be undone here") == true)
        #expect(store.plan.outcomes[0].actions[1].progress == "From Sam", "the colleague's work stays in the file")
        #expect(store.plan.outcomes[0].actions[0].rag == .red)
        // The chair's own changes after the merge still undo.
        session.send(.setRAG(.amber))
        session.send(.undo)
        session.flush()
        #expect(store.plan.outcomes[0].actions[0].rag == .red)
    }

    @Test func aFileChangedAgainBeforeTheMergeIsWrittenBringsTheDialogBack() {
        var state = Fixtures.state()
        state.plan.outcomes[0].actions[0].rag = .red
        var theirs = Fixtures.plan()
        theirs.title = "Theirs"
        let effects = Reducer.reduce(&state, .diskVersions(base: Fixtures.plan(), theirs: theirs), now: Fixtures.now)
        #expect(effects == [.save(state.plan)], "a plain save, which checks the file again")
        #expect(state.plan.title == "Theirs")
        #expect(state.plan.outcomes[0].actions[0].rag == .red)
    }

    @Test func syncOnTheCommandLineRefusesWhileABoardHasThePlanOpen() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            let opened = try PlanStore.open(path: path, creatingWith: { Fixtures.plan() })
            defer { opened.store.close() }
            let git = RecordingGit()
            var printed = ""
            #expect(throws: CommandError.self) {
                _ = try SyncCommand.run([path], git: git, lockingThePlan: true, output: { printed += $0 })
            }
            do {
                _ = try SyncCommand.run([path], git: git, lockingThePlan: true, output: { _ in })
            } catch let error as CommandError {
                #expect(error.description.contains("open in planboard"))
                #expect(error.description.contains("Press Y on the board"))
            }
            #expect(!git.calls.contains { $0.first == "commit" || $0.first == "pull" || $0.first == "add" }, "\(git.calls)")
            #expect(printed.isEmpty)
            opened.store.close()
            let after = try SyncCommand.run([path], git: git, lockingThePlan: true, output: { _ in })
            #expect(after == 0, "once the board has closed it, sync runs")
            #expect(git.calls.contains { $0.first == "commit" })
        }
    }
}

/// A git that answers like a work tree with changes to commit and no remote, recording each call.
private final class RecordingGit: GitRunning {
    var calls: [[String]] = []
    func git(_ arguments: [String], in folder: String) -> (status: Int32, output: String) {
        calls.append(arguments)
        switch arguments.first {
        case "rev-parse": return (0, "true\n")
        case "status": return (0, " M plan.json\n")
        case "show": return (128, "")
        default: return (0, "")
        }
    }
}

/// What sharing says: the conflict count where it always shows, and the words of the chooser and
/// of sync's commit messages.
@Suite struct SharingWordsTests {
    static func conflicted() -> Plan {
        var plan = Fixtures.plan()
        plan.outcomes[0].actions[0].rag = .red
        plan.conflicts = [MergeConflict(action: "a1", ref: "1.1", field: .rag, kept: "Red", other: "Green")]
        return plan
    }

    @Test func theHeaderCountsConflictsEvenAt60By20() {
        let state = Fixtures.state(Self.conflicted(), size: Size(width: 60, height: 20))
        let header = BoardView.render(state).text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("!1 "), "\(header)")
        let clean = BoardView.render(Fixtures.state(Fixtures.plan(), size: Size(width: 60, height: 20))).text
        #expect(!(clean.split(separator: "\n").first ?? "").contains("!"))
    }

    @Test func keepingYourSideWritesNoEmptyHistoryAndTheLastSaysToSend() {
        var state = Fixtures.state(Self.conflicted())
        _ = Reducer.reduce(&state, .openMergeConflicts, now: Fixtures.now)
        let before = state.plan.outcomes[0].actions[0].history.count
        _ = Reducer.reduce(&state, .resolveMergeConflict(takeOther: false), now: Fixtures.now)
        #expect(state.plan.outcomes[0].actions[0].history.count == before, "no Red → Red entry")
        #expect(state.plan.conflicts.isEmpty)
        #expect(state.flash?.text.hasSuffix("No conflicts left. Press Y to send the resolution.") == true)
        _ = Reducer.reduce(&state, .openMergeConflicts, now: Fixtures.now)
        #expect(state.flash?.text == "No conflicts to resolve.")
    }

    @Test func commitSummariesNameDecisionsAndDeadlines() {
        let old = Fixtures.plan()
        var new = old
        new.outcomes[0].actions[0].notes.append(Note(at: Fixtures.now, text: "Agreed", kind: .decision))
        new.outcomes[0].actions[0].history.append(Change(at: Fixtures.now, field: .note, from: "", to: "Agreed"))
        new.outcomes[0].actions[1].history.append(Change(at: Fixtures.now, field: .deadline, from: "On-going", to: "March 2027"))
        #expect(ChangeSummary.phrases(from: old, to: new) == ["1.1 decision recorded", "1.2 deadline → March 2027"])
    }
}

/// Sync's report in whole sentences: a missing shared folder and a git that did not answer are
/// said as such, each its own line.
@Suite struct SyncWordsTests {
    /// A work tree with a change to commit and a remote whose pull fails with `pull`.
    final class FailingPull: GitRunning {
        let pull: (status: Int32, output: String)
        init(_ pull: (status: Int32, output: String)) { self.pull = pull }
        func git(_ arguments: [String], in folder: String) -> (status: Int32, output: String) {
            switch arguments.first {
            case "rev-parse": (0, "true\n")
            case "status": (0, " M plan.json\n")
            case "show": (128, "")
            case "remote": (0, "origin\n")
            case "pull": pull
            case "diff": (0, "")
            default: (0, "")
            }
        }
    }

    func run(_ git: FailingPull) throws -> [String] {
        var printed = ""
        try withTemporaryFolder { folder in
            let path = folder + "/plan.json"
            _ = FileManager.default.createFile(atPath: path, contents: Data(PlanFile.encode(Fixtures.plan())))
            _ = try SyncCommand.run([path], git: git, output: { printed += $0 })
        }
        return printed.split(separator: "\n").map(String.init)
    }

    @Test func aMissingSharedFolderIsNamedAsSuch() throws {
        let lines = try run(FailingPull((128, "fatal: '/mnt/shared/plan.git' does not appear to be a git repository\n")))
        #expect(lines.first == "Committed here: plan added.")
        #expect(lines[1].hasPrefix("The shared folder is not there: check that the shared drive is connected"), "\(lines)")
        #expect(!lines.joined().contains("offline?"))
    }

    @Test func gitsTimeoutIsItsOwnLine() throws {
        let lines = try run(FailingPull((SpawnedGit.timedOut, "git did not answer within 1 second and was stopped.\n")))
        #expect(lines[1] == "Could not reach the shared copy: your commit goes with the next sync.", "\(lines)")
        #expect(lines[2] == "git did not answer within 1 second and was stopped.")
    }
}

/// `planboard --read-only` follows the file: it has nothing to lose, so it reloads by itself.
@Suite struct ReadOnlyFollowsTheFileTests {
    @Test func aReadOnlyBoardTakesTheNewVersionAndSaysSo() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        var state = Fixtures.state()
        state.readOnly = "opened with --read-only"
        let session = BoardSession(state: state, store: store, clock: { Fixtures.now })
        #expect(!session.reloadIfChangedOnDisk(), "nothing changed yet")
        var theirs = Fixtures.plan()
        theirs.outcomes[0].actions[0].rag = .red
        store.changeElsewhere(to: theirs)
        #expect(session.reloadIfChangedOnDisk())
        #expect(session.state.plan == theirs)
        #expect(session.state.flash?.text == "Reloaded: plan.json changed on disk.")
        #expect(!session.reloadIfChangedOnDisk(), "once taken, it is the version the board knows")
        session.send(.setRAG(.green))
        #expect(session.state.plan == theirs, "still read-only")
    }

    @Test func anEditableBoardDoesNotReloadBehindTheChairsBack() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })
        var theirs = Fixtures.plan()
        theirs.title = "Theirs"
        store.changeElsewhere(to: theirs)
        #expect(!session.reloadIfChangedOnDisk())
        #expect(session.state.plan == Fixtures.plan())
    }
}
