import Testing
@testable import PlanBoardCore

/// What a meeting records against the indicators is minuted under "Performance indicators", in
/// Markdown, HTML and Word alike; other meetings' entries are left out.
@Suite struct IndicatorMinutesTests {
    /// A meeting on the example plan that records PI1's Q3 value, overrides PI4 and sets PI3's target.
    static func meeting() throws -> (plan: Plan, meeting: Meeting.ID) {
        var state = IndicatorReducerTests.inView()
        send(&state, .indicator(.close))
        startMeeting(&state, attendees: "Jo Baird")
        send(&state, .indicator(.open))
        _ = IndicatorReducerTests.recordValue(&state, "498", note: "provisional")
        send(&state, .indicator(.pick(offset: 3)), .indicator(.chooseOverride), .indicator(.override(.nearTarget)))
        type(&state, "New assessors start in January")
        send(&state, .submit)
        send(&state, .indicator(.pick(offset: -1)), .indicator(.setTarget))
        type(&state, "290")
        send(&state, .submit, .submit, .submit)
        send(&state, .indicator(.close), .startOrEndMeeting, .endMeetingConfirmed)
        let meeting = try #require(state.plan.meetings.last)
        #expect(!meeting.isRunning, "the meeting is kept: it recorded something")
        return (state.plan, meeting.id)
    }

    @Test func theMarkdownMinutesListEachIndicatorEntry() throws {
        let (plan, meeting) = try Self.meeting()
        let minutes = try #require(MinutesReport.markdown(plan, meeting: meeting, today: Fixtures.today))
        let section = try #require(minutes.range(of: "## 5. Performance indicators"), "\(minutes)")
        let next = try #require(minutes.range(of: "## 6. New and removed actions"))
        let text = String(minutes[section.upperBound..<next.lowerBound])
        #expect(text.contains("- **PI1 Adult carers with a carer support plan:** Q3 2026/27 value 498 recorded (target 510, near target)"))
        #expect(text.contains("- **PI1 Adult carers with a carer support plan:** Q3 2026/27 note: provisional"))
        #expect(text.contains("- **PI4 Days from referral to carer support plan (median):** status overridden to Near target (was Off target: 36 against 28). Reason: New assessors start in January"))
        #expect(minutes.contains("0 action points; 4 indicator entries; 26 actions not reached."))
        #expect(text.contains("- **PI3 Carers' short breaks funded:** 2026/27 target set to 290 (was 280)"))
    }

    @Test func theHTMLAndWordMinutesSayTheSame() throws {
        let (plan, meeting) = try Self.meeting()
        let html = try #require(MinutesReport.html(plan, meeting: meeting, today: Fixtures.today))
        #expect(html.contains("<h2>5. Performance indicators</h2>"))
        #expect(html.contains("<li><strong>PI1 Adult carers with a carer support plan:</strong> Q3 2026/27 value 498 recorded (target 510, near target)</li>"))
        let docx = try #require(DocxMinutes.render(plan, meeting: meeting, today: Fixtures.today))
        let lines = DocxMinutesTests.lines(try DocxReportTests.part(docx, "word/document.xml"))
        #expect(lines.contains("5. Performance indicators"))
        #expect(lines.contains("PI4 Days from referral to carer support plan (median): status overridden to Near target (was Off target: 36 against 28). Reason: New assessors start in January"))
    }

    @Test func entriesOfOtherMeetingsAndMinutesWithoutAnyLeaveTheSectionOut() throws {
        let (plan, _) = try Self.meeting()
        let earlier = try #require(MinutesReport.markdown(plan, meeting: ExamplePlan.lastMeeting, today: Fixtures.today))
        #expect(!earlier.contains("Performance indicators"))
    }

    @Test func dataNotYetAvailableAndACorrectionAreOneLineEach() {
        let indicator = ExamplePlan.make().indicators[0]
        let m = Meeting.ID("m9")
        let changes = [
            Change(at: Fixtures.now, field: .actual, from: "", to: "Q3 2026/27: 489", meeting: m),
            Change(at: Fixtures.now, field: .actual, from: "Q3 2026/27: 489", to: "Q3 2026/27: 498", meeting: m),
        ]
        let lines = IndicatorMinutes.collapsed(changes).compactMap { IndicatorMinutes.text(for: $0, of: indicator) }
        #expect(lines == ["Q3 2026/27 value 498 recorded (target 510, near target)"])
        let na = Change(at: Fixtures.now, field: .actual, from: "", to: "Q3 2026/27: not yet available", meeting: m)
        #expect(IndicatorMinutes.text(for: na, of: indicator) == "Q3 2026/27 data not yet available")
    }
}

@Suite struct IndicatorOverrideMinutesTests {
    @Test func anOverrideThenItsClearingAreTwoLinesEachWithItsOwnReason() {
        var indicator = ExamplePlan.make().indicators[3]
        let m = Meeting.ID("m9"), at = Timestamp(secondsSince1970: 0)
        indicator.history = [
            Change(at: at, field: .indicatorStatus, from: "Near target (computed)", to: "Off target", reason: "one bad month", meeting: m),
            Change(at: at, field: .indicatorStatus, from: "Off target", to: "Near target (computed)", meeting: m),
        ]
        var plan = ExamplePlan.make()
        plan.indicators = [indicator]
        let lines = IndicatorMinutes.lines(plan, meeting: m).map(\.text)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("status overridden to Off target") == true)
        #expect(lines.first?.hasSuffix("Reason: one bad month") == true)
        #expect(lines.last?.contains("cleared") == true && lines.last?.contains("one bad month") == false)
    }
}

@Suite struct SamePeriodTests {
    @Test(arguments: [("2008/09", "2008/9", true), ("Q3 2022/23", "q3 2022-23", true), ("2026/2027", "2026/27", true),
                      ("March 2023", "march  2023", true), ("2008/09", "2009/10", false), ("Q3 2022/23", "Q4 2022/23", false),
                      ("Baseline", "baseline", true), ("Baseline", "TBC", false)])
    func onePeriodSpelledTwoWaysIsOnePeriod(a: String, b: String, same: Bool) {
        #expect(ReportingPeriod.same(a, b) == same)
    }

    @Test func recordingUnderAnotherSpellingOfAPeriodUpdatesItInsteadOfAddingOne() {
        var indicator = Indicator(id: .init("i1"), name: "x", periods: [IndicatorPeriod(period: "2008/09", target: 33)])
        #expect(indicator.periodIndex("2008/9") == 0)
        #expect(indicator.periods.count == 1)
        #expect(IndicatorHistoryText.target(for: "2008/9", in: indicator) == 33)
    }
}
