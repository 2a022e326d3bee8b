import Testing
@testable import PlanBoardCore

/// `changed` in a plan's first meeting: with no earlier meeting, changes since the plan came in.
@Suite struct ChangedFirstMeetingTests {
    @Test func inTheFirstMeetingChangedIsWhatChangedSinceThePlanCameIn() {
        var state = Fixtures.state()   // as imported: no history, no meetings
        press(&state, "jr")            // 1.2 rated before the meeting
        press(&state, "k")
        startMeeting(&state)
        press(&state, "lC")            // a note on 2.1 in the meeting
        type(&state, "Update due")
        send(&state, .submit)
        setFilter(&state, "changed")
        #expect(boardRefs(state) == [["1.2"], ["2.1"], []])
    }

    @Test func beforeAnyChangeNothingIsChanged() {
        var state = Fixtures.state()
        startMeeting(&state)
        setFilter(&state, "changed")
        #expect(boardRefs(state) == [[], [], []])
    }

    @Test func theCardMarksAgreeWithTheFilter() {
        var state = Fixtures.state()
        press(&state, "jr")
        let text = BoardView.render(state).text
        #expect(text.contains("1.2 Δ↓"), "changed since the plan came in, and rated worse")
        #expect(!text.contains("1.1 Δ"))
    }

    @Test func onceAMeetingHasEndedChangedIsSinceItEnded() {
        var state = Fixtures.state()
        press(&state, "jr")
        startMeeting(&state)
        press(&state, "m")
        _ = Reducer.reduce(&state, .startOrEndMeeting, now: Fixtures.now)
        _ = Reducer.reduce(&state, .endMeetingConfirmed, now: Timestamp(day: Fixtures.today, hour: 15))
        _ = Reducer.reduce(&state, .setRAG(.amber), now: Timestamp(day: Fixtures.today, hour: 16))
        setFilter(&state, "changed")
        #expect(state.lastMeetingEnd == Timestamp(day: Fixtures.today, hour: 15))
        #expect(boardRefs(state) == [["1.2"], [], []], "only what changed after the meeting ended")
    }
}
