import Testing
@testable import PlanBoardCore

/// A meeting that ends with nothing recorded is not kept in the plan.
@Suite struct EmptyMeetingTests {
    @Test func aMeetingEndedWithNothingRecordedIsDroppedAndUndoBringsItBack() throws {
        var state = Fixtures.state()
        startMeeting(&state, title: "Quick look")
        let before = state.history.past.count
        let effects = send(&state, .startOrEndMeeting, .endMeetingConfirmed)
        #expect(state.plan.meetings.isEmpty)
        #expect(state.runningMeeting == nil)
        #expect(effects == [.save(state.plan)])
        #expect(state.flash?.text == "The meeting ended with nothing recorded, so it was not kept (u brings it back).")
        #expect(state.history.past.count == before + 1, "one undo step")
        send(&state, .undo)
        let meeting = try #require(state.runningMeeting)
        #expect(meeting.title == "Quick look")
    }

    @Test func aMeetingThatOnlyMarkedAnActionDiscussedIsKept() {
        var state = Fixtures.state()
        startMeeting(&state)
        send(&state, .toggleDiscussed, .startOrEndMeeting, .endMeetingConfirmed)
        #expect(state.plan.meetings.count == 1)
        #expect(state.plan.meetings.first?.endedAt != nil)
    }

    @Test func aMeetingThatOnlyRecordedANoteIsKept() {
        var state = Fixtures.state()
        startMeeting(&state)
        send(&state, .recordNote(.note))
        type(&state, "Venues booked")
        send(&state, .submit, .startOrEndMeeting, .endMeetingConfirmed)
        #expect(state.plan.meetings.count == 1)
        #expect(state.plan.meetings.first?.endedAt != nil)
    }

    @Test func aMeetingThatOnlyChangedARatingIsKept() {
        var state = Fixtures.state()
        startMeeting(&state)
        send(&state, .setRAG(.red), .startOrEndMeeting, .endMeetingConfirmed)
        #expect(state.plan.meetings.count == 1)
    }

    @Test func anEmptyMeetingAfterARealOneLeavesTheRealOneLatest() {
        var state = Fixtures.state()
        startMeeting(&state, title: "Real one")
        send(&state, .toggleDiscussed, .startOrEndMeeting, .endMeetingConfirmed)
        startMeeting(&state, title: "Opened by mistake")
        send(&state, .startOrEndMeeting, .endMeetingConfirmed)
        #expect(state.plan.meetings.map(\.title) == ["Real one"])
    }
}
