import Testing
@testable import PlanBoardCore

/// A status override is given for the period in front of the board and lapses when a later
/// period is recorded: the computed status shows again, and history and the detail say so.
@Suite struct OverrideLapseTests {
    static func at(_ seconds: Int64) -> Timestamp { Timestamp(secondsSince1970: seconds) }

    /// Annual, higher is better: 2022/23 off target (80 against 100), 2023/24 near target (97 against 100).
    static func indicator(override: IndicatorStatusOverride?, laterEnteredAt: Timestamp? = nil, later: Bool = true) -> Indicator {
        var periods = [IndicatorPeriod(period: "2022/23", target: 100, actual: 80, enteredAt: at(1_000))]
        if later { periods.append(IndicatorPeriod(period: "2023/24", target: 100, actual: 97, enteredAt: laterEnteredAt)) }
        return Indicator(id: "i1", ref: "PI1", name: "Carers assessed", periods: periods, statusOverride: override)
    }

    /// PI4 of the example (off target in Q2 2026/27), overridden to near target on the board.
    static func overriddenPI4() -> BoardState {
        var state = IndicatorReducerTests.inView()
        send(&state, .indicator(.pick(offset: 3)), .indicator(.chooseOverride), .indicator(.override(.nearTarget)))
        type(&state, "New assessors start in January")
        send(&state, .submit)
        return state
    }

    @Test func anOverrideIsKeptWithThePeriodItWasGivenFor() throws {
        let state = Self.overriddenPI4()
        let override = try #require(state.plan.indicators[3].statusOverride)
        #expect(override.period == "Q2 2026/27")
        #expect(state.flash?.text == "PI4 status Off target → Near target (overridden for Q2 2026/27)")
        #expect(IndicatorAssessment(state.plan.indicators[3]).status == .nearTarget)
    }

    @Test func recordingALaterPeriodLapsesTheOverrideAndSaysSoInHistoryAndDetail() throws {
        var state = Self.overriddenPI4()
        _ = IndicatorReducerTests.recordValue(&state, "40")
        let pi4 = state.plan.indicators[3]
        let assessment = IndicatorAssessment(pi4)
        #expect(assessment.status == .offTarget, "the computed status shows again")
        #expect(assessment.overrideStanding.lapsed?.words == "override for Q2 2026/27 lapsed when Q3 2026/27 was recorded")
        let entry = try #require(pi4.history.last)
        #expect(entry.field == .indicatorStatus)
        #expect(entry.from == "Near target" && entry.to == "Off target (computed, override lapsed)")
        #expect(entry.reason == "override for Q2 2026/27 lapsed when Q3 2026/27 was recorded")
        #expect(entry.who == "Sam Patel")
        #expect(state.flash?.text.hasSuffix("· override for Q2 2026/27 lapsed when Q3 2026/27 was recorded") == true,
                "\(state.flash?.text ?? "")")
        let detail = IndicatorDetailText.lines(for: pi4, in: state, width: 300).map { $0.map(\.text).joined() }
        #expect(detail.contains { $0.contains("Off target (computed)") })
        #expect(detail.contains { $0.contains("Override for Q2 2026/27 lapsed when Q3 2026/27 was recorded: it was Near target, “New assessors start in January”") })
        #expect(IndicatorRow(pi4).overridden == false)
    }

    @Test func correctingTheSamePeriodKeepsTheOverride() {
        var state = Self.overriddenPI4()
        _ = IndicatorReducerTests.recordValue(&state, period: "Q2 2026/27", "35")
        let pi4 = state.plan.indicators[3]
        #expect(IndicatorAssessment(pi4).status == .nearTarget)
        #expect(pi4.history.last?.field == .actual, "no lapse entry")
    }

    @Test func undoBringsTheOverrideBack() {
        var state = Self.overriddenPI4()
        _ = IndicatorReducerTests.recordValue(&state, "40")
        send(&state, .undo)
        #expect(IndicatorAssessment(state.plan.indicators[3]).status == .nearTarget)
        #expect(IndicatorAssessment(state.plan.indicators[3]).overrideStanding.applying != nil)
    }

    @Test func anOverrideGivenBeforeAnyValueLapsesWithTheFirst() {
        let override = IndicatorStatusOverride(status: .offTarget, reason: "known to be behind", at: Self.at(0), period: "")
        var indicator = Indicator(id: "i1", ref: "PI1", name: "New measure", periods: [IndicatorPeriod(period: "2023/24", target: 10)],
                                  statusOverride: override)
        #expect(IndicatorAssessment(indicator).status == .offTarget)
        indicator.periods[0].actual = 12
        #expect(IndicatorAssessment(indicator).status == .onTarget)
        #expect(IndicatorAssessment(indicator).overrideStanding.lapsed?.words == "override given before any value lapsed when 2023/24 was recorded")
    }

    /// Files from before the period was kept: the override is read as given for the latest period
    /// recorded by the time it was given.
    @Test func anOverrideWithoutAPeriodIsForTheLatestRecordedWhenItWasGiven() {
        let old = IndicatorStatusOverride(status: .onTarget, reason: "survey late", at: Self.at(2_000))
        let recordedAfter = Self.indicator(override: old, laterEnteredAt: Self.at(3_000))
        #expect(IndicatorAssessment(recordedAfter).status == .nearTarget, "2023/24 came after the override")
        #expect(IndicatorAssessment(recordedAfter).overrideStanding.lapsed?.words == "override for 2022/23 lapsed when 2023/24 was recorded")
        let recordedBefore = Self.indicator(override: old, laterEnteredAt: Self.at(1_500))
        #expect(IndicatorAssessment(recordedBefore).status == .onTarget, "given for 2023/24, already recorded")
        let imported = Self.indicator(override: old, laterEnteredAt: nil)
        #expect(IndicatorAssessment(imported).status == .onTarget, "figures with no entry time are taken as there before")
    }

    @Test func theStoredPeriodDecidesOverTheEntryTimes() {
        let given = IndicatorStatusOverride(status: .onTarget, reason: "r", at: Self.at(5_000), period: "2022/23")
        let indicator = Self.indicator(override: given, laterEnteredAt: Self.at(1_500))
        #expect(IndicatorAssessment(indicator).status == .nearTarget)
    }

    @Test func thePeriodIsWrittenAndReadBackAndAnOldFileReadsWithout() throws {
        var plan = ExamplePlan.make()
        plan.indicators[0].statusOverride = IndicatorStatusOverride(status: .offTarget, reason: "r", at: Self.at(60), period: "Q2 2026/27")
        let text = String(decoding: PlanFile.encode(plan), as: UTF8.self)
        #expect(text.contains("\"period\" : \"Q2 2026/27\"") || text.contains("\"period\": \"Q2 2026/27\""))
        #expect(try PlanFile.decode(PlanFile.encode(plan), path: "plan.json") == plan)
        plan.indicators[0].statusOverride?.period = nil
        let old = try PlanFile.decode(PlanFile.encode(plan), path: "plan.json")
        #expect(old.indicators[0].statusOverride?.period == nil)
        #expect(old == plan)
    }

    @Test func reportsAndTheSummaryNoLongerShowALapsedOverride() {
        var state = Self.overriddenPI4()
        _ = IndicatorReducerTests.recordValue(&state, "40")
        let summary = FrameworkSummary(state.plan, today: Fixtures.today)
        #expect(summary.indicators[3].override == nil)
        #expect(summary.indicators[3].status == "off-target")
    }

    @Test func takingTheOtherOverrideInAMergeKeepsItsPeriod() {
        let base = FrameworkMergeTests.base()
        var ours = base, theirs = base
        let override = IndicatorStatusOverride(status: .offTarget, reason: "Survey late", at: Self.at(60), who: "Jo", period: "2023/24")
        theirs.indicators[1].statusOverride = override
        ours.indicators[1].statusOverride = IndicatorStatusOverride(status: .onTarget, reason: "Fine", at: Self.at(120))
        var state = Fixtures.state(FrameworkMergeTests.merge(base, ours, theirs).plan)
        FrameworkMergeTests.choose(&state, .indicator, takeOther: true)
        #expect(state.plan.indicators[1].statusOverride == override)
    }
}
