import Testing
@testable import PlanBoardCore

/// History says who: every change and note made on the board carries the author the driver gave.
@Suite struct AuthorTests {
    @Test func changesAndNotesMadeOnTheBoardNameTheAuthor() {
        var state = Fixtures.state()
        state.author = "Sam Patel"
        send(&state, .setRAG(.red))
        send(&state, .recordNote(.decision))
        type(&state, "Keep it red")
        send(&state, .submit)
        let action = state.selectedAction!
        #expect(action.history.last?.who == "Sam Patel")
        #expect(action.history.filter { $0.at == Fixtures.now }.allSatisfy { $0.who == "Sam Patel" })
        #expect(action.notes.last?.who == "Sam Patel")
    }

    @Test func olderEntriesWithoutAnAuthorAreNotClaimed() {
        var plan = Fixtures.plan()
        let earlier = Timestamp(day: Fixtures.today.adding(days: -30), hour: 9, minute: 0)
        plan.outcomes[0].actions[0].history = [Change(at: earlier, field: .rag, from: "Unrated", to: "Amber")]
        var state = Fixtures.state(plan)
        state.author = "Sam Patel"
        send(&state, .setRAG(.green))
        let history = state.plan.outcomes[0].actions[0].history
        #expect(history.count == 2)
        #expect(history[0].who == nil, "an entry from before this session stays unsigned")
        #expect(history[1].who == "Sam Patel")
    }

    @Test func noAuthorLeavesEntriesUnsigned() {
        var state = Fixtures.state()
        send(&state, .setRAG(.red))
        #expect(state.selectedAction?.history.last?.who == nil)
    }

    @Test func whoIsWrittenAndReadBackAndOldFilesWithoutItLoad() throws {
        var plan = Fixtures.plan()
        plan.outcomes[0].actions[0].history = [Change(at: Fixtures.now, field: .rag, from: "Red", to: "Amber", who: "Jo Baird")]
        plan.outcomes[0].actions[0].notes = [Note(at: Fixtures.now, text: "ok", who: "Jo Baird")]
        let bytes = PlanFile.encode(plan)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"who\" : \"Jo Baird\""))
        #expect(try PlanFile.decode(bytes, path: "p.json") == plan)

        let old = """
        {"schemaVersion": 1, "title": "T", "outcomes": [{"id": "o1", "title": "O", "actions": [
          {"id": "a1", "ref": "1.1", "text": "x",
           "history": [{"at": "2026-11-23T14:02:00Z", "field": "rag", "from": "Red", "to": "Amber"}],
           "notes": [{"at": "2026-11-23T14:02:00Z", "text": "n"}]}]}]}
        """
        let read = try PlanFile.decode(Array(old.utf8), path: "old.json")
        #expect(read.outcomes[0].actions[0].history[0].who == nil)
        #expect(read.outcomes[0].actions[0].notes[0].who == nil)
    }
}

/// New ids carry a suffix from an injected source, so copies edited apart never make the same id.
@Suite struct NewIDTests {
    @Test func seededSourcesGiveSuffixedIDsThatCountOnFromOldOnes() {
        var state = Fixtures.state()
        state.newIDs = .seeded(42)
        send(&state, .addAction(belowSelection: false))
        let id = state.selectedAction!.id.rawValue
        let highest = Fixtures.plan().allActions.compactMap { Int($0.id.rawValue.dropFirst()) }.max()!
        #expect(id.hasPrefix("a\(highest + 1)-"))
        #expect(id.count == "a\(highest + 1)-".count + 5)
        #expect(state.plan.nextActionID().rawValue == "a\(highest + 2)", "a suffixed id still counts")
    }

    @Test func newOutcomesGetSuffixedIDsTooAndOldOnesStillCount() throws {
        var ours = Fixtures.state(), theirs = Fixtures.state()
        ours.newIDs = .seeded(1)
        theirs.newIDs = .seeded(2)
        send(&ours, .addOutcome)
        type(&ours, "Young carers")
        send(&ours, .submit)
        send(&theirs, .addOutcome)
        type(&theirs, "Carers' health")
        send(&theirs, .submit)
        let mine = ours.plan.outcomes.first { $0.title == "Young carers" }!.id.rawValue
        let other = theirs.plan.outcomes.first { $0.title == "Carers' health" }!.id.rawValue
        #expect(mine.hasPrefix("o4-") && mine.count == "o4-".count + 5)
        #expect(other.hasPrefix("o4-") && mine != other)
        #expect(ours.plan.nextOutcomeID().rawValue == "o5", "a suffixed id still counts")
        let read = try PlanFile.decode(PlanFile.encode(ours.plan), path: "p.json")
        #expect(read == ours.plan, "suffixed and old outcome ids read back alike")
    }

    @Test func twoCopiesWithDifferentSeedsNeverMakeTheSameID() {
        var ours = Fixtures.state(), theirs = Fixtures.state()
        ours.newIDs = .seeded(1)
        theirs.newIDs = .seeded(2)
        send(&ours, .addAction(belowSelection: false))
        send(&theirs, .addAction(belowSelection: false))
        #expect(ours.selectedAction!.id != theirs.selectedAction!.id)
    }

    @Test func theSameSeedGivesTheSameIDs() {
        var a = NewIDSource.seeded(7), b = NewIDSource.seeded(7)
        let first = (0..<20).map { _ in a.suffix() }
        #expect(first == (0..<20).map { _ in b.suffix() })
        #expect(Set(first).count == 20)
        var plain = NewIDSource.sequential
        #expect(plain.suffix() == "")
    }
}

/// Who signs: `--name`, then `PLANBOARD_NAME`, then git's user.name, then the login name — and
/// only the last makes the board say how to sign as yourself.
@Suite struct AuthorNameTests {
    @Test func theOrderIsOptionEnvironmentGitLogin() {
        var gitAsked = false
        let fromOption = AuthorName.resolve(option: "Jane Smith", environment: "Env Name",
                                            git: { gitAsked = true; return "Git Name" }, login: { "root" })
        #expect(fromOption == AuthorName(name: "Jane Smith", source: .option))
        #expect(!gitAsked, "git is not run when the name was given")
        #expect(AuthorName.resolve(option: nil, environment: "Env Name", git: { "Git Name" }, login: { "root" })
            == AuthorName(name: "Env Name", source: .environment))
        #expect(AuthorName.resolve(option: nil, environment: "  ", git: { "Git Name" }, login: { "root" })
            == AuthorName(name: "Git Name", source: .git), "a blank PLANBOARD_NAME is not a name")
        #expect(AuthorName.resolve(option: nil, environment: nil, git: { nil }, login: { "root" })
            == AuthorName(name: "root", source: .login))
        #expect(AuthorName.resolve(option: nil, environment: nil, git: { "" }, login: { nil }).name == "unknown")
    }

    @Test func onlyTheLoginNameAsksThePersonToSignAsThemselves() {
        #expect(AuthorName(name: "root", source: .login).loginOnlyNotice
            == "Changes are signed as root: start planboard with --name \"Your Name\" to sign as you.")
        #expect(AuthorName(name: "Jane Smith", source: .git).loginOnlyNotice == nil)
        #expect(AuthorName(name: "Jane Smith", source: .environment).loginOnlyNotice == nil)
    }

    @Test func theNameOptionIsTakenOutOfTheBoardsArguments() throws {
        let spaced = try AuthorName.option(in: ["--name", "Jane Smith", "plan.json"])
        #expect(spaced.name == "Jane Smith" && spaced.rest == ["plan.json"])
        let joined = try AuthorName.option(in: ["--read-only", "plan.json", "--name=Jo Baird"])
        #expect(joined.name == "Jo Baird" && joined.rest == ["--read-only", "plan.json"])
        let none = try AuthorName.option(in: ["plan.json"])
        #expect(none.name == nil && none.rest == ["plan.json"])
        #expect(throws: AuthorNameError.missingName) { try AuthorName.option(in: ["plan.json", "--name"]) }
        #expect(throws: AuthorNameError.missingName) { try AuthorName.option(in: ["--name=", "plan.json"]) }
    }
}
