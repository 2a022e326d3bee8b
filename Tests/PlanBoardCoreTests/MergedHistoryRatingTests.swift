import Testing
@testable import PlanBoardCore

/// The rating an action had when a meeting ended, read from a history that after a merge is both
/// copies' changes in time order rather than one chain.
@Suite struct MergedHistoryRatingTests {
    static func at(_ hour: Int, _ minute: Int = 0) -> Timestamp { Timestamp(day: Fixtures.today, hour: hour, minute: minute) }

    /// Sam rated 1.1 Red before the meeting and recorded a decision in it; Ailsa, offline, rated it
    /// Green after it. `base` is 1.1 as it was before either (unrated unless said).
    static func copies(baseRating: RAG = .unrated) -> (base: Plan, sam: Plan, ailsa: Plan) {
        var base = PlanMergeTests.base()
        PlanMergeTests.edit(&base, "a1") { $0.rag = baseRating }
        var sam = base, ailsa = base
        sam.meetings = [Meeting(id: "m1", title: "Carers Partnership", date: Fixtures.today, startedAt: at(10), endedAt: at(11),
                                discussed: ["a1"])]
        PlanMergeTests.edit(&sam, "a1") {
            $0.rag = .red
            $0.history.append(Change(at: at(9), field: .rag, from: baseRating.word, to: "Red", who: "Sam"))
            $0.notes.append(Note(at: at(10, 30), text: "Keep it red until the funding is agreed", meeting: "m1", kind: .decision, who: "Sam"))
        }
        PlanMergeTests.edit(&ailsa, "a1") {
            $0.rag = .green
            $0.history.append(Change(at: at(13), field: .rag, from: baseRating.word, to: "Green", who: "Ailsa"))
        }
        return (base, sam, ailsa)
    }

    /// The merged plan with the RAG conflict resolved to Red on the board, whichever copy was ours.
    static func resolvedToRed(baseRating: RAG = .unrated, samIsOurs: Bool) -> Plan {
        let (base, sam, ailsa) = copies(baseRating: baseRating)
        let merged = samIsOurs ? PlanMergeTests.merge(base, sam, ailsa) : PlanMergeTests.merge(base, ailsa, sam)
        var state = Fixtures.state(merged.plan)
        #expect(state.plan.conflicts.map(\.field) == ["rag"])
        send(&state, .openMergeConflicts, .resolveMergeConflict(takeOther: !samIsOurs))
        #expect(state.plan.action("a1")?.rag == .red)
        return state.plan
    }

    @Test(arguments: [true, false]) func theMinutesGiveTheRatingTheMeetingLeftAfterAMerge(samIsOurs: Bool) throws {
        let plan = Self.resolvedToRed(samIsOurs: samIsOurs)
        let record = try #require(MeetingRecord(plan: plan, meeting: "m1"))
        #expect(record.discussed.map(\.ragWord) == ["Red"])
        let minutes = try #require(MinutesReport.markdown(plan, meeting: "m1", today: Fixtures.today))
        #expect(minutes.contains("RAG after the meeting: Red"))
        #expect(!minutes.contains("RAG after the meeting: Not rated"))
    }

    @Test func aRatingImportedAndChangedOnlyAfterTheMeetingIsTheOneBeforeThatChange() {
        let meeting = Meeting(id: "m1", title: "M", date: Fixtures.today, startedAt: Self.at(10), endedAt: Self.at(11))
        var action = Action(id: "a1", ref: "1.1", text: "Survey", rag: .green)
        action.history = [Change(at: Self.at(15), field: .rag, from: "Amber", to: "Green")]
        #expect(MeetingRecord.ragWord(of: action, after: meeting) == "Amber")
        action.history = []
        #expect(MeetingRecord.ragWord(of: action, after: meeting) == "Green", "never changed: the rating now")
    }

    @Test(arguments: [true, false]) func theBoardsSinceTheMeetingArrowReadsTheRatingWhenItEnded(samIsOurs: Bool) {
        let plan = Self.resolvedToRed(baseRating: .amber, samIsOurs: samIsOurs)
        let a1 = plan.action("a1")!
        #expect(SinceLastMeeting.ragDirection(a1, since: Self.at(11)) == nil, "Red when the meeting ended, Red now")
        #expect(SinceLastMeeting.ragDirection(a1, since: Self.at(8)) == .worse, "Amber before Sam's rating")
    }
}
