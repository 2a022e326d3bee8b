import Testing
@testable import PlanBoardCore

/// The minutes judge a value against the target its own period had when the value was recorded:
/// not the latest period's target, and not a target set at a later meeting.
@Suite struct IndicatorMinutesTargetTests {
    static let m1 = Meeting.ID("m1"), m2 = Meeting.ID("m2")
    static func at(_ seconds: Int64) -> Timestamp { Timestamp(secondsSince1970: seconds) }

    /// Annual, higher is better, 5% tolerance: 2022/23 aims for 100, 2023/24 for 120.
    static func indicator() -> Indicator {
        Indicator(id: "i1", ref: "PI1", name: "Carers assessed", periods: [
            IndicatorPeriod(period: "2022/23", target: 100),
            IndicatorPeriod(period: "2023/24", target: 120),
        ])
    }

    static func lines(_ indicator: Indicator, _ meeting: Meeting.ID) -> [String] {
        var plan = Plan(title: "Plan")
        plan.indicators = [indicator]
        return IndicatorMinutes.lines(plan, meeting: meeting).map(\.text)
    }

    /// Records `value` for `period` at `time` in `meeting`, as the board does.
    static func record(_ indicator: inout Indicator, _ period: String, _ value: Double, at time: Int64, in meeting: Meeting.ID) {
        let p = indicator.periodIndex(period)
        let old = IndicatorHistoryText.value(of: indicator.periods[p], unit: indicator.unit)
        indicator.periods[p].actual = value
        indicator.history.append(Change(at: at(time), field: .actual, from: old.map { "\(period): \($0)" } ?? "",
                                        to: "\(period): \(NumberText.plain(value))", meeting: meeting))
    }

    static func setTarget(_ indicator: inout Indicator, _ period: String, _ target: Double, at time: Int64, in meeting: Meeting.ID) {
        let p = indicator.periodIndex(period)
        let old = indicator.periods[p].target.map { "\(period): \(NumberText.plain($0))" } ?? ""
        indicator.periods[p].target = target
        indicator.history.append(Change(at: at(time), field: .target, from: old, to: "\(period): \(NumberText.plain(target))", meeting: meeting))
    }

    @Test func anEarlierPeriodsValueIsJudgedAgainstItsOwnTarget() {
        var indicator = Self.indicator()
        Self.record(&indicator, "2023/24", 121, at: 100, in: Self.m1)
        Self.record(&indicator, "2022/23", 98, at: 110, in: Self.m1)
        let lines = Self.lines(indicator, Self.m1)
        #expect(lines.contains("2022/23 value 98 recorded (target 100, near target)"), "\(lines)")
        #expect(lines.contains("2023/24 value 121 recorded (target 120, on target)"), "\(lines)")
    }

    @Test func aTargetChangedAtALaterMeetingDoesNotRejudgeTheEarlierMinutes() {
        var indicator = Self.indicator()
        Self.record(&indicator, "2023/24", 110, at: 100, in: Self.m1)
        Self.setTarget(&indicator, "2023/24", 105, at: 200, in: Self.m2)
        #expect(IndicatorAssessment(indicator).computedStatus == .onTarget, "on target against today's target")
        #expect(Self.lines(indicator, Self.m1) == ["2023/24 value 110 recorded (target 120, off target)"])
        #expect(Self.lines(indicator, Self.m2) == ["2023/24 target set to 105 (was 120)"])
    }

    /// A value corrected in the same meeting is minuted once, judged as it stood when the last
    /// figure was entered (the target was changed in between).
    @Test func aValueCorrectedInTheMeetingIsJudgedWhenTheLastFigureWasEntered() {
        var indicator = Self.indicator()
        Self.record(&indicator, "2023/24", 100, at: 100, in: Self.m1)
        Self.setTarget(&indicator, "2023/24", 100, at: 110, in: Self.m1)
        Self.record(&indicator, "2023/24", 101, at: 120, in: Self.m1)
        let lines = Self.lines(indicator, Self.m1)
        #expect(lines.contains("2023/24 value 101 recorded (target 100, on target)"), "\(lines)")
    }

    @Test func aToleranceChangedLaterDoesNotRejudgeEither() {
        var indicator = Self.indicator()
        Self.record(&indicator, "2023/24", 110, at: 100, in: Self.m1)
        indicator.tolerancePercent = 10
        indicator.history.append(Change(at: Self.at(200), field: .tolerance, from: "5%", to: "10%", meeting: Self.m2))
        #expect(Self.lines(indicator, Self.m1) == ["2023/24 value 110 recorded (target 120, off target)"])
        #expect(Self.lines(indicator, Self.m2) == ["tolerance changed from 5% to 10% of the target"])
    }

    @Test func anOverrideIsMinutedWithTheFiguresInFrontOfTheBoardThen() {
        var indicator = Self.indicator()
        Self.record(&indicator, "2022/23", 80, at: 50, in: Self.m1)
        indicator.statusOverride = IndicatorStatusOverride(status: .nearTarget, reason: "Data incomplete", at: Self.at(100),
                                                           meeting: Self.m1, period: "2022/23")
        indicator.history.append(Change(at: Self.at(100), field: .indicatorStatus, from: "Off target", to: "Near target",
                                        reason: "Data incomplete", meeting: Self.m1))
        Self.record(&indicator, "2023/24", 125, at: 200, in: Self.m2)
        let lines = Self.lines(indicator, Self.m1)
        #expect(lines.contains("status overridden to Near target (was Off target: 80 against 100). Reason: Data incomplete"), "\(lines)")
    }

    @Test func aLapsedOverrideIsMinutedInTheMeetingThatRecordedTheLaterPeriod() throws {
        var state = OverrideLapseTests.overriddenPI4()
        send(&state, .indicator(.close))
        startMeeting(&state, attendees: "Jo Baird")
        send(&state, .indicator(.open), .indicator(.pick(offset: 3)))
        _ = IndicatorReducerTests.recordValue(&state, "40")
        let meeting = try #require(state.runningMeeting?.id)
        let lines = IndicatorMinutes.lines(state.plan, meeting: meeting).map(\.text)
        #expect(lines.contains("status override for Q2 2026/27 lapsed when Q3 2026/27 was recorded (was Near target); the status is computed again: Off target"),
                "\(lines)")
    }
}
