import Testing
@testable import PlanBoardCore

/// `t` in the indicators view offers `y why?` as a rating or risk level change does; the reason
/// is kept on the target's history entry and the minutes carry it.
@Suite struct IndicatorTargetReasonTests {
    /// PI1's Q3 2026/27 target moved from 510 to 520 in the indicators view.
    private func targetChanged(_ state: inout BoardState) {
        send(&state, .indicator(.setTarget))
        type(&state, "520")
        send(&state, .submit, .submit, .submit)
    }

    @Test func aTargetChangeOffersWhy() throws {
        var state = IndicatorReducerTests.inView()
        targetChanged(&state)
        #expect(state.flash?.text.hasSuffix("y: why?") == true, "\(String(describing: state.flash))")
        #expect(Keymap.hints(for: state).contains { $0.label == "y" }, "the key line offers y")
        #expect(Keymap.message(for: .char("y"), in: state) == .giveReason)
        send(&state, .giveReason)
        let prompt = try #require(state.prompt)
        #expect(prompt.question == "Why PI1 Q3 2026/27 target 510 → 520?")
        type(&state, "Two new GP practices joined")
        let effects = send(&state, .submit)
        #expect(!effects.isEmpty, "saved")
        #expect(state.mode.kind == .indicators, "back in the view")
        let entry = try #require(IndicatorReducerTests.pi1(state).history.last)
        #expect(entry.field == .target && entry.reason == "Two new GP practices joined")
    }

    @Test func theMinutesCarryTheReason() throws {
        var state = IndicatorReducerTests.inView()
        send(&state, .indicator(.close))
        startMeeting(&state, attendees: "Jo Baird")
        send(&state, .indicator(.open))
        targetChanged(&state)
        send(&state, .giveReason)
        type(&state, "Two new GP practices joined")
        send(&state, .submit)
        send(&state, .indicator(.close), .startOrEndMeeting, .endMeetingConfirmed)
        let meeting = try #require(state.plan.meetings.last)
        let minutes = try #require(MinutesReport.markdown(state.plan, meeting: meeting.id, today: Fixtures.today))
        #expect(minutes.contains("Q3 2026/27 target set to 520 (was 510). Reason: Two new GP practices joined"), "\(minutes)")
    }

    @Test func theOfferEndsWithUndoAndIsNotTheBoardsY() {
        var state = IndicatorReducerTests.inView()
        targetChanged(&state)
        send(&state, .undo)
        send(&state, .giveReason)
        #expect(state.prompt == nil, "nothing to explain after an undo")
        targetChanged(&state)
        send(&state, .indicator(.close))
        #expect(state.reasonOffer == nil, "the board's y does not explain an indicator's target")
    }
}
