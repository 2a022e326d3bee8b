import Foundation
import Testing
@testable import PlanBoardCore

extension Plan {
    /// The example's shape with a framework: an indicator of each kind, risks, milestones.
    static var withFramework: Plan {
        var plan = Plan.everyFieldSet
        let day = Day(year: 2026, month: 11, day: 23)!
        let at = Timestamp(day: day, hour: 14, minute: 2, second: 5)
        plan.indicators = [
            Indicator(id: .init("i1"), ref: "NI135", name: "Carers receiving a service", unit: .percentage, better: .higher,
                      frequency: .annual, source: "NI return", owner: "CC", outcomes: [.init("o1")],
                      baseline: IndicatorBaseline(period: "2006/7", value: 29.1), tolerancePercent: 2.5,
                      periods: [IndicatorPeriod(period: "2007/8", target: 31, actual: 31.6, note: "actual", enteredAt: at,
                                                meeting: .init("m1"), who: "Sam"),
                                IndicatorPeriod(period: "2008/9", target: 33.0, stretch: 34.5),
                                IndicatorPeriod(period: "2009/10", notAvailable: true, note: "survey delayed")],
                      statusOverride: IndicatorStatusOverride(status: .nearTarget, reason: "data incomplete", at: at),
                      history: [Change(at: at, field: .actual, from: "", to: "2007/8: 31.6%")]),
        ]
        plan.risks = [
            Risk(id: .init("r1"), ref: "R1", title: "Funding not renewed", description: "Short breaks fund ends",
                 category: "Financial", owner: "JB", inherent: RiskLevel(likelihood: 3, impact: 3),
                 residual: RiskLevel(likelihood: 2, impact: 3), planned: RiskLevel(likelihood: 2, impact: 2),
                 mitigation: "Bid to the IJB", actions: [.init("a1")], recommendation: "Accept the residual risk",
                 reviewDate: "March 2027", history: [Change(at: at, field: .residual, from: "L3 × I3 = 9 High", to: "L2 × I3 = 6 Moderate")]),
        ]
        plan.customRiskBands = RiskBands(bands: [RiskBand(name: "Low", from: 1, severity: .low),
                                                 RiskBand(name: "Significant", from: 10, severity: .high)])
        plan.outcomes[0].actions[0].milestones = [
            Milestone(id: .init("m1"), text: "Draft to the board", due: "by June 2008", doneAt: at, doneIn: .init("m1"), doneBy: "Sam"),
            Milestone(id: .init("m2"), text: "Consultation", due: "Autumn 2027"),
        ]
        return plan
    }
}

@Suite struct FrameworkFileTests {
    @Test func theFrameworkReadsBackAsWritten() throws {
        let bytes = PlanFile.encode(.withFramework)
        let read = try PlanFile.decode(bytes, path: "plan.json")
        #expect(read == .withFramework)
        #expect(PlanFile.encode(read) == bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        // Whole numbers without `.0`; a value that is not there is left out, not written as 0.
        #expect(text.contains("\"target\" : 33\n"))
        #expect(text.contains("\"actual\" : 31.6,"))
        #expect(text.contains("\"notAvailable\" : true"))
        #expect(!text.contains("\"notAvailable\" : false"))
    }

    @Test func aPlanWithoutAFrameworkWritesNoneOfItsKeys() {
        let text = String(decoding: PlanFile.encode(.everyFieldSet), as: UTF8.self)
        for key in ["indicators", "risks", "riskBands", "milestones"] { #expect(!text.contains("\"\(key)\"")) }
        #expect(Plan.everyFieldSet.riskBands == .standard)
    }

    @Test(arguments: [
        ("\"likelihood\" : 7", "7 is not a likelihood (a whole number from 1 to 5)"),
        ("\"likelihood\" : 2.5", "2.5 is not a likelihood"),
        ("\"likelihood\" : \"3\"", "expected a number, found text"),
    ])
    func aRiskLevelOutsideTheScaleIsRefusedAtItsPlace(replacement: String, message: String) throws {
        let text = String(decoding: PlanFile.encode(.withFramework), as: UTF8.self)
            .replacingOccurrences(of: "\"likelihood\" : 3", with: replacement)
        do {
            _ = try PlanFile.decode(Array(text.utf8), path: "plan.json")
            Issue.record("a bad likelihood was read")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
            #expect(error.description.contains("risks[0].inherent.likelihood") || error.description.contains("likelihood"))
        }
    }

    @Test func aFigureThatIsNotANumberIsRefused() throws {
        let text = String(decoding: PlanFile.encode(.withFramework), as: UTF8.self)
            .replacingOccurrences(of: "\"actual\" : 31.6", with: "\"actual\" : \"31.6%\"")
        #expect(throws: StoreError.self) { _ = try PlanFile.decode(Array(text.utf8), path: "plan.json") }
    }
}

@Suite struct IndicatorAssessmentTests {
    func indicator(_ better: IndicatorDirection, tolerance: Double = 5, _ periods: [IndicatorPeriod]) -> Indicator {
        Indicator(id: .init("i1"), name: "x", better: better, tolerancePercent: tolerance, periods: periods)
    }

    @Test(arguments: [
        (IndicatorDirection.higher, 100.0, 100.0, IndicatorStatus.onTarget),
        (.higher, 100, 120, .onTarget),
        (.higher, 100, 96, .nearTarget),
        (.higher, 100, 95, .nearTarget),
        (.higher, 100, 94.9, .offTarget),
        (.lower, 50, 40, .onTarget),
        (.lower, 50, 52, .nearTarget),
        (.lower, 50, 53, .offTarget),
    ])
    func statusAgainstTargetFollowsWhatBetterMeans(better: IndicatorDirection, target: Double, actual: Double,
                                                    expected: IndicatorStatus) {
        #expect(IndicatorAssessment.status(actual: actual, target: target, better: better, tolerancePercent: 5) == expected)
    }

    @Test func aToleranceOfNothingMakesAnyShortfallOffTarget() {
        #expect(IndicatorAssessment.status(actual: 99.9, target: 100, better: .higher, tolerancePercent: 0) == .offTarget)
        #expect(IndicatorAssessment.status(actual: 90, target: 100, better: .higher, tolerancePercent: 10) == .nearTarget)
    }

    @Test func noValueOrNoTargetIsNoDataNotZero() {
        #expect(IndicatorAssessment(indicator(.higher, [])).status == .noData)
        let notYet = IndicatorAssessment(indicator(.higher, [IndicatorPeriod(period: "2023/24", target: 40, notAvailable: true)]))
        #expect(notYet.status == .noData)
        #expect(IndicatorValueText.latest(notYet.latest, unit: .percentage) == "not yet available")
        let noTarget = IndicatorAssessment(indicator(.higher, [IndicatorPeriod(period: "2023/24", actual: 40)]))
        #expect(noTarget.status == .noData)
    }

    @Test func theLatestPeriodIsLatestInTimeNotInTheList() {
        let a = IndicatorAssessment(indicator(.higher, [
            IndicatorPeriod(period: "2009/10", target: 35.5, actual: 30),
            IndicatorPeriod(period: "2007/8", target: 31.6, actual: 31.6),
            IndicatorPeriod(period: "2008/09", target: 33.0, actual: 34),
        ]))
        #expect(a.latest?.period == "2009/10")
        #expect(a.previous?.period == "2008/09")
        #expect(a.values == [31.6, 34, 30])
        #expect(a.status == .offTarget)
        #expect(a.trend == .worse)
        #expect(a.nextDue?.text == "2010/11")
    }

    @Test func theArrowSaysBetterOrWorseNotUpOrDown() {
        var quarterly = indicator(.lower, [
            IndicatorPeriod(period: "Q1 2022/23", actual: 40), IndicatorPeriod(period: "Q2 2022/23", actual: 31),
        ])
        quarterly.frequency = .quarterly
        let fewerDelays = IndicatorAssessment(quarterly)
        #expect(fewerDelays.trend == .better)
        #expect(fewerDelays.trend?.arrow == "↑")
        #expect(fewerDelays.nextDue?.text == "Q3 2022/23")
        let same = IndicatorAssessment(indicator(.higher, [IndicatorPeriod(period: "2020", actual: 3), IndicatorPeriod(period: "2021", actual: 3)]))
        #expect(same.trend?.arrow == "→")
    }

    @Test func aPeriodWithoutItsOwnTargetUsesTheLastOneSet() {
        let a = IndicatorAssessment(indicator(.higher, [
            IndicatorPeriod(period: "2021", target: 50), IndicatorPeriod(period: "2022", actual: 49),
        ]))
        #expect(a.target == 50)
        #expect(a.status == .nearTarget)
    }

    @Test func theBoardsOverrideWinsAndTheComputedStatusIsKept() {
        var i = indicator(.higher, [IndicatorPeriod(period: "2022", target: 50, actual: 20)])
        i.statusOverride = IndicatorStatusOverride(status: .nearTarget, reason: "survey sample small", at: Timestamp(secondsSince1970: 0))
        let a = IndicatorAssessment(i)
        #expect(a.status == .nearTarget)
        #expect(a.computedStatus == .offTarget)
    }

    @Test func nextDueIsOneFrequencyOnAsTheListNamesIt() {
        let biennial = Indicator(id: .init("i1"), name: "Carers feel supported", frequency: .biennial, periods: [
            IndicatorPeriod(period: "2017/18", actual: 37), IndicatorPeriod(period: "2019/20", target: 40),
        ])
        #expect(IndicatorAssessment(biennial).nextDue?.text == "2019/20")
        var done = biennial
        done.periods[1].actual = 34
        #expect(IndicatorAssessment(done).nextDue?.text == "2021/22")
        let monthly = Indicator(id: .init("i2"), name: "m", frequency: .monthly, periods: [IndicatorPeriod(period: "December 2022", actual: 1)])
        #expect(IndicatorAssessment(monthly).nextDue?.text == "January 2023")
    }

    @Test func aTargetOffTheFrequencyIsNotDue() {
        // A biennial survey reported for 2021/22; the sheet gave targets for every year.
        let biennial = Indicator(id: .init("i1"), name: "Carers feel supported", frequency: .biennial, periods: [
            IndicatorPeriod(period: "2021/22", target: 40, actual: 37), IndicatorPeriod(period: "2022/23", target: 41),
            IndicatorPeriod(period: "2023/24", target: 42), IndicatorPeriod(period: "2024/25", target: 43),
        ])
        #expect(IndicatorAssessment(biennial).nextDue?.text == "2023/24")
    }

    @Test func notAvailableIsAReportSoTheNextDueMovesOn() {
        var quarterly = Indicator(id: .init("i3"), name: "q", frequency: .quarterly, periods: [
            IndicatorPeriod(period: "Q1 2026/27", actual: 12), IndicatorPeriod(period: "Q2 2026/27", target: 14),
        ])
        quarterly.periods[1].notAvailable = true
        #expect(IndicatorAssessment(quarterly).nextDue?.text == "Q3 2026/27")
    }
}

@Suite struct ReportingPeriodTests {
    @Test(arguments: [
        ("2007/8", "2008-03-31"), ("2008/09", "2009-03-31"), ("Q3 2022/23", "2022-12-31"), ("March 2023", "2023-03-31"),
        ("2023", "2023-12-31"),
    ])
    func periodsReadAsPlansWriteThem(text: String, end: String) {
        #expect(ReportingPeriod(text).end?.isoText == end)
    }

    @Test func undatedPeriodsComeAfterDatedOnesInTheOrderGiven() {
        let ordered = ReportingPeriod.ordered(["Baseline", "2009/10", "TBC", "2007/8"], by: { $0 })
        #expect(ordered == ["2007/8", "2009/10", "Baseline", "TBC"])
    }

    @Test(arguments: [("2008/09", 12, "2009/10"), ("2007/8", 24, "2009/10"), ("Q4 2022/23", 3, "Q1 2023/24"),
                      ("Q4 2023", 3, "Q1 2024"), ("March 2023", 1, "April 2023"), ("2023", 12, "2024")])
    func theNextPeriodIsWrittenLikeTheLast(text: String, months: Int, next: String) {
        #expect(ReportingPeriod(text).advanced(byMonths: months)?.text == next)
    }
}

@Suite struct RiskLevelTests {
    @Test(arguments: [(3, 3, 9, "High"), (3, 2, 6, "Moderate"), (2, 2, 4, "Moderate"), (1, 3, 3, "Low"),
                      (5, 3, 15, "Very high"), (4, 2, 8, "High"), (5, 5, 25, "Very high"), (1, 1, 1, "Low")])
    func scoreIsLikelihoodTimesImpactInTheStandardBands(l: Int, i: Int, score: Int, band: String) {
        let level = RiskLevel(likelihood: l, impact: i)
        #expect(level.score == score)
        #expect(RiskBands.standard.band(for: score).name == band)
    }

    @Test func theCommitteeReportWordingOfTheSeeds() {
        #expect(RiskLevel(likelihood: 3, impact: 3).reportText(bands: .standard)
            == "Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk)")
        #expect(RiskLevel(likelihood: 3, impact: 2).shortText(bands: .standard) == "L3 × I2 = 6 Moderate")
        // The paper writes "(High Risk)" for 9 but "(Moderate)" for 6 and 4: serious bands carry "Risk".
        #expect(RiskLevel(likelihood: 2, impact: 2).reportText(bands: .standard)
            == "Likelihood 2 x Impact 2 = Risk Scoring 4 (Moderate)")
        #expect(RiskLevel(likelihood: 1, impact: 2).reportText(bands: .standard).hasSuffix("Risk Scoring 2 (Low)"))
        #expect(RiskLevel(likelihood: 4, impact: 4).reportText(bands: .standard).hasSuffix("Risk Scoring 16 (Very High Risk)"))
        let named = RiskBands(bands: [RiskBand(name: "Extreme risk", from: 1, severity: .veryHigh)])
        #expect(RiskLevel(likelihood: 5, impact: 5).reportText(bands: named).hasSuffix("(Extreme Risk)"), "not Extreme Risk Risk")
    }

    @Test func aPlansOwnBandsReplaceTheStandardOnes() {
        var plan = Plan.withFramework
        #expect(plan.riskBands.band(for: 9).name == "Low")
        #expect(plan.riskBands.band(for: 12).name == "Significant")
        plan.customRiskBands = nil
        #expect(plan.riskBands.band(for: 9).name == "High")
    }

    @Test func linkedActionsTakeTheWorstCurrentBand() {
        var plan = Plan.withFramework
        plan.customRiskBands = nil
        #expect(plan.riskSeverity(linkedTo: .init("a1")) == .moderate)
        plan.risks[0].residual = RiskLevel(likelihood: 4, impact: 4)
        #expect(plan.riskSeverity(linkedTo: .init("a1")) == .veryHigh)
        #expect(plan.riskSeverity(linkedTo: .init("a1"))?.isSerious == true)
        #expect(plan.riskSeverity(linkedTo: .init("a2")) == nil)
    }

    @Test func aReviewDateThatHasPassedIsFlagged() {
        let risk = Risk(id: .init("r1"), title: "x", reviewDate: "March 2027")
        #expect(risk.isPastReview(today: Day(year: 2027, month: 4, day: 1)!))
        #expect(!risk.isPastReview(today: Day(year: 2027, month: 3, day: 31)!))
        #expect(!Risk(id: .init("r2"), title: "x", reviewDate: "TBC").isPastReview(today: Day(year: 2030, month: 1, day: 1)!))
    }
}

@Suite struct MilestoneProgressTests {
    @Test func countsDoneAndOverdueOpenMilestones() {
        let at = Timestamp(secondsSince1970: 0)
        let milestones = [
            Milestone(id: .init("m1"), text: "a", due: "by June 2008", doneAt: at),
            Milestone(id: .init("m2"), text: "b", due: "by June 2008"),
            Milestone(id: .init("m3"), text: "c", due: "March 2030"),
            Milestone(id: .init("m4"), text: "d", due: "On-going"),
        ]
        let progress = MilestoneProgress(milestones, today: Day(year: 2026, month: 11, day: 29)!)
        #expect(progress == MilestoneProgress(total: 4, done: 1, overdue: 1))
        #expect(progress.fraction == "1/4")
    }
}

@Suite struct IndicatorValueTextTests {
    @Test func figuresAreWrittenWithTheirUnit() {
        #expect(IndicatorValueText.text(29.1, unit: .percentage) == "29.1%")
        #expect(IndicatorValueText.text(1_250_000, unit: .money) == "£1,250,000")
        #expect(IndicatorValueText.text(1250.5, unit: .number) == "1,250.5")
        #expect(IndicatorValueText.text(-3, unit: .rate) == "-3")
    }

    @Test func typedFiguresAreRead() {
        #expect(IndicatorValueText.parse(" 29.1% ") == 29.1)
        #expect(IndicatorValueText.parse("£1,250") == 1250)
        #expect(IndicatorValueText.parse("n/a") == nil)
        #expect(IndicatorValueText.parse("") == nil)
    }
}
